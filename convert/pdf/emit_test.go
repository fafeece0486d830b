package pdf

import "testing"

// TestEmitHeadingReach checks where text extraction is told a section
// heading's lines start: at the column's edge when the heading has space
// above it (no paragraph's short last line precedes it in its block), at
// its inset when tightenHeads took that space away, and always at the
// column's edge for the column's first line.
func TestEmitHeadingReach(t *testing.T) {
	const x, colW, inset = 100.0, 200.0, 20.0
	body := func() item { return item{h: 10, line: placedLine{Set: &faceSet{}, Reach: 0}} }
	head := func(above float64) item {
		return item{h: 10 + above, above: above, band: true, line: placedLine{Set: &faceSet{}, Reach: inset, ReachEnd: colW}}
	}
	tests := []struct {
		name  string
		items []item
		want  []float64 // Reach of each line, absolute
	}{
		{"spaced two-line heading", []item{body(), head(10), head(0), body()}, []float64{x, x, x, 0}},
		{"tightened heading keeps its inset", []item{body(), head(0), head(0), body()}, []float64{x, x + inset, x + inset, 0}},
		{"heading first in the column", []item{head(0), head(0), body()}, []float64{x, x + inset, 0}},
		{"spaced heading after a tightened one", []item{body(), head(0), body(), head(10), body()}, []float64{x, x + inset, 0, x, 0}},
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
