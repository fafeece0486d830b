package newstext

import "strings"

// A Japanese sports paper opens a game's story with the game line: the
// score between the teams in angle brackets, then the day and the venue
// after ◇ marks, <巨人3-2阪神>◇5日◇東京ドーム (日刊スポーツ),
// ＜巨人３－２阪神＞◇５日◇東京ドーム. It is the story's first line of
// text, complete as a table's row is, and neither a title (no headline,
// no head) nor a site's section trail (its > closes its <).

// jaGameLine reports a game line: an angle-bracketed score, two sides
// parted by a score of digits and a dash, then one or more short fields
// each after ◇ (or ◆).
func jaGameLine(s string) bool {
	r, w := firstRune(s)
	cl := angleCloseFor(r)
	if cl == 0 || r == '《' || !atMost(s, 60) {
		return false
	}
	in, after, ok := strings.Cut(s[w:], string(cl))
	if !ok || !gameScore(in) || after == "" {
		return false
	}
	mark, _ := firstRune(after)
	if mark != '◇' && mark != '◆' {
		return false
	}
	for _, f := range strings.FieldsFunc(after, func(r rune) bool { return r == '◇' || r == '◆' }) {
		if f = trimSpace(f); f == "" || !atMost(f, 16) || hasClauseEnd(f) {
			return false
		}
	}
	return true
}

// gameScore reports two sides and the score between them: 巨人3-2阪神,
// 巨人３－２阪神, ヤクルト5-4広島 (digits, half- or full-width, on both
// sides of a dash).
func gameScore(in string) bool {
	for _, dash := range []string{"-", "－", "–"} {
		k := strings.Index(in, dash)
		if k <= 0 {
			continue
		}
		a, b := in[:k], in[k+len(dash):]
		l, _ := decodeLast(a)
		f, _ := firstRune(b)
		// Each side a team's name (巨人, ヤクルト, DeNA) before or after
		// its runs.
		return isAnyDigit(l) && isAnyDigit(f) && strings.TrimRightFunc(a, isAnyDigit) != "" && strings.TrimLeftFunc(b, isAnyDigit) != ""
	}
	return false
}

// isAnyDigit reports a digit, half- or full-width.
func isAnyDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }
