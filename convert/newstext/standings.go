package newstext

import "strings"

// A league's standings (积分榜) set as text run to more columns than a
// results box: 名次　球队　场次　胜　平　负　积分 over 1　乌兹别克斯坦　5　4
// 1　0　13, with the goals (进/失, 12:5, 净胜球 +7) or a baseball table's
// rate and games behind (1　阪神　143　85　54　4　.612　－). tableRow counts
// at most six fields in 24 runes, which such a row outruns: read as text,
// the rows were glued into one paragraph with their header, the last
// figure of one row run into the first of the next (13 and 2 read 132).
// A row of a rank, a name and figures is a table's row however many
// figures it holds, and the header row of as many words over it is its
// header.

// Bounds of a standings row: its runes and its fields.
const (
	maxStandingsRunes  = 48
	maxStandingsFields = 12
)

// standingsRow returns the fields of a row of seven to maxStandingsFields
// fields parted by spaces, or 0 when s is none: the rank first
// (standingsRank), then the team in one or two words (Manchester United),
// each at most ten runes, then figures (standingsFigure), five at least.
// A clause's punctuation, a word after the figures (1　2　3　4　5　6
// 下一页), no rank (a lottery's 红球　103　11　17…, numbers alone) or a
// line of phrases (2026 年 12 月 7 日) makes none.
func standingsRow(s string) int {
	if s == "" || !atMost(s, maxStandingsRunes) {
		return 0
	}
	fields, words, figures := 0, 0, 0
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if isSpace(r) {
			i += w
			continue
		}
		// One field, to the next space.
		j := i
		for j < len(s) {
			r, w := runeAt(s, j)
			if isSpace(r) {
				break
			}
			j += w
		}
		f := s[i:j]
		if fields++; fields > maxStandingsFields {
			return 0
		}
		switch fig, ok := standingsFigure(f); {
		case fields == 1:
			if !standingsRank(f) {
				return 0 // (a row opens with its rank: 03　11　17… is a lottery's)
			}
		case ok:
			if fig {
				figures++
			}
		case fields > 3 || !standingsWord(f):
			return 0
		default:
			if words++; words > 2 {
				return 0
			}
		}
		i = j
	}
	if fields < 7 || words == 0 || figures < 5 || fields-1-words-figures > 2 {
		return 0
	}
	return fields
}

// standingsRank reports a standings row's rank: one to three digits of
// either width, a full stop after them allowed (1., １．).
func standingsRank(f string) bool {
	f = strings.TrimSuffix(strings.TrimSuffix(f, "."), "．")
	n := 0
	for i := 0; i < len(f); {
		r, w := runeAt(f, i)
		if !isAnyDigit(r) {
			return false
		}
		n++
		i += w
	}
	return n >= 1 && n <= 3
}

// standingsFigure reports a standings row's figure field: an optional
// sign (+7, -3, ±0), then digits of either width with the marks inside a
// figure (12:5, 12/5, 3-1, .612, １，２０３, 62.5%); fig is false for a
// lone dash, the leader's games behind (－), which counts as a field but
// as no figure.
func standingsFigure(f string) (fig, ok bool) {
	switch f {
	case "-", "－", "—", "―", "–":
		return false, true
	}
	digits := 0
	for i := 0; i < len(f); {
		r, w := runeAt(f, i)
		switch {
		case isAnyDigit(r):
			digits++
		case i == 0 && (r == '+' || r == '-' || r == '＋' || r == '－' || r == '±'):
		case r == '.' || r == '．' || r == ':' || r == '：' || r == '/' || r == '／' || r == '-' || r == '－':
		case r == ',' || r == '，':
			if !thousandsCommaAt(f, i) {
				return false, false
			}
		case (r == '%' || r == '％') && i+w == len(f):
		default:
			return false, false
		}
		i += w
	}
	return digits > 0, digits > 0
}

// standingsWord reports a standings row's word field, a team's or
// player's name: at most ten runes, no clause punctuation and no Hangul
// (a Korean row has a shape of its own, koreanRow).
func standingsWord(f string) bool {
	n := 0
	for i := 0; i < len(f); {
		r, w := runeAt(f, i)
		switch {
		case r == '，' || r == ',' || r == '、' || r == '。' || r == '；' || r == ';' || r == '！' || r == '!' || r == '？' || r == '?' || r == '：':
			return false
		case r >= 0xAC00 && r <= 0xD7A3:
			return false
		}
		if n++; n > 10 {
			return false
		}
		i += w
	}
	return true
}

// wideHeader returns the fields of a header row of words over a row of
// more than six fields (a standings row: 名次　球队　场次　胜　平　负　积分),
// each a column's name of at most maxHeaderField runes, parted by spaces;
// 0 when s is none. Only a row of as many fields under it makes it one
// (headerOver).
func wideHeader(s string) int {
	if s == "" || !atMost(s, maxStandingsRunes) {
		return 0
	}
	return headerFieldsUpTo(s, false, maxStandingsFields)
}

// wideHeaderOver reports p a standings header of more than six fields
// (wideHeader) right over c, a row of as many (tableRow): the header of a
// ten-column table (排名　球队　场次　胜　平　负　进球　失球　净胜球　积分,
// 順位　チーム　試合　勝　負　分　勝率　差　得点　失点) runs past the 24
// runes of a head (headLike) and the six fields of a padded header
// (paddedRow), which keep a narrower header apart from its first row in
// mayContinue; without this the header took its row, and then every row
// under it, into one paragraph.
func wideHeaderOver(p, c string) bool {
	n := wideHeader(p)
	return n > 6 && tableRow(c) == n
}
