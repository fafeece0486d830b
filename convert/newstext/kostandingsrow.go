package newstext

import "strings"

// A Korean sports page's standings box (프로농구 순위) sets a team a row,
// its rank, its name and its figures parted by spaces: 2 창원 14 6 1.0,
// the leader's games behind a dash, 1 원주 15 5 -. The rank before the
// name makes no phrase of the row (koreanRow wants the name first): it is
// the table's row, body text, never a title line, so that the title lines
// under the box's last row open the next story.

// koreanStandingsRow reports such a row: a rank of one or two digits, a
// name of one or two words holding Hangul, then two or more bare figures
// (digits and a decimal point) and at most one dash alone; at most 32
// characters. A headline opening with a figure, 2 창원 14점 차 대승, has
// a unit after its figures or a word after them.
func koreanStandingsRow(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' || !atMost(s, maxKoreanRowRunes) {
		return false // (most lines: no rank opens them)
	}
	k, names, hangul, figures, dashes := 0, 0, false, 0, 0
	for w := range strings.FieldsSeq(s) {
		k++
		r, _ := firstRune(w)
		switch {
		case k == 1:
			if !allDigits(w) || len(w) > 2 {
				return false // the rank
			}
		case figures == 0 && dashes == 0 && names < 2 && (r < '0' || r > '9') && w != "-":
			if !koreanRowName(w) {
				return false
			}
			names++
			hangul = hangul || hasHangul(w)
		case names == 0:
			return false // (no name after the rank)
		case w == "-":
			dashes++
		case decimalFigure(w):
			figures++
		default:
			return false // (a word or a unit after the figures)
		}
	}
	return hangul && figures >= 2 && dashes <= 1
}

// koreanStandingsFields returns the number of fields of a standings row
// (koreanStandingsRow), counted without allocating.
func koreanStandingsFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// decimalFigure reports ASCII digits with at most one decimal point
// inside: 14, 1.0 (.500 and 1. are none).
func decimalFigure(w string) bool {
	whole, frac, dot := strings.Cut(w, ".")
	return allDigits(whole) && whole != "" && (!dot || frac != "" && allDigits(frac))
}
