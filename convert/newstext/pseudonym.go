package newstext

import (
	"strings"
	"unicode/utf8"
)

// A mainland story about a case, a fraud or a family's troubles closes
// with a line saying the people in it are not named by their own names:
// （文中人物均为化名）, （文中人名均为化名）, （文中涉案人员均为化名）,
// （应受访者要求，文中人物为化名）, 文中当事人系化名. It is about the text,
// not of it: a note, which stays with the story above it as a reprint's
// note does (reprintnote.go). Set short and alone on its line, it is
// never a wrapped line of the next story's headline, nor a headline.

// pseudonymSubjects open the note's statement: where the names are (文中,
// 本文) or whose they are (人物, 当事人).
var pseudonymSubjects = []string{
	"文中", "本文", "文内", "文內", "稿中", "本稿", "报道中", "報道中", "上文", "以上", "上述",
	"人物", "人名", "当事人", "當事人", "受访者", "受訪者", "受访人", "受訪人", "涉案人员", "涉案人員", "涉事人员", "涉事人員", "患者", "学生", "學生",
}

// pseudonymCopulas stand right before 化名: the names are (为, 系, 属)
// or use (用) pseudonyms; 的化名, 个化名 are a sentence's words.
const pseudonymCopulas = "为為系係属屬是用"

// pseudonymLeads open the clause before the statement that says why the
// names are changed: 应受访者要求，, 为保护当事人隐私，.
var pseudonymLeads = []string{"应", "應", "因", "为", "為", "出于", "出於", "根据", "根據", "按"}

// pseudonymNote reports the note that the people in a story are named by
// pseudonyms, alone or in brackets (see above): one sentence of at most
// 40 runes that opens with its subject and ends in the copula and 化名
// (化名处理 too), after at most one clause saying why (应当事人要求，).
// A sentence that mentions a pseudonym, 他在网上使用了化名, 文中提到的化名,
// or says more after it, is text.
func pseudonymNote(s string) bool {
	// (Both forms hold at most 40 runes: a paragraph's line is told by
	// its length before it is searched for either word.)
	if len(s) > 40*utf8.UTFMax {
		return false
	}
	if !strings.Contains(s, "化名") {
		return jaPseudonymNote(s) // （登場人物は仮名） (japseudonym.go)
	}
	if !atMost(s, 40) {
		return false
	}
	t, ok := noteSentence(s)
	if !ok {
		return false
	}
	if t == "" || hasAnyRune(t, "。！？!?；;") {
		return false
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "处理"), "處理")
	stmt, ok := strings.CutSuffix(t, "化名")
	if !ok {
		return false
	}
	if c, _ := decodeLast(stmt); !strings.ContainsRune(pseudonymCopulas, c) {
		return false
	}
	if lead, rest, ok := cutComma(stmt); ok {
		if hasAnyRune(rest, "，,") || !startsWithAny(lead, pseudonymLeads) {
			return false // two clauses before it, or one that gives no reason
		}
		stmt = trimSpace(rest)
	}
	return startsWithAny(stmt, pseudonymSubjects)
}

// cutComma cuts s at its first comma, full-width or not.
func cutComma(s string) (before, after string, ok bool) {
	i := strings.IndexAny(s, ",，")
	if i < 0 {
		return s, "", false
	}
	_, w := runeAt(s, i)
	return s[:i], s[i+w:], true
}

// startsWithAny reports whether s opens with one of ps.
func startsWithAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// storyEndNote reports a note that closes the story above it rather than
// opening the next: a reprint's note on where the story first ran
// (reprintnote.go), the note that its people's names are changed, or a
// Korean paper's disclaimer on an outside writer's piece (kodisclaimer.go)
// or its note on where the story first ran with no ※ (이 기사는 …
// '마켓인사이트'에 게재됐습니다.: koreprintnote.go), or a 副刊 piece's
// writing date and its note on the author (essaynote.go).
func storyEndNote(s string) bool {
	return reprintNote(s) || pseudonymNote(s) || koreanDisclaimer(s) || koreanRanNote(s) || writingDateNote(s) || authorBioNote(s)
}
