package pdf

import (
	"fmt"
	"math"
	"slices"
	"strings"
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

func TestShallowColumns(t *testing.T) {
	for _, tc := range []struct {
		f    blockFit
		w    int
		want int
	}{
		{blockFit{body: 3, lines: 9}, 3, 3},  // three stubs of three lines
		{blockFit{body: 3, lines: 3}, 1, 0},  // one column: a brief, not a stub
		{blockFit{body: 6, lines: 12}, 2, 0}, // two full columns
		{blockFit{body: 6, lines: 8}, 2, 1},  // two lines beside six
		{blockFit{body: 6, lines: 10}, 2, 0}, // four lines beside six: the last may end a line short
		{blockFit{body: 5, lines: 13}, 3, 1}, // 5, 5, 3 lines
		{blockFit{body: 5, lines: 14}, 3, 0}, // 5, 5, 4 lines: the last may end a line short
		{blockFit{body: 5, lines: 12}, 3, 1}, // 5, 5, 2
		{blockFit{body: 4, lines: 16}, 4, 4}, // four columns of four lines
		{blockFit{rows: 2, body: 0, lines: 0}, 3, 0},
	} {
		if got := shallowColumns(tc.f, tc.w); got != tc.want {
			t.Errorf("shallowColumns(%+v, %d) = %d; want %d", tc.f, tc.w, got, tc.want)
		}
	}
}

// TestMakeupBriefs: a page of six briefs (six to twelve lines each) on
// a tabloid page of five columns is made up without blocks of shallow
// columns: some of the briefs take one column each, as papers set them,
// rather than every brief spread over two or three columns of three or
// four lines.
func TestMakeupBriefs(t *testing.T) {
	d := &doc.Document{Lang: "zh-Hans"}
	for i, n := range []int{9, 7, 12, 8, 10, 6} {
		d.Articles = append(d.Articles, &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: fmt.Sprintf("第%d条简讯", i+1)},
			{Kind: doc.KindParagraph, Text: strings.Repeat("新闻正文，内容详实。", n)}}})
	}
	b, pages := makeUp(t, d, WithPaper("Tabloid"))
	checkGeometry(t, b, pages)
	if len(pages) != 1 {
		t.Fatalf("%d pages; want 1", len(pages))
	}
	narrow := 0
	for _, bl := range pages[0].Blocks {
		if bl.Columns == 1 {
			narrow++
		}
		rows := int((bl.Y+bl.H-bl.HeadBottom)/b.pitch + eps)
		if bl.Columns > 1 && rows < minColumnRows {
			t.Errorf("story %d: %d columns of %d lines", bl.Story, bl.Columns, rows)
		}
	}
	if narrow == 0 {
		t.Errorf("no brief in one column: %+v", pages[0].Blocks)
	}
}

// lineBox is the box text extraction gives a horizontal line: its glyphs'
// extent across, ascent 0.88 and descent 0.12 of its size down.
func lineBox(l placedLine) [4]float64 {
	gs := l.Line.Glyphs
	x0, x1 := l.X+gs[0].X, l.X+gs[len(gs)-1].X+gs[len(gs)-1].Advance
	return [4]float64{x0, l.Y - 0.88*l.Size, x1, l.Y + 0.12*l.Size}
}

// crossedLines returns the pairs of lines of p whose boxes overlap,
// separators included: check_makeup.py reads a separator's soft hyphen as
// a line like any other.
func crossedLines(p *pageLayout) []string {
	var ls []placedLine
	for _, l := range p.Lines {
		if !l.Artifact && !l.Vertical && len(l.Line.Glyphs) > 0 {
			ls = append(ls, l)
		}
	}
	var out []string
	for i := range ls {
		for j := range i {
			a, c := lineBox(ls[i]), lineBox(ls[j])
			if a[0] < c[2]-0.5 && c[0] < a[2]-0.5 && a[1] < c[3]-0.5 && c[1] < a[3]-0.5 {
				out = append(out, fmt.Sprintf("%q (separator %v) at (%.0f,%.0f) and %q (separator %v) at (%.0f,%.0f)",
					lineText(ls[i]), ls[i].Separator, a[0], a[1], lineText(ls[j]), ls[j].Separator, c[0], c[1]))
			}
		}
	}
	return out
}

// TestHeadlessBriefBeside: a short article with no head set beside a
// short article with one (ko-news1: a wire item after a News1 item) starts
// level with its neighbour's first line, under the separator between the
// heads and the columns, not the empty head's padding above it, across
// the separator.
func TestHeadlessBriefBeside(t *testing.T) {
	d := &doc.Document{Lang: "ko", Articles: []*doc.Node{
		{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: "标题"}, para(6 * 21)}},
		{Kind: doc.KindArticle, Children: []*doc.Node{para(5 * 21)}},
	}}
	for _, paper := range []string{"A3", "Tabloid", "Broadsheet"} {
		b, pages := buildTest(t, d, WithPaper(paper), WithLayout(LayoutFlow))
		if len(pages) != 1 {
			t.Fatalf("%s: %d pages; want 1", paper, len(pages))
		}
		tops := map[int]float64{}
		for _, l := range pages[0].Lines {
			if l.Block < 0 || l.Size > 1.5*b.cfg.bodySize {
				continue
			}
			if y, ok := tops[l.Block]; !ok || l.Y < y {
				tops[l.Block] = l.Y
			}
		}
		if len(tops) != 2 {
			t.Fatalf("%s: %d bodies %v; want 2", paper, len(tops), tops)
		}
		var ys []float64
		for _, y := range tops {
			ys = append(ys, y)
		}
		if math.Abs(ys[0]-ys[1]) > eps {
			t.Errorf("%s: the bodies start at y=%.1f and %.1f; want level", paper, ys[0], ys[1])
		}
		for _, c := range crossedLines(pages[0]) {
			t.Errorf("%s: lines overlap: %s", paper, c)
		}
	}
}
