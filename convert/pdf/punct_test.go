package pdf

import (
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// boxFace draws every glyph as a box from lo to hi (in em) in a 1em cell.
type boxFace struct{ lo, hi float64 }

func (f boxFace) Outline(r rune) (fonts.Path, bool) {
	p := fonts.Path{Advance: 1}
	for _, pt := range []fonts.Point{{X: f.lo, Y: 0}, {X: f.hi, Y: 0}, {X: f.hi, Y: 0.2}} {
		p.Segments = append(p.Segments, fonts.Segment{Op: fonts.LineTo, Pts: [3]fonts.Point{pt}})
	}
	return p, true
}

func TestPunctStyleOf(t *testing.T) {
	body, heading := embedded(t)
	tests := []struct {
		name string
		face outliner
		want layout.PunctStyle
	}{
		{"Noto Serif CJK SC", body, layout.PunctCorner},
		{"Noto Sans CJK SC", heading, layout.PunctCorner},
		{"centred marks (TC)", boxFace{0.4, 0.6}, layout.PunctCentred},
		{"corner marks", boxFace{0.1, 0.3}, layout.PunctCorner},
	}
	for _, tt := range tests {
		if got := punctStyleOf(tt.face); got != tt.want {
			t.Errorf("%s: style %d, want %d", tt.name, got, tt.want)
		}
	}
}
