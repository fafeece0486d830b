package pdf

import (
	"testing"

	"github.com/paiban/paiban/layout"
)

// TestEmitHeadingReach checks where text extraction is told a section
// heading's lines start: at the column's edge when the heading has space
// above it, at its inset when tightenHeads took that space away or when
// the line opens with a bracket, and at the column's edge for the
// column's first line.
func TestEmitHeadingReach(t *testing.T) {
	const x, colW, inset = 100.0, 200.0, 15.0
	text := func(s string) layout.Line { return layout.Line{Glyphs: []layout.Glyph{{Text: s}}} }
	body := func() item { return item{h: 10, line: placedLine{Set: &faceSet{}, Line: text("文")}} }
	head := func(above float64, s string) item {
		return item{h: 10 + above, above: above, band: true, line: placedLine{Set: &faceSet{}, Line: text(s), Reach: inset, ReachEnd: colW}}
	}
	tests := []struct {
		name  string
		items []item
		want  []float64 // Reach of each line, absolute
	}{
		{"spaced two-line heading", []item{body(), head(10, "一"), head(0, "二"), body()}, []float64{x, x, x, 0}},
		{"spaced heading opening with a bracket", []item{body(), head(10, "【"), head(0, "二"), body()}, []float64{x, x + inset, x, 0}},
		{"spaced heading opening with a quote", []item{body(), head(10, "“"), body()}, []float64{x, x + inset, 0}},
		{"tightened heading keeps its inset", []item{body(), head(0, "一"), head(0, "二"), body()}, []float64{x, x + inset, x + inset, 0}},
		{"heading first in the column", []item{head(0, "【"), head(0, "二"), body()}, []float64{x, x + inset, 0}},
		{"spaced heading after a tightened one", []item{body(), head(0, "一"), body(), head(10, "二"), body()}, []float64{x, x + inset, 0, x, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p pageLayout
			column{x: x, from: 0, to: len(tt.items)}.emit(tt.items, &p, colW)
			if len(p.Lines) != len(tt.want) {
				t.Fatalf("%d lines, want %d", len(p.Lines), len(tt.want))
			}
			for i, l := range p.Lines {
				if l.Reach != tt.want[i] {
					t.Errorf("line %d: Reach %g, want %g", i, l.Reach, tt.want[i])
				}
			}
		})
	}
}
