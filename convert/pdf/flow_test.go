package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// lines makes n one-slot items of height 10; keep marks the indexes that
// must not end a column.
func lines(n int, keep ...int) []item {
	its := make([]item, n)
	for i := range its {
		its[i].h = 10
	}
	for _, k := range keep {
		its[k].keep = true
	}
	return its
}

func TestFillColumn(t *testing.T) {
	tests := []struct {
		name     string
		items    []item
		colH     float64
		wantEnd  int
		wantUsed float64
	}{
		{"all fit", lines(3), 100, 3, 30},
		{"full column", lines(12), 100, 10, 100},
		{"kept line moves on", lines(12, 9), 100, 9, 90},
		{"kept run moves on", lines(12, 7, 8, 9), 100, 7, 70},
		{"kept run longer than column breaks where full", lines(12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 100, 10, 100},
		{"taller than column still progresses", []item{{h: 150}, {h: 10}}, 100, 1, 150},
		{"space dropped at column top", []item{{h: 10, space: 30}, {h: 10, space: 30}}, 50, 2, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end, used := fillColumn(tt.items, 0, tt.colH)
			if end != tt.wantEnd || used != tt.wantUsed {
				t.Errorf("fillColumn = %d, %g; want %d, %g", end, used, tt.wantEnd, tt.wantUsed)
			}
		})
	}
}

func TestBalance(t *testing.T) {
	tests := []struct {
		name  string
		items []item
		n     int
		want  float64
		ok    bool
	}{
		{"even", lines(10), 2, 50, true},
		{"odd: first column one longer", lines(11), 2, 60, true},
		{"three columns", lines(9), 3, 30, true},
		{"keep pushes a line", lines(10, 4), 2, 60, true},
		{"does not fit", lines(30), 2, 100, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, ok := balance(tt.items, 0, tt.n, 100, 10)
			if h != tt.want || ok != tt.ok {
				t.Errorf("balance = %g, %v; want %g, %v", h, ok, tt.want, tt.ok)
			}
			if ok {
				if end, _ := fitColumns(tt.items, 0, tt.n, h); end != len(tt.items) {
					t.Errorf("balanced height %g holds only %d of %d items", h, end, len(tt.items))
				}
			}
		})
	}
}

// testFace is a font with every BMP rune except those in missing, all one em wide.
type testFace struct{ missing string }

func (f testFace) Name() string           { return "Test" }
func (f testFace) Data() []byte           { return nil }
func (f testFace) Has(r rune) bool        { return r <= 0xFFFF && !strings.ContainsRune(f.missing, r) }
func (f testFace) Advance(r rune) float64 { return 1 }
func (f testFace) Ascent() float64        { return 0.88 }
func (f testFace) Descent() float64       { return 0.12 }

// gridBreak is a trivial breaker: as many one-em runes per line as fit.
func gridBreak(text string, m layout.Measurer, o layout.Options) []layout.Line {
	per := int(o.Width / m.Em())
	rs := []rune(text)
	var out []layout.Line
	for i := 0; i < len(rs); {
		n := per
		if i == 0 {
			n -= int(o.Indent)
		}
		j := min(i+n, len(rs))
		var l layout.Line
		for k := i; k < j; k++ {
			l.Glyphs = append(l.Glyphs, layout.Glyph{Text: string(rs[k]), X: float64(k-i) * m.Em(), Advance: m.Em(), Natural: m.Em()})
		}
		l.Last = j == len(rs)
		out = append(out, l)
		i = j
	}
	return out
}

// buildTest lays out d with test faces and the grid breaker.
func buildTest(t *testing.T, d *doc.Document, opts ...Option) (*builder, []*Page) {
	t.Helper()
	opts = append([]Option{WithFonts(testFace{}, testFace{}), WithMargins(20, 20, 20, 20)}, opts...)
	cfg, err := New(opts...).config()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prepare(cfg, d, gridBreak)
	return b, b.build(d)
}

