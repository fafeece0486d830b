package newstext

import "strings"

// A market box quotes a rate as a quantity and its price parted by an
// equals sign: 円相場　１ドル＝１５０円２０銭　３０銭円安, 金　１グラム＝
// １万２３４５円, 白菜　１キロ＝２４０円, １ユーロ＝１．０８ドル. The
// field is one figure with its units, as １５０円２０銭 alone is, however
// many runes the two sides add up to: counted as one of a row's figures
// with Han units (tableRow), the row stays a row and is not read as a
// headline whose U+3000 parts phrases. A headline about the rate has
// words on a side (１ドル＝１５０円台に, 一時１ドル＝１６０円), and is none.

// rateFigure reports a field that is a rate: a quantity, a figure with
// its unit (１ドル, １キロ, 100g), then ＝ or =, then the price, a figure
// with its units (１５０円２０銭, １万２３４５円, １．０８ドル), neither side
// holding hiragana or any other word.
func rateFigure(f string) bool {
	left, right, ok := strings.Cut(f, "＝")
	if !ok {
		if left, right, ok = strings.Cut(f, "="); !ok {
			return false
		}
	}
	return rateSide(left, 6) && rateSide(right, 10)
}

// rateSide reports one side of a rate: a digit first, then digits, a
// decimal point or thousands comma, and units in kanji, katakana or Latin
// letters, at most max runes and at most four of them units.
func rateSide(s string, max int) bool {
	if s == "" || !atMost(s, max) {
		return false
	}
	if r, _ := firstRune(s); !isDigitRune(r) {
		return false
	}
	units := 0
	for _, r := range s {
		switch {
		case isDigitRune(r), r == '.', r == '．', r == ',', r == '，':
		case isHan(r), r >= 'ァ' && r <= 'ヺ', r == 'ー', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 'ａ' && r <= 'ｚ', r >= 'Ａ' && r <= 'Ｚ':
			units++
		default:
			return false
		}
	}
	return units > 0 && units <= 4
}
