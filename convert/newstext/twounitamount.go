package newstext

import (
	"strings"
	"unicode/utf8"
)

// A market box quotes a price in a currency's two units, its main unit
// and its hundredth: ＮＹダウ　４万４１２０ドル５０セント　１８６ドル高,
// 日経平均　３万９８４２円１２銭, ユーロ　１０５ユーロ２０セント, 猪肉
// 12元5角. The field is one figure, however many runes its digits, 万 and
// two units add up to: counted as one of a row's figures with units
// (tableRow), the row stays a row and is not read as a headline whose
// U+3000 parts phrases (blind page ja-chiho-keizai-shikyo: the box's last
// row became the next story's headline). A headline's figure has a word
// around it (４万ドル台に, 最高値４万ドル超え) and is no such amount.

// currencyUnitPairs pairs a currency's main unit with its hundredth, as
// Japanese and Chinese boxes write them.
var currencyUnitPairs = [][2]string{
	{"ドル", "セント"}, {"ユーロ", "セント"}, {"ポンド", "ペンス"},
	{"円", "銭"}, {"元", "角"}, {"元", "分"}, {"美元", "美分"},
}

// amountChangeSuffixes may close a two-unit amount that is the day's
// change: １８６ドル５０セント高, ３０銭安.
var amountChangeSuffixes = []string{"高", "安", "増", "減", "增", "减", "涨", "跌"}

// twoUnitAmount reports a field that is an amount in a currency's two
// units: a number (digits, a decimal point or thousands comma, and 万, 億
// or 兆 between digits), its main unit, a number of at most two digits and
// the unit's hundredth (currencyUnitPairs), then at most a change word
// (amountChangeSuffixes).
func twoUnitAmount(f string) bool {
	_, ok := twoUnitAmountTail(f)
	return ok
}

// twoUnitAmountTail reports whether f is a two-unit amount
// (twoUnitAmount) and the runes of its hundredths (５０セント).
func twoUnitAmountTail(f string) (int, bool) {
	for _, sfx := range amountChangeSuffixes {
		if rest, ok := strings.CutSuffix(f, sfx); ok {
			f = rest
			break
		}
	}
	for _, p := range currencyUnitPairs {
		rest, ok := strings.CutSuffix(f, p[1])
		if !ok {
			continue
		}
		main, minor, ok := cutLastUnit(rest, p[0])
		if n := utf8.RuneCountInString(minor); ok && n <= 2 && amountNumber(main, true) && amountNumber(minor, false) {
			return n + utf8.RuneCountInString(p[1]), true
		}
	}
	return 0, false
}

// amountRowAtMost reports a row of at most n runes when each two-unit
// amount in it counts without its hundredths: ５０セント adds to the row
// no more than 銭's １２銭 adds to a yen figure, and a row that quotes
// dollars and cents is no longer than one that quotes whole dollars.
func amountRowAtMost(s string, n int) bool {
	// Every hundredth (currencyUnitPairs) ends in one of these runes: a
	// row without one holds no two-unit amount, and most rows have none.
	if len(s) > 4*(n+12) || !hasAnyRune(s, "トス銭角分") {
		return false
	}
	k := utf8.RuneCountInString(s)
	for _, f := range strings.FieldsFunc(s, isSpace) {
		if tail, ok := twoUnitAmountTail(f); ok {
			k -= tail
		}
	}
	return k <= n
}

// cutLastUnit splits s at its last unit u into the number before it and
// the one after it.
func cutLastUnit(s, u string) (before, after string, ok bool) {
	i := strings.LastIndex(s, u)
	if i < 0 {
		return "", "", false
	}
	return s[:i], s[i+len(u):], true
}

// amountNumber reports digits, with, when large is set, a decimal point,
// thousands comma or 万, 億, 兆 after a digit (４万４１２０, 1億2,000, ５億).
func amountNumber(s string, large bool) bool {
	if s == "" {
		return false
	}
	prevDigit, last := false, rune(0)
	for _, r := range s {
		switch {
		case isDigitRune(r):
			prevDigit = true
		case large && prevDigit && strings.ContainsRune("万億亿兆.．,，", r):
			prevDigit, last = false, r
			continue
		default:
			return false
		}
		last = r
	}
	return prevDigit || strings.ContainsRune("万億亿兆", last) // ５億元５角
}
