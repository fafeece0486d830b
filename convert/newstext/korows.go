package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Korean paper's market box sets a row per index or rate, its name
// and then its figures, each figure a field parted by a space: 코스피
// 2712.35 ▲53.21(2.00%), 원·달러 환율 1378.5원 ▼9.7원. Korean parts every
// word by a space, so a row is told from a headline (코스피 2%대 급등) by
// its shape: words that name, then figures only, one of them the day's
// change after its arrow or sign. The rows are a table's, one paragraph
// each, as tableRow's are (cn-sports).
//
// A Korean paper's small table of figures under a story (a survey's
// index by month, a price list) sets its rows the same way with no change
// among them: 제조업 69 68 72, under a header row whose figures are its
// periods, 구분 10월 11월 12월. Such a row is a table's when its figures
// are all bare numbers (69, 3.5%) or all carry one unit (10월 11월 12월):
// a headline's figures, 확진 5만 7천명, count different things.

// maxKoreanRowRunes bounds a Korean market row's length: the name and
// three figures with a percentage in brackets.
const maxKoreanRowRunes = 32

// koreanRow returns the fields of a Korean market row, counting the
// name (one or two words, no figure) as one field and each figure after
// it as one, or 0 when s is not such a row: at least two figures, all
// the words after the name figures (a digit after at most a change mark,
// then digits, signs and a unit of at most two syllables or signs:
// 1378.5원, 84㎡, ▲53.21(2.00%)), and one of them a change (▲, ▼, △, ▽,
// + or -), or, with no change, all of them bare or of one unit (a small
// table's row, 제조업 69 68 72, or its header, 구분 10월 11월 12월).
func koreanRow(s string) int {
	if !atMost(s, maxKoreanRowRunes) || !hasDigit(s) {
		return 0 // (two figures at least, each opening with a digit)
	}
	if koreanWeatherRow(s) {
		return 3 // 광주 맑음 0~9도: a weather box's row (koweatherrow.go)
	}
	if koreanStandingsRow(s) {
		return koreanStandingsFields(s) // 2 창원 14 6 1.0: a standings box's row (kostandingsrow.go)
	}
	names, figures, change, hangul := 0, 0, false, false
	unit, oneUnit := "", true // the first figure's unit; whether every figure has it
	for w := range strings.FieldsSeq(s) {
		r, n := utf8.DecodeRuneInString(w)
		mark := strings.ContainsRune("▲▼△▽+-", r)
		if mark {
			r, _ = utf8.DecodeRuneInString(w[n:])
		}
		if r < '0' || r > '9' {
			if figures > 0 || mark || names == 2 || !koreanRowName(w) {
				return 0 // (a word after a figure: a phrase, not a row)
			}
			names++
			hangul = hangul || hasHangul(w)
			continue
		}
		if !koreanFigure(w) {
			return 0
		}
		if u := figureUnit(w); figures == 0 {
			unit = u
		} else if u != unit {
			oneUnit = false
		}
		figures++
		change = change || mark
	}
	if !hangul || figures < 2 || !change && !oneUnit {
		return 0
	}
	return 1 + figures
}

// figureUnit returns the unit closing a figure field, its Hangul, unit
// sign or Latin letters after the last digit, sign or bracket (월 of 10월,
// ㎡ of 84㎡, "" of 69 or 3.5%).
func figureUnit(w string) string {
	k := strings.LastIndexFunc(w, func(r rune) bool { return !isHangul(r) && !unitRune(r) })
	if k < 0 {
		return w
	}
	_, n := utf8.DecodeRuneInString(w[k:]) // (× of 02× is two bytes)
	return w[k+n:]
}

// unitRune reports a rune of a unit glued to a figure other than Hangul:
// a unit sign (the squared units of U+3380 to U+33DF, ㎡ ㎞ ㎏ ㏊, and ℃,
// ℉, °), a Latin letter (84m², 12km, 128GB) and the square's or cube's
// superscript. A Korean table's area column sets 84㎡ or 84m² as its
// figure, as its price column sets 1378.5원.
func unitRune(r rune) bool {
	return r >= 0x3380 && r <= 0x33DF || r == '℃' || r == '℉' || r == '°' || r == '²' || r == '³' ||
		r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// koreanRowName reports a word of a row's name: Hangul, Latin letters,
// digits, and the middle dot (원·달러); the row's name holds Hangul.
func koreanRowName(w string) bool {
	for _, r := range w {
		if !isHangul(r) && !isLetter(r) && r != '·' && !(r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// koreanFigure reports a figure field: after an optional change mark,
// digits with their separators and brackets (53.21(2.00%), 1,234), then
// at most two syllables of unit (원, 포인트 is three: 53.21포인트 is a
// sentence's, not a box's) or two runes of a unit sign or Latin letters
// (84㎡, 84m², 12km: unitRune). An amount written in Korean style, its
// digits grouped by 천, 만, 억 and 조 (1만6650원, 3억2000만원, 1조2030억원,
// 1천200억원), is one figure: a group's word with digits after it is the
// number's, not its unit.
func koreanFigure(w string) bool {
	if r, n := utf8.DecodeRuneInString(w); strings.ContainsRune("▲▼△▽+-", r) {
		w = w[n:]
	}
	unit := 0
	for i, r := range w {
		switch {
		case r >= '0' && r <= '9' || strings.ContainsRune(".,%()", r):
			if unit > 0 {
				return false
			}
		case unit == 0 && strings.ContainsRune("천만억조", r) && i+3 < len(w) && w[i+3] >= '0' && w[i+3] <= '9':
			// (a digit group's word: 1만6650원; three bytes each)
		case isHangul(r) || unitRune(r):
			unit++ // (84㎡, 84m²: the area column's unit)
		case r == '×' && i > 0 && i+len("×") == len(w) && unit == 0:
			// A line score's last inning not played, the home team
			// ahead: 수원 010 000 02× 3.
		default:
			return false
		}
	}
	return unit <= 2
}
