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

// spacedPairTitle returns a title of two kanji that OCR parted with a
// space, 余 滴 (a column's name set wide), as one word, 余滴, and whether
// it was one. (Only a Japanese page's headline is asked: a Chinese
// padded name, 王 芳, keeps its space.)
func spacedPairTitle(s string) (string, bool) {
	a, w := firstRune(s)
	if w+2 > len(s) || s[w] != ' ' || !isHan(a) {
		return s, false
	}
	b, w2 := firstRune(s[w+1:])
	if w+1+w2 != len(s) || !isHan(b) {
		return s, false
	}
	return s[:w] + s[w+1:], true
}
