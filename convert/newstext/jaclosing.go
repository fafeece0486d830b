package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese story closes with its reporter's name alone in round
// brackets, （石川真由美）. A name of two to four kanji reads as a
// credit in any language (nameOnlyCredit); one of five or six reads as a
// Japanese place in a dateline, and in Chinese a bracket of five
// characters at a story's end is a source (（摘自人民日报）). So only on a
// Japanese page, and only at a story's end where a closing dateline
// would stand, is a bracket of five or six kanji naming no place, desk
// or organisation the reporter's byline.

// placeEnds are the last characters of Japanese place names and of the
// words that are not names a closing bracket may hold.
var placeEnds = []string{"県", "都", "府", "道", "市", "町", "村", "区", "郡", "島", "州", "国", "省", "港", "駅", "湾", "山", "川", "部", "局", "社", "庁", "会", "所", "館", "校", "院", "版", "面", "紙", "報", "続", "略", "完"}

// closingJaName returns the name in a Japanese story's closing credit of
// five or six kanji in round brackets, （石川真由美）.
func closingJaName(s string) (string, bool) {
	in, ok := strings.CutPrefix(s, "（")
	if !ok {
		return "", false
	}
	in, ok = strings.CutSuffix(in, "）")
	if !ok {
		return "", false
	}
	n := utf8.RuneCountInString(in)
	if n < 5 || n > 6 || hasAnySuffix(in, placeEnds) || isOrg(in) && looksOrg(in) {
		return "", false
	}
	for _, r := range in {
		if !isHan(r) {
			return "", false
		}
	}
	return in, true
}
