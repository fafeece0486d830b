package pdf

import (
	"fmt"
	"path/filepath"
	"testing"
)

// TestLastLinesNatural checks every sample in both layouts, both
// directions and on A3 and A4: a paragraph's last line, and a line ending
// at a forced break, stays ragged at its natural width, never letter- or
// word-spaced to the measure (its only gaps are the quarter-em CJK–Latin
// spaces, its word spaces unstretched). A table row's gaps are its
// columns (layout.Table), not justification, and so are those of a row set
// as text when its table does not fit (layout.Options.Fields).
func TestLastLinesNatural(t *testing.T) {
	files, err := filepath.Glob("../../samples/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	checked := 0
	for _, f := range files {
		d := readText(t, f)
		for _, paper := range []string{"A3", "A4"} {
			for _, lay := range []Layout{LayoutNewspaper, LayoutFlow} {
				for _, vertical := range []bool{false, true} {
					name := fmt.Sprintf("%s %s %v vertical=%v", filepath.Base(f), paper, lay, vertical)
					cfg, err := New(WithLayout(lay), WithPaper(paper), WithVertical(vertical)).config()
					if err != nil {
						t.Fatal(err)
					}
					b, _ := prepare(cfg, d, nil)
					for pi, p := range b.build(d) {
						for _, l := range p.Lines {
							if !(l.Line.Last || l.Line.Hard) || l.Separator || l.Row || l.Fields || len(l.Line.Glyphs) < 2 {
								continue
							}
							checked++
							for k, g := range l.Line.Glyphs[:len(l.Line.Glyphs)-1] {
								if g.Gap > 0.26*l.Size || (g.Text == " " && g.Advance > g.Natural+0.01) {
									t.Errorf("%s p%d: last line %q spaced out after glyph %d %q (%.2fem)", name, pi+1, lineText(l), k, g.Text, (g.Gap+g.Advance-g.Natural)/l.Size)
									break
								}
							}
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no last lines checked")
	}
}
