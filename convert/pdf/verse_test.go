package pdf

import (
	"math"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// verseDoc is a poem of two stanzas between two paragraphs, the first
// stanza's second line too long for any column.
func verseDoc() (*doc.Document, [][]string) {
	stanzas := [][]string{
		{"雪落下来的时候", strings.Repeat("母亲把灯又拧亮了一点", 4), "锅里的汤圆翻着身"},
		{"父亲的酒盅空了两回", "窗外的河结了薄冰", "谁也没有先停下筷子"},
	}
	body := []*doc.Node{
		{Kind: doc.KindHeadline, Text: "冬至夜"},
		{Kind: doc.KindParagraph, Text: strings.Repeat("又一年冬至，街上飘着汤圆的香气。", 3)},
	}
	for _, s := range stanzas {
		body = append(body, &doc.Node{Kind: doc.KindVerse, Text: strings.Join(s, "\n")})
	}
	body = append(body, &doc.Node{Kind: doc.KindParagraph, Text: strings.Repeat("本报副刊即日起征集散文、诗歌作品。", 3)})
	return &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: body}}}, stanzas
}

// TestVerseLines: each line of a stanza starts a line at the column's
// start, with no indent, its glyphs at their natural advances (not
// justified); a line too long for the column goes on under itself a
// hanging em in; the lines of a stanza stand a grid line apart, and the
// next stanza a grid line further (one empty line) unless it starts a
// column. Across the page every verse line reads as reaching the
// column's end for text extraction (ReachEnd), as check_pdf.py asks of a
// column's lines.
func TestVerseLines(t *testing.T) {
	d, stanzas := verseDoc()
	for _, tt := range []struct {
		name string
		opts []Option
	}{
		{"A4 flow", []Option{WithLayout(LayoutFlow), WithPaper("A4")}},
		{"A4 newspaper", []Option{WithLayout(LayoutNewspaper), WithPaper("A4")}},
		{"A3 newspaper", []Option{WithLayout(LayoutNewspaper), WithPaper("A3")}},
		{"A4 flow vertical", []Option{WithLayout(LayoutFlow), WithPaper("A4"), WithVertical(true)}},
		{"A3 newspaper vertical", []Option{WithLayout(LayoutNewspaper), WithPaper("A3"), WithVertical(true)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, pages := buildPages(t, d, tt.opts...)
			vertical := strings.Contains(tt.name, "vertical")
			var lines []placedLine
			for _, p := range pages {
				for _, l := range p.Lines {
					if !l.Separator && !l.Artifact {
						lines = append(lines, l)
					}
				}
			}
			// Find the poem's first line, then match the placed lines
			// to the verse lines they set.
			at := -1
			for i, l := range lines {
				if l.text() == stanzas[0][0] {
					at = i
					break
				}
			}
			if at < 0 {
				t.Fatalf("no line reads %q", stanzas[0][0])
			}
			size := b.cfg.bodySize
			var prev *placedLine
			for si, st := range stanzas {
				for li, vl := range st {
					got := ""
					for part := 0; got != vl; part++ {
						if at >= len(lines) || !strings.HasPrefix(vl, got+lines[at].text()) {
							t.Fatalf("stanza %d line %d: placed lines read %q, then %q", si, li, got, lines[at].text())
						}
						l := lines[at]
						at++
						got += l.text()
						gs := l.Line.Glyphs
						wantX := 0.0
						if part > 0 {
							wantX = verseHang * size
						}
						if math.Abs(gs[0].X+gs[0].Offset-wantX) > 0.01 {
							t.Errorf("stanza %d line %d part %d starts at %.2f, want %.2f", si, li, part, gs[0].X, wantX)
						}
						for k := 1; k < len(gs); k++ {
							if math.Abs(gs[k].X-(gs[k-1].X+gs[k-1].Advance)) > 0.01 {
								t.Errorf("stanza %d line %d part %d: glyph %d at %.2f, spread from %.2f (justified)", si, li, part, k, gs[k].X, gs[k-1].X+gs[k-1].Advance)
								break
							}
						}
						if end := gs[len(gs)-1].X + gs[len(gs)-1].Advance; end > b.colW+0.01 {
							t.Errorf("stanza %d line %d part %d ends at %.2f past the column (%.2f)", si, li, part, end, b.colW)
						}
						if !vertical && math.Abs(l.ReachEnd-(l.X+b.colW)) > 0.01 {
							t.Errorf("stanza %d line %d part %d reads as ending at %.2f, want the column's end %.2f", si, li, part, l.ReachEnd, l.X+b.colW)
						}
						if prev != nil {
							// Down the column: a grid line, two from a
							// stanza's last line to the next's first.
							step, across := l.Y-prev.Y, math.Abs(l.X-prev.X) > 0.01
							if vertical {
								step, across = prev.X-l.X, math.Abs(l.Y-prev.Y) > 0.01
							}
							want := b.pitch
							if li == 0 && part == 0 {
								want = 2 * b.pitch
							}
							if !across && math.Abs(step-want) > 0.01 {
								t.Errorf("stanza %d line %d part %d: %.2f from the line before, want %.2f", si, li, part, step, want)
							}
						}
						prev = &lines[at-1]
					}
					if li == 1 && si == 0 && got == vl && lines[at-1].text() == vl {
						t.Errorf("the long line did not wrap")
					}
				}
			}
		})
	}
}
