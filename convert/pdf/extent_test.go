package pdf

import (
	"math"
	"testing"

	"github.com/paiban/paiban/layout"
)

// tenPoint measures every rune as a 10pt em, a space as a quarter em.
type tenPoint struct{}

func (tenPoint) Em() float64 { return 10 }
func (tenPoint) Advance(r rune) float64 {
	if r == ' ' {
		return 2.5
	}
	return 10
}

// TestEndOverhang checks how far past its column's edge text extraction is
// told a widened column line ends (endOverhang): a short line (a
// one-line caption, the column's first line; a centred section head in its
// band) whose last mark layout set at its inked half reads as a full line
// with the mark's empty half outside the measure, not as one ending in the
// mark's full box at the edge (a notch, clreq 3.1.7); a flush-right line
// keeps its mark's full cell, and a line ending in a character gains
// nothing.
func TestEndOverhang(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		lang  layout.Lang
		align layout.Align
		want  float64 // past the line's end
	}{
		{"caption ending in ）", "（本报记者 晏子航 摄）", layout.LangZhHans, layout.AlignJustify, 5},
		{"centred head ending in ’", "‘不忘初心’", layout.LangZhHans, layout.AlignCenter, 5},
		{"centred head ending in 。", "一二三。", layout.LangZhHans, layout.AlignCenter, 5},
		{"Japanese line ending in 」", "「あいう」", layout.LangJa, layout.AlignJustify, 5},
		{"flush-right credit keeps its cell", "（记者 林某）", layout.LangZhHans, layout.AlignEnd, 0},
		{"line ending in a character", "（记者）林某", layout.LangZhHans, layout.AlignJustify, 0},
		{"Traditional Chinese keeps full cells", "（本報記者 攝）", layout.LangZhHant, layout.AlignJustify, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := layout.DefaultOptions(tt.lang, 300)
			o.Align = tt.align
			ls := layout.Break(tt.text, tenPoint{}, o)
			if len(ls) != 1 {
				t.Fatalf("%d lines, want 1", len(ls))
			}
			if got := endOverhang(ls[0]); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("endOverhang = %g, want %g (last glyph %+v)", got, tt.want, ls[0].Glyphs[len(ls[0].Glyphs)-1])
			}
		})
	}
}
