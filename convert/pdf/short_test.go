package pdf

import (
	"math"
	"slices"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// shortDoc is articles with a headline and one paragraph of n runes each.
func shortDoc(ns ...int) *doc.Document {
	d := &doc.Document{Lang: "zh-Hans"}
	for _, n := range ns {
		d.Articles = append(d.Articles, &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "标题"}, para(n)}})
	}
	return d
}

// bodyColumns returns, for each column x of page p holding body lines of
// article block, the number of its lines (the body of the k-th article
// is block 2k+2: its head is block 2k+1 under gridBreak, one node each).
func bodyColumns(p *pageLayout, b *builder) map[float64]int {
	out := map[float64]int{}
	for x, ls := range columnsOf(p, b) {
		out[x] = len(ls)
	}
	return out
}

// TestShortArticleFewerColumns: an article too short to give every
// column of the page minColumnRows lines takes fewer columns, about
// minColumnRows lines each, its head across them only; a long one takes
// them all.
func TestShortArticleFewerColumns(t *testing.T) {
	for _, tc := range []struct {
		name  string
		runes int
		cols  int // columns it takes, of 3
	}{
		{"seven lines", 7*21 - 3, 1},
		{"nine lines", 9*21 - 3, 1},
		{"twelve lines", 12*21 - 3, 2},
		{"fourteen lines", 14*21 - 3, 2},
		{"thirty lines", 30*21 - 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, pages := buildTest(t, shortDoc(tc.runes), WithColumns(3), WithPaper("A3"), WithLayout(LayoutFlow))
			if len(pages) != 1 {
				t.Fatalf("%d pages; want 1", len(pages))
			}
			cols := bodyColumns(pages[0], b)
			if len(cols) != tc.cols {
				t.Fatalf("body in %d columns %v; want %d", len(cols), cols, tc.cols)
			}
			for x, n := range cols {
				if !slices.Contains(b.xs[:tc.cols], x) {
					t.Errorf("a column at x=%.1f; want the first %d of %v", x, tc.cols, b.xs)
				}
				if tc.cols > 1 && n < minColumnRows-1 {
					t.Errorf("column x=%.1f holds %d lines; want at least %d", x, n, minColumnRows-1)
				}
			}
			right := b.left + b.blockWidth(tc.cols)
			for _, l := range pages[0].Lines {
				if l.Size > 1.5*b.cfg.bodySize && (l.ReachEnd > right+eps || l.X+l.Line.Width > right+eps) {
					t.Errorf("head line at x=%.1f..%.1f reaches %.1f; want within its %d columns (to %.1f)",
						l.X, l.X+l.Line.Width, l.ReachEnd, tc.cols, right)
				}
			}
		})
	}
}

// TestShortArticlesSideBySide: short articles in a row stand side by side
// under one strip's top, their columns starting on one line, a rule
// between them; an article that does not fit beside them starts below
// the deepest one, under a rule across the page.
func TestShortArticlesSideBySide(t *testing.T) {
	b, pages := buildTest(t, shortDoc(6*21, 8*21, 7*21, 60*21), WithColumns(3), WithPaper("A3"), WithLayout(LayoutFlow))
	if len(pages) != 1 {
		t.Fatalf("%d pages; want 1", len(pages))
	}
	p := pages[0]
	type span struct{ top, bottom, x float64 }
	blocks := map[int]*span{}
	var order []int
	for _, l := range p.Lines {
		if l.Block < 0 || l.Size > 1.5*b.cfg.bodySize {
			continue
		}
		s := blocks[l.Block]
		if s == nil {
			s = &span{top: l.Y, bottom: l.Y, x: l.X}
			blocks[l.Block] = s
			order = append(order, l.Block)
		}
		s.top, s.bottom, s.x = math.Min(s.top, l.Y), math.Max(s.bottom, l.Y), math.Min(s.x, l.X)
	}
	if len(order) != 4 {
		t.Fatalf("%d bodies; want 4", len(order))
	}
	first, second, third, long := blocks[order[0]], blocks[order[1]], blocks[order[2]], blocks[order[3]]
	for i, s := range []*span{first, second, third} {
		if math.Abs(s.top-first.top) > eps {
			t.Errorf("brief %d starts at y=%.1f; want %.1f, level with the first", i+1, s.top, first.top)
		}
		if math.Abs(s.x-b.xs[i]) > eps {
			t.Errorf("brief %d in the column at x=%.1f; want %.1f", i+1, s.x, b.xs[i])
		}
	}
	deepest := math.Max(first.bottom, math.Max(second.bottom, third.bottom))
	if long.top < deepest+b.pitch {
		t.Errorf("the long article starts at y=%.1f, within the strip above (its foot %.1f)", long.top, deepest)
	}
	var vertical, across int
	for _, r := range p.Rules {
		switch {
		case r.X1 == r.X2 && !r.Gray && r.Y1 < first.top && r.Y2 >= deepest:
			vertical++
		case r.Y1 == r.Y2 && r.X2-r.X1 > b.contentW-eps && r.Y1 > deepest && r.Y1 < long.top:
			across++
		}
	}
	if vertical != 2 || across != 1 {
		t.Errorf("%d rules between the briefs (want 2, the strip's depth) and %d across the page above the long article (want 1)", vertical, across)
	}
}
