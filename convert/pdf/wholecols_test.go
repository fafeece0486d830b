package pdf

import (
	"math"
	"testing"
)

// TestWholeColumns checks the arithmetic: whole-character columns, equal
// gutters, centred on the old text area, nothing past it.
func TestWholeColumns(t *testing.T) {
	tests := []struct {
		name                 string
		n                    int
		gap, em, left, width float64
		wantChars            float64
	}{
		{"one column", 1, 0, 10, 30, 415, 41},
		{"two columns", 2, 26, 10, 30, 415, 19},
		{"six columns", 6, 23.4, 9, 42, 757, 11},
		{"already whole", 3, 20, 10, 0, 340, 10},
		{"narrower than a character", 2, 10, 10, 0, 18, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			colW, gap, left, width := wholeColumns(tt.n, tt.gap, tt.em, tt.left, tt.width)
			n := float64(tt.n)
			if tt.wantChars == 0 {
				if want := (tt.width - (n-1)*tt.gap) / n; colW != want || gap != tt.gap || left != tt.left || width != tt.width {
					t.Fatalf("got %g %g %g %g, want the exact share %g and the rest unchanged", colW, gap, left, width, want)
				}
				return
			}
			if chars := colW / tt.em; math.Abs(chars-tt.wantChars) > 1e-9 {
				t.Errorf("column holds %g characters, want %g", chars, tt.wantChars)
			}
			if got := n*colW + (n-1)*gap; math.Abs(got-width) > 1e-9 {
				t.Errorf("columns and gaps take %g, the text area is %g wide", got, width)
			}
			if gap < tt.gap-1e-9 {
				t.Errorf("gap %g narrower than the configured %g", gap, tt.gap)
			}
			// Centred within half a point (snapColumns).
			l, r := left-tt.left, (tt.left+tt.width)-(left+width)
			if math.Abs(l-r) > 1+1e-9 {
				t.Errorf("margins grow by %g on the left and %g on the right", l, r)
			}
			// Every column's edges on the same fractions of a point, clear
			// of a half (snapColumns).
			for c := 0.0; c < n; c++ {
				for _, x := range []float64{left + c*(colW+gap), left + c*(colW+gap) + colW} {
					frac := x - math.Floor(x)
					if math.Abs(frac-0.5) < 0.2-1e-9 {
						t.Errorf("column %g has an edge at %g, near a half point", c, x)
					}
				}
			}
		})
	}
}

// TestBuilderWholeColumns checks every paper in both layouts: horizontal
// columns hold a whole number of body characters and stay inside the
// margins; vertical tiers keep their exact share of the turned paper.
func TestBuilderWholeColumns(t *testing.T) {
	for paper := range paperSizes {
		for _, layout := range []Layout{LayoutFlow, LayoutNewspaper} {
			for _, vertical := range []bool{false, true} {
				cfg := &config{paperName: paper, layout: layout, vertical: vertical}
				if err := cfg.resolve(); err != nil {
					t.Fatalf("%s: %v", paper, err)
				}
				if vertical {
					cfg = cfg.turned()
				}
				b := newBuilder(cfg, nil, nil, nil, "zh-Hans")
				n := float64(cfg.columns)
				chars := b.colW / cfg.bodySize
				whole := math.Abs(chars-math.Round(chars)) < 1e-9
				switch {
				case !vertical && !whole:
					t.Errorf("%s layout %d: a column holds %.3f characters", paper, layout, chars)
				case vertical && b.gap != cfg.gap:
					t.Errorf("%s layout %d vertical: gap %g changed from %g", paper, layout, b.gap, cfg.gap)
				}
				end := b.xs[len(b.xs)-1] + b.colW
				if b.left < cfg.margins[3]-1e-9 || end > cfg.paperW-cfg.margins[1]+1e-9 {
					t.Errorf("%s layout %d vertical %v: columns span %g–%g, outside the margins", paper, layout, vertical, b.left, end)
				}
				if math.Abs(n*b.colW+(n-1)*b.gap-b.contentW) > 1e-6 {
					t.Errorf("%s: columns and gaps do not fill contentW", paper)
				}
			}
		}
	}
}