// para returns a paragraph of n runes, each rune marking its index.
func para(n int) *doc.Node {
	return &doc.Node{Kind: doc.KindParagraph, Text: strings.Repeat("文", n)}
}

// bodyLines returns the body (flow) lines of a page grouped by column,
// keyed by the column's x.
func columnsOf(p *Page, b *builder) map[float64][]PlacedLine {
	cols := map[float64][]PlacedLine{}
	for _, l := range p.Lines {
		if l.Block < 0 || l.Size > 1.5*b.cfg.bodySize {
			continue // footer and head
		}
		cols[l.X] = append(cols[l.X], l)
	}
	return cols
}

func TestFlowDownColumnsThenPages(t *testing.T) {
	a := &doc.Node{Kind: doc.KindArticle}
	for range 40 {
		a.Children = append(a.Children, para(100))
	}
	d := &doc.Document{Articles: []*doc.Node{a}}
	b, pages := buildTest(t, d)
	if len(pages) < 2 {
		t.Fatalf("40 paragraphs fit on %d page(s); want at least 2", len(pages))
	}
	// Reading order (page, column left to right, top to bottom) must visit
	// blocks in document order.
	last := 0
	for pi, p := range pages {
		cols := columnsOf(p, b)
		if pi < len(pages)-1 && len(cols) != 2 {
			t.Errorf("page %d uses %d columns; want 2", pi+1, len(cols))
		}
		for _, x := range b.xs {
			prevY := -1.0
			for _, l := range cols[x] {
				if l.Block < last {
					t.Fatalf("page %d column x=%.0f: block %d after block %d", pi+1, x, l.Block, last)
				}
				if l.Y <= prevY {
					t.Fatalf("page %d: line at y=%.1f not below %.1f", pi+1, l.Y, prevY)
				}
				last, prevY = l.Block, l.Y
				if l.Y > b.bottom+eps {
					t.Fatalf("page %d: line at y=%.1f below the text area (%.1f)", pi+1, l.Y, b.bottom)
				}
			}
		}
	}
}

func TestKeepWithNextAndWidows(t *testing.T) {
	// Many sizes of paragraphs and headings: whatever the breaks, a heading
	// never ends a column and no paragraph leaves one line alone at a
	// column's top or bottom.
	for _, n := range []int{30, 45, 61, 77, 90, 100} {
		a := &doc.Node{Kind: doc.KindArticle}
		for i := range 30 {
			sec := &doc.Node{Kind: doc.KindSection, Children: []*doc.Node{{Kind: doc.KindHeading, Text: "小标题"}}}
			sec.Children = append(sec.Children, para(n+i*7))
			a.Children = append(a.Children, sec)
		}
		d := &doc.Document{Articles: []*doc.Node{a}}
		b, pages := buildTest(t, d)
		count := map[int]int{}
		for _, p := range pages {
			for _, ls := range columnsOf(p, b) {
				for _, l := range ls {
					count[l.Block]++
				}
			}
		}
		for pi, p := range pages {
			for x, ls := range columnsOf(p, b) {
				first, lastL := ls[0], ls[len(ls)-1]
				if lastL.Size > b.cfg.bodySize && pi < len(pages)-1 {
					t.Errorf("n=%d page %d column x=%.0f ends with a heading", n, pi+1, x)
				}
				if count[lastL.Block] > 1 && (len(ls) < 2 || ls[len(ls)-2].Block != lastL.Block) {
					t.Errorf("n=%d page %d column x=%.0f: paragraph's first line alone at the bottom", n, pi+1, x)
				}
				if count[first.Block] > 1 && (len(ls) < 2 || ls[1].Block != first.Block) {
					t.Errorf("n=%d page %d column x=%.0f: paragraph's last line alone at the top", n, pi+1, x)
				}
			}
		}
	}
}

