package pdf

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// mixedArticle is an article with every kind the column flow sets, in the
// orders that once split a column for text extraction: a dateline above a
// byline, captions between paragraphs, a heading after a short line.
func mixedArticle(paras int) *doc.Node {
	n := func(k doc.Kind, s string) *doc.Node { return &doc.Node{Kind: k, Text: s} }
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
		n(doc.KindHeadline, "标题"), n(doc.KindNote, "编者按：编者的话。"),
		n(doc.KindDateline, "本报讯"), n(doc.KindByline, "（记者 甲乙）"),
	}}
	for i := range paras {
		a.Children = append(a.Children, para(30+i*17), n(doc.KindCaption, "▲图片说明"))
		if i%3 == 1 {
			a.Children = append(a.Children, &doc.Node{Kind: doc.KindSection, Children: []*doc.Node{
				n(doc.KindHeading, "小标题"), para(50),
			}})
		}
	}
	a.Children = append(a.Children, n(doc.KindJump, "（下转第三版）"), n(doc.KindByline, "本报记者 丙丁"))
	return a
}

// buildReal lays out d with test faces and the real line breaker, which
// aligns lines as asked.
func buildReal(t *testing.T, d *doc.Document, opts ...Option) (*builder, []*pageLayout) {
	t.Helper()
	opts = append([]Option{WithFonts(testFace{}, testFace{}), WithMargins(20, 20, 20, 20)}, opts...)
	cfg, err := New(opts...).config()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prepare(cfg, d, layout.Break)
	return b, b.build(d)
}

// runs returns a page's flow lines column by column, top to bottom, cut
// into runs of lines on consecutive body slots.
func runs(p *pageLayout, b *builder) (out [][][]placedLine) {
	for _, x := range b.xs {
		var col []placedLine
		for _, l := range p.Lines {
			if l.Block >= 0 && l.Size <= 1.2*b.cfg.bodySize && l.X >= x-eps && l.X < x+b.colW {
				col = append(col, l)
			}
		}
		slices.SortFunc(col, func(a, c placedLine) int { return cmp.Compare(a.Y, c.Y) })
		var rs [][]placedLine
		for i, l := range col {
			if i == 0 || math.Abs(l.Y-col[i-1].Y-b.pitch) > eps {
				rs = append(rs, nil)
			}
			rs[len(rs)-1] = append(rs[len(rs)-1], l)
		}
		out = append(out, rs)
	}
	return out
}

// headBetween reports whether an article's head lies between two lines.
func headBetween(a, c placedLine, p *pageLayout, b *builder) bool {
	for _, l := range p.Lines {
		if l.Size > 1.2*b.cfg.bodySize && l.Y > a.Y && l.Y < c.Y {
			return true
		}
	}
	return false
}

// TestColumnOneBlock checks what keeps a column one text block for
// extraction: every line at the body size, baselines one body slot apart
// with no empty slot (a run of lines ends only where an article does), and
// the column's first line reaching across it.
func TestColumnOneBlock(t *testing.T) {
	for _, cols := range []int{1, 2, 3} {
		d := &doc.Document{Articles: []*doc.Node{mixedArticle(12), mixedArticle(3)}}
		b, pages := buildReal(t, d, WithColumns(cols))
		for pi, p := range pages {
			for ci, rs := range runs(p, b) {
				x := b.xs[ci]
				for ri, r := range rs {
					for _, l := range r {
						if l.Size != b.cfg.bodySize {
							t.Errorf("%d cols, page %d: %q at %gpt; want the body size", cols, pi+1, lineText(l), l.Size)
						}
					}
					l := r[0]
					// ... and past it by a line-end mark's empty half
					// (endOverhang), as a full line's mark reaches.
					if end := x + b.colW + endOverhang(l.Line); ri == 0 && (l.Reach != x || math.Abs(l.ReachEnd-end) > eps) {
						t.Errorf("%d cols, page %d: column's first line %q reaches %.1f–%.1f; want the column, %.1f–%.1f",
							cols, pi+1, lineText(l), l.Reach, l.ReachEnd, x, end)
					}
					// A section heading has a line of space above it (see
					// TestHeadingSpace); any other gap must hold a head.
					if ri > 0 && lineText(l) != "小标题" && !headBetween(rs[ri-1][len(rs[ri-1])-1], l, p, b) {
						t.Errorf("%d cols, page %d: a gap above %q with no head in it", cols, pi+1, lineText(l))
					}
				}
			}
		}
	}
}

