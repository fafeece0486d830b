package newstext

import (
	"slices"
	"strings"
)

// A Japanese story told through people who are not named by their own
// names (a family's care, a victim's account) closes with a note saying
// so, as a mainland story's （文中人物均为化名） does (pseudonym.go):
// （登場人物は仮名）, （文中の人名は仮名）, ※登場人物は仮名です,
// （プライバシー保護のため、名前はいずれも仮名にしています）. It is a
// note about the text, never a wrapped line of the paragraph above it.
// 仮名 is also the word for kana, so the statement must name people: its
// subject ends in a word for them (人物, 人名, 名前, 氏名, 当事者, さん …).
// A sentence that mentions a pseudonym, 彼はネットで仮名を使っていた。,
// 登場人物の多くは仮名だった, stays text, and so does one reporting what
// someone else did: a story tells it in the past, 報告書はプライバシーに
// 配慮し、生徒の氏名を仮名とした。, where the paper's own note says what
// it does now (仮名にしています) unless it is set apart, bracketed or
// after ※; and its reason clause holds a topic of its own (報告書は,
// 市は), which the note's (プライバシー保護のため) never does. A subject
// inside the reason clause is the note's own (個人が特定されないよう
// 配慮し、).

// jaPseudonymSubjects end the subject of the note's statement: the
// people or their names.
var jaPseudonymSubjects = []string{
	"人物", "人名", "名前", "氏名", "人物名", "当事者", "関係者", "家族", "患者", "児童", "生徒", "学生", "相談者", "取材対象者", "さん", "氏",
}

// jaPseudonymEnds close the statement after 仮名: the copula or what the
// paper did (仮名にしています).
var jaPseudonymEnds = []string{
	"です", "としています", "にしています", "としました", "にしました", "とした", "にした", "としている", "にしている", "としてあります", "にしてあります",
}

// jaPseudonymPast are the past forms among jaPseudonymEnds, which a note
// set apart by a bracket or ※ may use (（仮名にしました）) but a bare
// line is a story's report in (…氏名を仮名とした。).
var jaPseudonymPast = []string{"としました", "にしました", "とした", "にした"}

// jaPseudonymAll are the adverbs between は and 仮名: all, each, some.
var jaPseudonymAll = []string{"いずれも", "すべて", "全て", "全員", "ともに", "共に", "一部"}

// jaPseudonymLeadEnds close the clause before the statement that says
// why: プライバシー保護のため、, 本人の希望により、.
var jaPseudonymLeadEnds = []string{"ため", "ために", "により", "によって", "で", "から", "し"}

// jaPseudonymNote reports the Japanese note that a story's people are
// named by pseudonyms (see above): one sentence of at most 40 runes,
// bracketed, after ※ or ＊, or bare, whose statement is a subject naming
// people, は (or を before a verb), an adverb at most, 仮名 and one of jaPseudonymEnds,
// after at most one clause giving the reason, with no topic (は) of its
// own; bare (no bracket, no ※), in the present only.
func jaPseudonymNote(s string) bool {
	if !strings.Contains(s, "仮名") || !atMost(s, 40) {
		return false
	}
	m := trimNoteMark(s)
	open, _ := firstRune(m)
	apart := len(m) < len(s) || closeFor(open) != 0 // bracketed or after ※
	t, ok := noteSentence(m)
	if !ok {
		return false
	}
	t = trimNoteMark(t)
	if t == "" || hasAnyRune(t, "。！？!?；;") {
		return false
	}
	did := false // a verb after 仮名 (にしています), which を needs
	for _, e := range jaPseudonymEnds {
		if r, ok := strings.CutSuffix(t, e); ok {
			if !apart && slices.Contains(jaPseudonymPast, e) {
				return false // a story's report: …氏名を仮名とした。
			}
			t, did = r, e != "です"
			break
		}
	}
	stmt, ok := strings.CutSuffix(t, "仮名")
	if !ok {
		return false
	}
	for _, a := range jaPseudonymAll {
		if r, ok := strings.CutSuffix(stmt, a); ok {
			stmt = r
			break
		}
	}
	subj, ok := strings.CutSuffix(stmt, "は")
	if !ok {
		if subj, ok = strings.CutSuffix(stmt, "を"); !ok || !did {
			return false
		}
	}
	if i := strings.LastIndexAny(subj, "、,，"); i >= 0 {
		lead := subj[:i]
		_, w := runeAt(subj, i)
		if hasAnyRune(lead, "、,，") || !endsWithAny(lead, jaPseudonymLeadEnds) || strings.Contains(lead, "は") {
			return false // two clauses before it, one that gives no reason, or one with its own topic (報告書は…配慮し、)
		}
		subj = trimSpace(subj[i+w:])
	}
	return subj != "" && endsWithAny(subj, jaPseudonymSubjects)
}

// trimNoteMark strips the reference mark a Japanese note opens with,
// ※ or ＊ (or *), and the space after it.
func trimNoteMark(s string) string {
	if r, w := firstRune(s); r == '※' || r == '＊' || r == '*' {
		return trimSpace(s[w:])
	}
	return s
}

// endsWithAny reports whether s ends in one of ps.
func endsWithAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}