func TestLastPageBalanced(t *testing.T) {
	for _, paras := range []int{1, 3, 7, 12} {
		a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: "标题"}}}
		for range paras {
			a.Children = append(a.Children, para(110))
		}
		d := &doc.Document{Articles: []*doc.Node{a}}
		b, pages := buildTest(t, d)
		cols := columnsOf(pages[len(pages)-1], b)
		n0, n1 := len(cols[b.xs[0]]), len(cols[b.xs[1]])
		if n0 < n1 || n0-n1 > 3 {
			t.Errorf("%d paragraphs: last page columns hold %d and %d lines; want balanced", paras, n0, n1)
		}
	}
}

func TestUncoveredRunesWarn(t *testing.T) {
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindParagraph, Text: "甲乙丙", Line: 3},
		{Kind: doc.KindParagraph, Text: "古𠮷丁", Line: 7},
	}}
	d := &doc.Document{Articles: []*doc.Node{a}}
	cfg, err := New(WithFonts(testFace{missing: "乙"}, testFace{missing: "乙"})).config()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prepare(cfg, d, gridBreak)
	pages := b.build(d)
	if len(b.warns) != 2 || b.warns[0].Line != 3 || !strings.Contains(b.warns[0].Message, "U+4E59") ||
		b.warns[1].Line != 7 || !strings.Contains(b.warns[1].Message, "U+20BB7") {
		t.Fatalf("warnings = %v; want U+4E59 on line 3 and U+20BB7 on line 7", b.warns)
	}
	var text strings.Builder
	for _, l := range pages[0].Lines {
		for _, g := range l.Line.Glyphs {
			text.WriteString(g.Text)
		}
	}
	if s := text.String(); !strings.Contains(s, "甲〓丙") || !strings.Contains(s, "古〓丁") {
		t.Errorf("set text %q; want 〓 in place of the missing characters", s)
	}
}

func TestParsePaper(t *testing.T) {
	tests := []struct {
		in   string
		w, h float64
		err  bool
	}{
		{"A4", 595.28, 841.89, false},
		{"letter", 612, 792, false},
		{"200x280", 566.93, 793.7, false},
		{"B9", 0, 0, true},
		{"10x10", 0, 0, true},
	}
	for _, tt := range tests {
		w, h, err := ParsePaper(tt.in)
		if (err != nil) != tt.err || (err == nil && (abs(w-tt.w) > 0.01 || abs(h-tt.h) > 0.01)) {
			t.Errorf("ParsePaper(%q) = %.2f, %.2f, %v", tt.in, w, h, err)
		}
	}
}

func abs(x float64) float64 { return max(x, -x) }

func TestDefaultColumns(t *testing.T) {
	tests := []struct {
		paper string
		want  int
	}{{"A4", 2}, {"B5", 1}, {"A3", 3}, {"Letter", 2}}
	for _, tt := range tests {
		cfg, err := New(WithPaper(tt.paper), WithFonts(testFace{}, testFace{})).config()
		if err != nil {
			t.Fatal(err)
		}
		if cfg.columns != tt.want {
			t.Errorf("%s: %d columns; want %d", tt.paper, cfg.columns, tt.want)
		}
	}
}

func TestEmptyDocument(t *testing.T) {
	_, pages := buildTest(t, &doc.Document{})
	if len(pages) != 1 {
		t.Fatalf("empty document gives %d pages; want 1", len(pages))
	}
}

func TestSplitHead(t *testing.T) {
	n := func(k doc.Kind) *doc.Node { return &doc.Node{Kind: k} }
	kinds := func(ns []*doc.Node) (s []doc.Kind) {
		for _, x := range ns {
			s = append(s, x.Kind)
		}
		return s
	}
	head, body := splitHead([]*doc.Node{n(doc.KindNote), n(doc.KindKicker), n(doc.KindHeadline), n(doc.KindParagraph), n(doc.KindHeadline)})
	if fmt.Sprint(kinds(head)) != "[kicker headline]" || fmt.Sprint(kinds(body)) != "[note paragraph headline]" {
		t.Errorf("splitHead = %v, %v", kinds(head), kinds(body))
	}
}
