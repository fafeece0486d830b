package layout

import "testing"

// TestOpenNumberGaps: a justified line whose only gap would open wider
// than an em (a narrow column's telephone number broken after its middle
// dot, （０２６１・６２・) spaces the digits of its full-width numbers
// too, no gap over an em; a line with gaps enough keeps its numbers
// tight, and so does a line whose one gap stays under an em.
func TestOpenNumberGaps(t *testing.T) {
	tests := []struct {
		rule, text string
		width      float64
		tight      bool // no space between two full-width digits
	}{
		{"a number's line with one gap spaces its digits", "（０２６１・６２・６２００）", 11.5, false},
		{"running text keeps its numbers tight", "大町市の国営公園で２０２６年の冬季企画展が始まり、１２月２１日まで開かれる。", 11, true},
		{"one gap under an em keeps the number tight", "（０２６１・６２・６２００）", 9.5, true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			ls := Break(tt.text, ems{}, plain(LangJa, tt.width))
			if len(ls) < 2 {
				t.Fatalf("Break(%q) = %d lines, want a wrap", tt.text, len(ls))
			}
			first := ls[0]
			if first.Ragged || first.Width < tt.width-1e-9 {
				t.Fatalf("first line %q is %g wide in %g (ragged %v): want it justified", lineText(first), first.Width, tt.width, first.Ragged)
			}
			tight := true
			for k, g := range first.Glyphs {
				if g.Gap > 1+1e-9 {
					t.Errorf("line %q: a gap of %g em after %q", lineText(first), g.Gap, g.Text)
				}
				if k+1 < len(first.Glyphs) && fullwidthDigitText(g.Text) && fullwidthDigitText(first.Glyphs[k+1].Text) && g.Gap > 1e-9 {
					tight = false
				}
			}
			if tight != tt.tight {
				t.Errorf("line %q: digits tight %v, want %v", lineText(first), tight, tt.tight)
			}
		})
	}
}

// fullwidthDigitText reports a glyph of one full-width digit.
func fullwidthDigitText(s string) bool {
	r := []rune(s)
	return len(r) == 1 && isFullwidthDigit(r[0])
}
