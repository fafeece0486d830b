package newstext

import "strings"

// A serial's title carries its instalment's number in brackets after
// U+3000: 潮待ちの町　（４２）, a 連載's 老いの風景　（３）. The line is
// two fields parted by a space, one a figure, as a table's row is, but
// the figure is the instalment's, bracketed, and the field before it a
// phrase with kana in it: the title line of the serial, the headline
// under its 連載小説 label, never a row of body text (blind round 85). A
// row's label of kanji alone, 死者　（３）, stays a row.
//
// The label over it, 連載小説 (新聞小説, 連載), names the kind of piece, not
// what it is about: a rubric, the kicker over the serial's title, never
// the headline with the numbered title taken for a paragraph under it.

// jaSerialLabels name a serial's kind over its title.
var jaSerialLabels = []string{"連載小説", "新聞小説", "連載", "長編小説", "連載エッセー", "連載エッセイ"}

// jaSerialTitle reports a Japanese serial's title with its instalment
// number (see above).
func jaSerialTitle(s string) bool {
	k := strings.LastIndex(s, "\u3000")
	if k <= 0 || !atMost(s, 30) {
		return false
	}
	title, num := trimSpace(s[:k]), s[k+len("\u3000"):]
	in, end, ok := leadingBracket(num)
	if !ok || end != len(num) || (num[0] != '(' && !strings.HasPrefix(num, "（")) || !atMost(in, 3) || !isNumber(in) {
		return false
	}
	if hasDigit(title) {
		return false
	}
	for _, r := range title {
		if isKana(r) {
			return true
		}
	}
	return false
}
