package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Chinese page's folio may join the paper's name to the page's or the
// edition's with a middle dot instead of a space: 人民日报·海外版,
// 江城日报·城市民生, 聯合報·桃園 (OCR and text exports set ·, ・, ‧ or •).
// Joined, the word is longer than any word a folio holds and was taken
// for the words of a headline, so the folio's date and 第5版 went to the
// text. The paper's name before the dot, ending as a paper's does (报,
// 報, 刊), and a short name after it make one word of the folio; the date
// or the page's number beside it still make the line a folio, so a title
// with a dot (“一带一路”·十年, a person's name) stays text.

// paperDotSection reports a paper's name joined to its page's or
// edition's name by a middle dot, the one word of a folio it counts as.
func paperDotSection(t string) bool {
	k := indexAnyRune(t, "·・‧•･")
	if k <= 0 {
		return false
	}
	paper := t[:k]
	_, w := utf8.DecodeRuneInString(t[k:])
	section := t[k+w:]
	if !paperName(paper) || !strings.ContainsRune("报報刊", lastRune(paper)) {
		return false
	}
	n := 0
	for _, r := range section {
		if !isHan(r) {
			return false // a second dot, a quote, a digit: no page's name
		}
		n++
	}
	return n >= 1 && n <= 8
}
