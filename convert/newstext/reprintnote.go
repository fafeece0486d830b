package newstext

import "strings"

// A story a paper or site reprints from another closes, or opens, with a
// note on where it first ran: （本文摘自《今周刊》第1512期，原文標題：〈…〉）,
// 本文經授權轉載自《今周刊》, （本文轉載自今周刊）, 本文转载自微信公众号“X”,
// （原文刊于《求是》2026年第3期）. It is about the text, not of it, as a
// repost's 原标题：… is: a note, which stays with its story (never a
// paragraph, nor a byline whose org is the verb phrase 本文轉載自今周刊).

// reprintVerbs say where the text was taken from, with the preposition
// that names the source after them (自, 于, 於), so that a sentence about
// the article (本文刊登後…) is none.
var reprintVerbs = []string{
	"转载自", "轉載自", "转自", "轉自", "摘自", "摘编自", "摘編自", "节选自", "節選自", "节录自", "節錄自", "选自", "選自",
	"原载于", "原載於", "原载", "原載", "刊于", "刊於", "刊载于", "刊載於", "刊登于", "刊登於", "发表于", "發表於", "首发于", "首發於", "来自", "來自",
}

// reprintEnds close a note that names its source before the verb:
// 本文經《天下雜誌》授權轉載.
var reprintEnds = []string{"授权转载", "授權轉載", "转载", "轉載"}

// reprintSubjects open a reprint note's text: this article, the original.
var reprintSubjects = []string{"本文", "原文", "此文", "本篇"}

// bareReprintVerbs may open a note with no subject: 摘自《今周刊》.
var bareReprintVerbs = []string{"转载自", "轉載自", "摘自", "节选自", "節選自", "选自", "選自", "原载于", "原載於"}

// reprintNoteFirst reports the runes a reprint note opens with (a
// subject's, a bare verb's, or an opening bracket): gate admits no other
// text to isNote for it.
func reprintNoteFirst(r rune) bool {
	switch r {
	case '本', '原', '此', '转', '轉', '摘', '节', '節', '选', '選':
		return true
	}
	return closeFor(r) != 0
}

// reprintNote reports a note on where a reprinted text first ran, alone
// or in brackets (see above): one sentence of at most 120 runes, opening
// with its subject (本文, 原文) and the verb within the next 24 runes
// (本文經授權轉載自, 本文由X授权转载: the source, or who granted it, may
// come between), or the subject and a verb closing the note, or a bare
// verb opening a phrase with no comma (摘自《今周刊》第1512期).
func reprintNote(s string) bool {
	if !atMost(s, 120) || platformNotice(s) {
		return false // (a note that disclaims, 本文转自X，如有侵权请联系删除, is the site's notice: disclaimer.go)
	}
	t, ok := noteSentence(s)
	if !ok {
		return false
	}
	if t == "" || hasAnyRune(t, "。！？!?") {
		return false // more than one sentence: text
	}
	for _, v := range bareReprintVerbs {
		if rest, ok := strings.CutPrefix(t, v); ok {
			return rest != "" && !hasClauseEnd(rest)
		}
	}
	var rest string
	for _, p := range reprintSubjects {
		if r, ok := strings.CutPrefix(t, p); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return false
	}
	for _, e := range reprintEnds {
		if strings.HasSuffix(rest, e) && !hasClauseEnd(rest) {
			return true // 本文經《天下雜誌》授權轉載
		}
	}
	k := -1
	for _, v := range reprintVerbs {
		if i := strings.Index(rest, v); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k < 0 || !atMost(rest[:k], 24) || hasClauseEnd(rest[:k]) {
		return false
	}
	return true
}

// noteSentence returns a note's sentence without the brackets that may
// enclose it whole and without its closing 。 (reprintNote, pseudonymNote),
// reporting false for an opening bracket the line does not close.
func noteSentence(s string) (string, bool) {
	t := s
	if open, w := firstRune(t); closeFor(open) != 0 {
		last, lw := decodeLast(t)
		if last != closeFor(open) || len(t) < w+lw {
			return "", false
		}
		t = t[w : len(t)-lw]
	}
	return strings.TrimSuffix(trimSpace(t), "。"), true
}