// TestKindsStartClear checks where each kind's first line starts in its
// column: a dateline alone at the edge, every other kind (a dateline run
// into its paragraph too) at least an em in, so that a short line above
// reads as a block's end; a heading reads as reaching its band's end.
func TestKindsStartClear(t *testing.T) {
	kinds := []struct {
		kind doc.Kind
		text string
		edge bool // starts at the column's edge
	}{
		{doc.KindParagraph, "短段。", false},
		{doc.KindDateline, "本报讯", false}, // run into the paragraph after it
		{doc.KindByline, "记者 甲", false},
		{doc.KindCaption, "▲说明", false},
		{doc.KindHeading, "小标题", false},
		{doc.KindJump, "（下转第三版）", false},
		{doc.KindNote, "编者按：话。", false},
	}
	for _, k := range kinds {
		t.Run(string(k.kind), func(t *testing.T) {
			a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{para(120), {Kind: k.kind, Text: k.text}, para(120)}}
			b, pages := buildReal(t, &doc.Document{Articles: []*doc.Node{a}}, WithColumns(1))
			var got *placedLine
			for i, l := range pages[0].Lines {
				if strings.HasPrefix(strings.TrimSpace(lineText(l)), strings.Fields(k.text)[0]) {
					got = &pages[0].Lines[i]
				}
			}
			if got == nil {
				t.Fatalf("%s %q not set", k.kind, k.text)
			}
			in := got.start() - b.xs[0]
			switch {
			case k.edge && in > eps:
				t.Errorf("starts %.1fpt in; want at the column's edge", in)
			case !k.edge && in < b.cfg.bodySize-eps:
				t.Errorf("starts %.1fpt in; want at least an em (%.1f)", in, b.cfg.bodySize)
			}
			if k.kind == doc.KindHeading && got.ReachEnd < b.xs[0]+b.colW-eps {
				t.Errorf("heading reaches to %.1f; want its band's end %.1f", got.ReachEnd, b.xs[0]+b.colW)
			}
		})
	}
}

// start returns where a line's first inked glyph is drawn.
func (l placedLine) start() float64 {
	for _, g := range l.Line.Glyphs {
		if !isBlank(g.Text) {
			return l.X + g.X + g.Offset
		}
	}
	return l.X
}

func TestHeadReachesMeasure(t *testing.T) {
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindKicker, Text: "引题"}, {Kind: doc.KindHeadline, Text: "短标题"}, para(300),
	}}
	b, pages := buildReal(t, &doc.Document{Articles: []*doc.Node{a}}, WithColumns(4), WithPaper("A3"))
	n := 0
	// A lone short article may be set narrower than the page (its block):
	// its head reaches across its block's measure.
	left, right := b.left, b.left+b.contentW
	if len(pages[0].Blocks) > 0 {
		bl := pages[0].Blocks[0]
		left, right = bl.X, bl.X+bl.W
	}
	for _, l := range pages[0].Lines {
		if l.Size > 1.2*b.cfg.bodySize {
			n++
			if math.Abs(l.Reach-left) > eps || math.Abs(l.ReachEnd-right) > eps {
				t.Errorf("head line %q reaches %.1f–%.1f; want the measure %.1f–%.1f", lineText(l), l.Reach, l.ReachEnd, left, right)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d head lines; want kicker and headline", n)
	}
}

func TestNoArticleRuleAtPageFoot(t *testing.T) {
	b0, _ := buildTest(t, &doc.Document{})
	perPage := int((b0.bottom-b0.top)/b0.pitch) * len(b0.xs)
	a1 := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{paraLines(b0, perPage-4)}}
	a2 := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: "乙"}, para(200)}}
	b, pages := buildTest(t, &doc.Document{Articles: []*doc.Node{a1, a2}})
	if len(pages) != 2 {
		t.Fatalf("%d pages; want the second article to open page 2", len(pages))
	}
	for pi, p := range pages {
		last := 0.0
		for _, l := range p.Lines {
			if !l.Artifact {
				last = max(last, l.Y)
			}
		}
		for _, r := range p.Rules {
			if r.Width == 1 && r.Y1 > last {
				t.Errorf("page %d: article rule at y=%.1f below the last line (%.1f)", pi+1, r.Y1, last)
			}
			if r.Width == 1 && pi == 1 && r.Y1 < b.top+b.pitch {
				t.Errorf("page 2 opens with an article rule at y=%.1f", r.Y1)
			}
		}
	}
}

// TestClosingDateline checks that a bracketed dateline after the last
// paragraph, which closes the article (mainland features), is set flush
// right like a closing byline, not flush left where it reads as a line of
// the paragraph above.
func TestClosingDateline(t *testing.T) {
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{para(120), {Kind: doc.KindDateline, Text: "（本报郑州12月3日电）"}}}
	b, pages := buildReal(t, &doc.Document{Articles: []*doc.Node{a}}, WithColumns(1))
	for _, l := range pages[0].Lines {
		if lineText(l) == "（本报郑州12月3日电）" {
			if l.start()-b.xs[0] < 10*b.cfg.bodySize {
				t.Errorf("starts %.1fpt in; want flush right in a column %.1fpt wide", l.start()-b.xs[0], b.colW)
			}
			return
		}
	}
	t.Fatal("closing dateline not set on a line of its own")
}

// TestDatelineAlone checks that a dateline with no paragraph after it keeps
// a line of its own, flush left.
func TestDatelineAlone(t *testing.T) {
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{para(120), {Kind: doc.KindDateline, Text: "本报讯"}, {Kind: doc.KindCaption, Text: "▲说明"}}}
	b, pages := buildReal(t, &doc.Document{Articles: []*doc.Node{a}}, WithColumns(1))
	for _, l := range pages[0].Lines {
		if lineText(l) == "本报讯" {
			if in := l.start() - b.xs[0]; in > eps {
				t.Errorf("starts %.1fpt in; want at the column's edge", in)
			}
			return
		}
	}
	t.Fatal("dateline not set on a line of its own")
}
