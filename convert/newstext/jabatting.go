package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese box score lists each team's batters one a row under its
// head (◇打撃成績（巨人）): the batter's position in round brackets, his
// name, then his figures (at-bats, hits, runs batted in …) parted by
// spaces, （中）丸　　　４　１　０, （二）吉川　４　２　０, a substitute's
// marks run together, （打左）中田　１　０　０. Some papers add the result
// of each time at bat after the figures (（三）岡本　４１２　三振　左本).
// The mark is a position (投捕一二三遊左中右指, 打 and 走 for a pinch
// hitter or runner), not a photo's place （中） nor a dateline's （三）,
// nor a numbered head's （一）: the row is a box's row, a line of its own.

// battingPositions are the one-kanji positions a batting row opens with.
const battingPositions = "投捕一二三遊左中右指打走"

// battingRow reports a batter's row of a box score (see above): a
// position mark of one to three of battingPositions in round brackets,
// a name of one or two fields (battingName), then at least two fields, the
// first a figure and each other a figure or a short play (battingPlay).
func battingRow(s string) bool {
	if r, _ := firstRune(s); r != '（' && r != '(' || !atMost(s, 60) {
		return false // (most lines fail at their first rune)
	}
	in, end, ok := leadingBracket(s)
	if !ok || in == "" || !atMost(in, 3) || !hasDigit(s[end:]) {
		return false
	}
	for _, r := range in {
		if !strings.ContainsRune(battingPositions, r) {
			return false
		}
	}
	names, figs := 0, 0
	for f := range strings.FieldsFuncSeq(s[end:], isSpace) {
		switch {
		case figs == 0 && battingFigure(f):
			if names == 0 {
				return false // （一）２０２５年度: a numbered head's figure, no batter
			}
			figs++
		case figs == 0:
			if names++; names > 2 || !battingName(f) {
				return false
			}
		case battingFigure(f) || battingPlay(f):
			figs++
		default:
			return false
		}
	}
	return figs >= 2
}

// battingName reports a batter's name or part of it as a box score
// sets it: one to ten kanji, katakana or Latin letters, a foreign
// player's parted by ・ (丸, 吉川尚, Ｃ・ケラー, Sakamoto). Hiragana tell a
// phrase (中央区の人口 is none).
func battingName(f string) bool {
	if !atMost(f, 10) || strings.HasPrefix(f, "・") || strings.HasSuffix(f, "・") {
		return false
	}
	for _, r := range f {
		if !isHan(r) && !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' && r != '・' && !isLatinLetter(r) {
			return false
		}
	}
	return true
}

// battingFigure reports a batter's figure: digits, half- or full-width,
// with at most one decimal point (a batting average, ．２８３, .283).
func battingFigure(f string) bool {
	if !atMost(f, 5) {
		return false
	}
	digits, points := 0, 0
	for _, r := range f {
		switch {
		case isAnyDigit(r):
			digits++
		case r == '.' || r == '．':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}

// battingPlay reports the result of a time at bat set after a batter's
// figures: one to three kanji, katakana or digits, or a dash for a time
// he did not bat (三振, 左安, 遊ゴ, 右２, 四球, ―).
func battingPlay(f string) bool {
	if utf8.RuneCountInString(f) > 3 {
		return false
	}
	for _, r := range f {
		if !isHan(r) && !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' && !isAnyDigit(r) && r != '―' && r != '－' {
			return false
		}
	}
	return true
}

// isLatinLetter reports a Latin letter, half- or full-width.
func isLatinLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 'ａ' && r <= 'ｚ' || r >= 'Ａ' && r <= 'Ｚ'
}
