package newstext

import "strings"

// A Japanese paper sets a standing column's name over the column's own
// title: けいざい羅針盤 / 円安の「恩恵」はどこへ, and signs the column under
// its last paragraph with the writer's post and name in brackets,
// （経済部長　高橋和也） (japostsign.go). The name is the kicker over the
// title, however short the title is beside it (rubricOver wants three
// times the name's length). A news story's two title lines are headline
// and subheadline: its first line names no column, or no signature
// closes the piece.

// jaColumnWords end the names of Japanese papers' standing columns:
// けいざい羅針盤, 経済観測, 編集手帳, 記者の目, 私の視点, 経済論壇, 文化時評.
var jaColumnWords = []string{"羅針盤", "観測", "手帳", "の目", "視点", "論壇", "時評"}

// jaColumnNameOver reports Japanese title line i a column's name over
// title line n, the column's title: one unspaced, unpunctuated word of at
// most eight characters ending in a column word (jaColumnWords, with a
// word before it), over a longer title line, no title line above it, and
// the piece under the title closed by a bracketed signature, its text
// between. A column word is a news headline's word too (火星の観測,
// 火星観測): the signature tells the column.
func (sc *scorer) jaColumnNameOver(i, n int) bool {
	if sc.lang != "ja" {
		return false
	}
	f, g := &sc.fs[i], &sc.fs[n]
	if f.runes > 8 || f.runes < 3 || f.innerPunct || f.spaced || f.label || f.cue != "" || g.runes <= f.runes || g.dash || g.row || g.headMark != "" {
		return false
	}
	s := sc.us[i].text
	if !unspacedWord(s) || !jaColumnWord(s) {
		return false
	}
	if p := sc.prevContent(i); p >= 0 && sc.us[p].kind == uText && sc.fs[p].title {
		return false
	}
	return sc.signedPieceUnder(n)
}

// jaColumnWord reports a name ending in one of jaColumnWords with a word
// before it (the column word alone, 視点, is no column's name).
func jaColumnWord(s string) bool {
	for _, w := range jaColumnWords {
		if len(s) > len(w) && strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// signedPieceUnder reports the units under title line n body text, at
// least one paragraph, up to a byline in round brackets that closes it:
// a column's signature. Another title line or anything else first makes
// none.
func (sc *scorer) signedPieceUnder(n int) bool {
	paras := 0
	for j := sc.nextContent(n); j < len(sc.us); j = sc.nextContent(j) {
		switch sc.us[j].kind {
		case uText:
			if sc.fs[j].title {
				return false
			}
			paras++
		case uByline:
			t := sc.us[j].text
			return paras > 0 && (strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）") || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")"))
		default:
			return false
		}
	}
	return false
}
