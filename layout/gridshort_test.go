package layout

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

// TestGridCellsInsideWordsLast: over the corpus, a Chinese or Japanese
// line on a terminal's grid takes a blank cell between two ideographs or
// kana where no Chinese word likely ends (after 的 了, before 和 与 及)
// only when it would otherwise end more than maxGridShort columns short
// (一开  始 read as a typo to every reader of the bulletins): a line with
// such a cell ends maxGridShort columns short, or one more for an odd
// column.
func TestGridCellsInsideWordsLast(t *testing.T) {
	inside := 0
	for i, p := range corpus(t) {
		lang := detect(p)
		if lang != LangZhHans && lang != LangZhHant && lang != LangJa {
			continue
		}
		for _, w := range []float64{40, 72, 73} {
			o := DefaultOptions(lang, w)
			o.Grid, o.CompressPunct = 1, false
			b := &Breaker{opt: o} // (for wordEdgeBetween, which reads the language)
			for _, l := range Break(p, Columns{AmbiguousWide: true}, o) {
				if l.Last || l.Ragged || l.Hard || len(l.Glyphs) == 0 {
					continue
				}
				last := l.Glyphs[len(l.Glyphs)-1]
				short := w - (last.X + last.Advance + last.Gap)
				for k := 0; k+1 < len(l.Glyphs); k++ {
					g, h := l.Glyphs[k], l.Glyphs[k+1]
					gr, _ := utf8.DecodeRuneInString(g.Text)
					hr, _ := utf8.DecodeRuneInString(h.Text)
					if g.Gap > 0 && wordRune(g.Text) && wordRune(h.Text) && (lang == LangJa || b.wordEdgeBetween(gr, hr) == 0) {
						inside++
						if short < maxGridShort-1e-9 {
							t.Errorf("paragraph %d cols%v: a cell between %q and %q in %q, which ends only %v columns short", i, w, g.Text, h.Text, lineText(l), short)
						}
					}
				}
			}
		}
	}
	t.Log(fmt.Sprintf("%d cells inside words, each where a line would end more than %d columns short", inside, maxGridShort))
}

// wordRune reports a glyph of one Han character or kana.
func wordRune(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && (isHan(r) || r >= 0x3041 && r <= 0x30FA)
}
