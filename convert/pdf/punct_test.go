package pdf

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
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

// TestHantMarksKeepTheirInk sets Traditional Chinese with the embedded SC
// faces, whose 、，。； sit in the lower left of the cell: squeezing one from
// the left (negative Offset), as a centred TC mark may be, would draw it
// over the character before.
func TestHantMarksKeepTheirInk(t *testing.T) {
	text := strings.Repeat("他說。「好，」我們、也是；今年營收成長８％，創新高。", 12)
	d := &doc.Document{Lang: "zh-Hant", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "臺北報導"}, {Kind: doc.KindParagraph, Text: text}}}}}
	cfg, err := New().config()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prepare(cfg, d, layout.Break)
	marks := 0
	for _, p := range b.build(d) {
		for _, l := range p.Lines {
			for _, g := range l.Line.Glyphs {
				if strings.ContainsAny(g.Text, "、，。；") {
					marks++
					if g.Offset < -eps {
						t.Errorf("%q squeezed %.2f pt on its inked side in %q", g.Text, -g.Offset, lineString(l.Line))
					}
				}
			}
		}
	}
	if marks == 0 {
		t.Fatal("no marks set")
	}
}

func lineString(l layout.Line) string {
	var sb strings.Builder
	for _, g := range l.Glyphs {
		sb.WriteString(g.Text)
	}
	return sb.String()
}
