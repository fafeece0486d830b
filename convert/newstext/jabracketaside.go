package newstext

import "strings"

// A Japanese page sets a short remark to the reader in round brackets on
// a line of its own: a puzzle's （解答は来週）, （答えは次号で）, a note's
// （詳細は後日）. It says something of the piece, a phrase with its topic
// marked by は (or its object by を), and is the piece's text, never a
// head of what stands under it nor a name (isJapaneseName). A bracket
// holding a word, （上）, （敬称略）, a name, （山田太郎）, or a credit is
// left to the other rules.

// jaBracketAside reports such a remark (above): the whole line in round
// brackets, at most twenty runes inside, は or を after a kanji or kana
// with more of the phrase after it.
func jaBracketAside(s string) bool {
	in, ok := strings.CutPrefix(s, "（")
	if !ok {
		return false
	}
	if in, ok = strings.CutSuffix(in, "）"); !ok || in == "" || !atMost(in, 20) || strings.ContainsAny(in, "（）") {
		return false
	}
	for _, p := range []string{"は", "を"} {
		k := strings.Index(in, p)
		if k <= 0 || k+len(p) == len(in) {
			continue
		}
		if r, _ := decodeLast(in[:k]); isHan(r) || isKana(r) {
			return true
		}
	}
	return false
}
