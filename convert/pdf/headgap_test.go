package pdf

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestHeadLinesTextBoxesApart: the lines of an article's head that belong
// to different nodes (kicker, headline, subheadline) have text boxes, as a
// PDF reader makes them from the font descriptors' ascent and descent,
// that do not overlap: pdftotext joins overlapping boxes of a headline and
// the subheadline under it, and with another article's head beside them
// (the flow layout's short articles side by side) reads their lines out of
// order.
func TestHeadLinesTextBoxesApart(t *testing.T) {
	body, heading := embedded(t)
	bd, err := body.Descriptor()
	if err != nil {
		t.Fatal(err)
	}
	hd, err := heading.Descriptor()
	if err != nil {
		t.Fatal(err)
	}
	asc := float64(max(bd.Ascent, hd.Ascent)) / 1000
	desc := float64(max(-bd.Descent, -hd.Descent)) / 1000
	n := func(k doc.Kind, s string) *doc.Node { return &doc.Node{Kind: k, Text: s} }
	d := &doc.Document{Lang: "ja", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		n(doc.KindKicker, "書評"),
		n(doc.KindHeadline, "岬の灯を守った最後の人"),
		n(doc.KindSubheadline, "『灯台守の冬』（三浦遥著、青潮社・１９８０円）"),
		n(doc.KindSubheadline, "戦後の小さな島の記録"),
		n(doc.KindParagraph, "北の岬に立つ無人灯台を、最後の灯台守だった祖父の日誌からたどる長編である。"),
	}}}}
	for _, paper := range []string{"Letter", "A4", "A5"} {
		for _, lay := range []Layout{LayoutFlow, LayoutNewspaper} {
			name := map[Layout]string{LayoutFlow: "flow", LayoutNewspaper: "newspaper"}[lay]
			t.Run(paper+"/"+name, func(t *testing.T) {
				cfg, err := New(WithFonts(body, heading), WithPaper(paper), WithLayout(lay)).config()
				if err != nil {
					t.Fatal(err)
				}
				b, _ := prepare(cfg, d, nil)
				pages := b.build(d)
				var head []placedLine
				for _, l := range pages[0].Lines {
					if l.Size > 1.05*b.cfg.bodySize && !l.Artifact {
						head = append(head, l)
					}
				}
				// The node a line is of, by its text: the make-up does
				// not number its head's blocks.
				node := func(l placedLine) int {
					for i, c := range d.Articles[0].Children[:4] {
						if strings.Contains(c.Text, lineText(l)) {
							return i
						}
					}
					t.Fatalf("head line %q of no head node", lineText(l))
					return -1
				}
				blocks := map[int]bool{}
				for i := 1; i < len(head); i++ {
					p, l := head[i-1], head[i]
					blocks[node(p)], blocks[node(l)] = true, true
					if node(p) == node(l) {
						continue
					}
					if bottom, top := p.Y+desc*p.Size, l.Y-asc*l.Size; top < bottom-eps {
						t.Errorf("%q over %q: text boxes overlap by %.2f pt", lineText(p), lineText(l), bottom-top)
					}
				}
				if len(blocks) < 4 {
					t.Fatalf("head lines of %d nodes found; want 4 (kicker, headline, two subheadlines): %d lines", len(blocks), len(head))
				}
			})
		}
	}
}
