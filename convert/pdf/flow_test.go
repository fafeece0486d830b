package pdf

import (
	"fmt"
	"slices"
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
		name      string
		items     []item
		colH      float64
		wantEnd   int
		wantUsed  float64
		wantClean bool
	}{
		{"all fit", lines(3), 100, 3, 30, true},
		{"full column", lines(12), 100, 10, 100, true},
		{"kept line moves on", lines(12, 9), 100, 9, 90, true},
		{"kept run moves on", lines(12, 7, 8, 9), 100, 7, 70, true},
		{"kept run longer than column breaks where full", lines(12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 100, 10, 100, false},
		{"taller than column still progresses", []item{{h: 150}, {h: 10}}, 100, 1, 150, true},
		{"kept line taller than column is a forced break", []item{{h: 150, keep: true}, {h: 10}}, 100, 1, 150, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end, used, clean := fillColumn(tt.items, 0, tt.colH)
			if end != tt.wantEnd || used != tt.wantUsed || clean != tt.wantClean {
				t.Errorf("fillColumn = %d, %g, %v; want %d, %g, %v", end, used, clean, tt.wantEnd, tt.wantUsed, tt.wantClean)
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
		// A paragraph's last two lines (the first kept: no widow) are not
		// balanced into one line per column, each alone.
		{"two-line remainder stays in one column", lines(2, 0), 2, 20, true},
		{"three-line paragraph stays in one column", lines(3, 0, 1), 2, 30, true},
		{"remainder then short paragraph", append(lines(2, 0), lines(2, 0)...), 2, 20, true},
		{"forced break accepted when nothing else fits", lines(12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 2, 60, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, ok := balance(tt.items, 0, tt.n, 100, 10)
			if h != tt.want || ok != tt.ok {
				t.Errorf("balance = %g, %v; want %g, %v", h, ok, tt.want, tt.ok)
			}
			if ok {
				if end, _, _ := fitColumns(tt.items, 0, tt.n, h); end != len(tt.items) {
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
func buildTest(t *testing.T, d *doc.Document, opts ...Option) (*builder, []*pageLayout) {
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
func columnsOf(p *pageLayout, b *builder) map[float64][]placedLine {
	cols := map[float64][]placedLine{}
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
	// (One paragraph is a short article, set in fewer columns:
	// TestShortArticleFewerColumns.)
	for _, paras := range []int{3, 7, 12} {
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
	// Layout keeps the original characters; drawing resolves each to its
	// stand-in, and nothing outside the BMP ever reaches fpdf.
	var set, drawn strings.Builder
	for _, l := range pages[0].Lines {
		for _, g := range l.Line.Glyphs {
			set.WriteString(g.Text)
			fi, text := l.Set.resolve(g.Text)
			if fi < 0 {
				t.Fatalf("%q resolves to no face; want 〓 from the test face", g.Text)
			}
			for _, r := range text {
				if r > 0xFFFF {
					t.Errorf("%q drawn as %q, outside the BMP", g.Text, text)
				}
			}
			drawn.WriteString(text)
		}
	}
	if s := set.String(); !strings.Contains(s, "甲乙丙") || !strings.Contains(s, "古𠮷丁") {
		t.Errorf("set text %q; want the original characters kept through layout", s)
	}
	if s := drawn.String(); !strings.Contains(s, "甲〓丙") || !strings.Contains(s, "古〓丁") {
		t.Errorf("drawn text %q; want 〓 in place of the missing characters", s)
	}
	if used := usedRunes(pages); !slices.Contains(used[0], geta) || slices.Contains(used[0], '乙') {
		t.Errorf("runes embedded %q; want 〓 and not the missing 乙", string(used[0]))
	}
}

func TestVariationSelectorDropped(t *testing.T) {
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindParagraph, Text: "葛\U000E0100城", Line: 2}}}
	d := &doc.Document{Articles: []*doc.Node{a}}
	b, pages := buildTest(t, d)
	if len(b.warns) != 0 {
		t.Errorf("warnings %v; want none for an uncovered variation selector", b.warns)
	}
	for _, l := range pages[0].Lines {
		if s := lineText(l); strings.Contains(s, "葛") && s != "葛城" {
			t.Errorf("set %q; want 葛城 with the selector dropped", s)
		}
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
		paper  string
		layout Layout
		want   int
	}{
		{"A4", LayoutAuto, 2}, {"B5", LayoutAuto, 1}, {"A3", LayoutFlow, 3}, {"Letter", LayoutAuto, 2},
		// Newspaper pages: the page grid of papers of that size.
		{"A3", LayoutAuto, 6}, {"Broadsheet", LayoutAuto, 8}, {"Tabloid", LayoutAuto, 5},
		{"A4", LayoutNewspaper, 4}, {"A5", LayoutNewspaper, 2}, {"400x560", LayoutNewspaper, 8},
	}
	for _, tt := range tests {
		cfg, err := New(WithPaper(tt.paper), WithLayout(tt.layout), WithFonts(testFace{}, testFace{})).config()
		if err != nil {
			t.Fatal(err)
		}
		if cfg.columns != tt.want {
			t.Errorf("%s layout %d: %d columns; want %d", tt.paper, tt.layout, cfg.columns, tt.want)
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

// paraLines returns a paragraph that the grid breaker sets in exactly n
// lines of a column of b, the last one short.
func paraLines(b *builder, n int) *doc.Node {
	per := int(b.colW / b.cfg.bodySize)
	return para(n*per - 2 - per/2) // 2 ems of indent, half a line short
}

func TestWidowRemainderStaysTogether(t *testing.T) {
	b0, _ := buildTest(t, &doc.Document{})
	perCol := int((b0.bottom - b0.top) / b0.pitch)
	perPage := perCol * len(b0.xs)
	// A paragraph two lines longer than a page leaves its last two lines
	// for the next page; they must not be balanced into one line per
	// column, each alone (the seed's first article once did that).
	for extra := 1; extra <= 5; extra++ {
		a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{paraLines(b0, perPage+extra)}}
		b, pages := buildTest(t, &doc.Document{Articles: []*doc.Node{a}})
		if len(pages) != 2 {
			t.Fatalf("extra=%d: %d pages; want 2", extra, len(pages))
		}
		cols := columnsOf(pages[1], b)
		n0, n1 := len(cols[b.xs[0]]), len(cols[b.xs[1]])
		if n0+n1 < 2 {
			t.Fatalf("extra=%d: page 2 holds %d lines; want the paragraph's last lines", extra, n0+n1)
		}
		for x, ls := range cols {
			if len(ls) == 1 {
				t.Errorf("extra=%d: page 2 column x=%.0f holds one line of a %d-line paragraph alone", extra, x, perPage+extra)
			}
		}
		if extra == 2 && (n0 != 2 || n1 != 0) {
			t.Errorf("two-line remainder set %d + %d; want both lines in the first column", n0, n1)
		}
		if extra == 1 {
			// One line over: a line is pulled over from page 1 so the
			// last line is not alone at the top of page 2.
			if n0 != 2 {
				t.Errorf("one line over: page 2 starts with %d lines; want 2 (one pulled over)", n0)
			}
		}
	}
}

// folioLinesOf returns the folio lines of a page: gray lines outside the
// column flow and the footer.
func folioLinesOf(p *pageLayout) []placedLine {
	var out []placedLine
	for _, l := range p.Lines {
		if l.Block == -1 && !l.Artifact && !l.Separator {
			out = append(out, l)
		}
	}
	return out
}

func lineText(l placedLine) string {
	var s strings.Builder
	for _, g := range l.Line.Glyphs {
		s.WriteString(g.Text)
	}
	return s.String()
}

func TestNoiseFolio(t *testing.T) {
	noise := func(s string) *doc.Node { return &doc.Node{Kind: doc.KindNoise, Text: s} }
	furniture := func(s string) *doc.Node { return &doc.Node{Kind: doc.KindNoise, Text: s, Furniture: true} }
	head := func(s string) *doc.Node { return &doc.Node{Kind: doc.KindHeadline, Text: s} }
	b0, _ := buildTest(t, &doc.Document{})
	perPage := int((b0.bottom-b0.top)/b0.pitch) * len(b0.xs)

	t.Run("in the top margin of the article's first page", func(t *testing.T) {
		// The first article leaves too little room on page 1 for the
		// second's head, which opens page 2.
		a1 := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{paraLines(b0, perPage-2)}}
		a2 := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
			noise("二〇二四年九月三日　星期二　　第三版"), head("乙"), para(80), furniture("—三—"),
		}}
		b, pages := buildTest(t, &doc.Document{Articles: []*doc.Node{a1, a2}})
		if len(pages) < 2 {
			t.Fatalf("%d pages; want the second article on page 2", len(pages))
		}
		if f := folioLinesOf(pages[0]); len(f) != 0 {
			t.Errorf("page 1 has folio %q; want none (its article has no noise)", lineText(f[0]))
		}
		f := folioLinesOf(pages[1])
		var texts []string
		for i, l := range f {
			texts = append(texts, lineText(l))
			if l.Y >= b.top || l.Y < 0 {
				t.Errorf("folio %q at y=%.1f; want in the top margin (0–%.1f)", texts[i], l.Y, b.top)
			}
			if l.Size >= b.cfg.bodySize {
				t.Errorf("folio set at %gpt; want smaller than the body", l.Size)
			}
			if i > 0 {
				prev := f[i-1]
				gap := l.X - (prev.X + prev.Line.Width)
				if l.Y == prev.Y && (gap <= 0 || gap >= l.Size) {
					t.Errorf("gap %.2f between folio fields; want between 0 and one em (%.1f)", gap, l.Size)
				}
			}
		}
		if got := strings.Join(texts, "|"); got != "二〇二四年九月三日|星期二|第三版|—三—" {
			t.Errorf("folio fields %q; want the noise fields in order", got)
		}
		for _, p := range pages {
			for _, ls := range columnsOf(p, b) {
				for _, l := range ls {
					if s := lineText(l); strings.Contains(s, "星期二") {
						t.Errorf("noise %q set in the column flow", s)
					}
				}
			}
		}
		ruled := false
		for _, r := range pages[1].Rules {
			if r.Y1 == r.Y2 && r.Y1 < b.top && r.Y1 > f[0].Y {
				ruled = true
			}
		}
		if !ruled {
			t.Error("no hairline under the folio")
		}
	})

	t.Run("above the head when the page opens mid-paragraph", func(t *testing.T) {
		// The first article runs a few lines onto page 2: a folio in page
		// 2's margin would be read inside its paragraph.
		a1 := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{paraLines(b0, perPage+8)}}
		a2 := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{noise("第三版"), head("乙"), para(80)}}
		b, pages := buildTest(t, &doc.Document{Articles: []*doc.Node{a1, a2}})
		if len(pages) != 2 {
			t.Fatalf("%d pages; want 2", len(pages))
		}
		f := folioLinesOf(pages[1])
		if len(f) != 1 || lineText(f[0]) != "第三版" {
			t.Fatalf("page 2 folio %v; want 第三版", f)
		}
		var headY, bodyMax float64
		for _, l := range pages[1].Lines {
			if l.Size > 1.5*b.cfg.bodySize {
				headY = l.Y
			} else if l.Block == 1 {
				bodyMax = max(bodyMax, l.Y)
			}
		}
		if y := f[0].Y; y < b.top || y <= bodyMax || y >= headY {
			t.Errorf("folio at y=%.1f; want in the text area between the first article (ends %.1f) and the head (%.1f)", y, bodyMax, headY)
		}
	})
}

// TestManyFolios: a document whose every article carries a folio (OCR of a
// whole edition) must keep a text area on every page. Reserving room for
// all folios at once once pushed the text area off the page, and the flow
// then opened pages without end.
func TestManyFolios(t *testing.T) {
	var arts []*doc.Node
	for i := range 200 {
		arts = append(arts, &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindNoise, Text: fmt.Sprintf("第%d版　要闻", i+1)},
			{Kind: doc.KindHeadline, Text: "标题"},
			para(30),
		}})
	}
	b0, _ := buildTest(t, &doc.Document{})
	b, pages := buildTest(t, &doc.Document{Articles: arts})
	if room := max(b0.top, b.folioRoom(maxFolioRows)); b.top > room+eps {
		t.Errorf("text area starts at %.1fpt; want at most %.1fpt (%d folio rows)", b.top, room, maxFolioRows)
	}
	if len(pages) > len(arts) {
		t.Errorf("%d pages for %d short articles; want fewer", len(pages), len(arts))
	}
	var folios int
	for _, p := range pages {
		for _, l := range folioLinesOf(p) {
			if strings.Contains(lineText(l), "版") {
				folios++
			}
		}
	}
	if folios != len(arts) {
		t.Errorf("%d folio fields with 版 set; want one per article (%d)", folios, len(arts))
	}
}

// TestRunawayHeadline: a head taller than a page (bad input: a whole story
// after "# ") continues on the next pages instead of running off the page.
func TestRunawayHeadline(t *testing.T) {
	head := &doc.Node{Kind: doc.KindHeadline, Text: strings.Repeat("标题很长", 800)}
	b, pages := buildTest(t, &doc.Document{Articles: []*doc.Node{
		{Kind: doc.KindArticle, Children: []*doc.Node{head, para(3)}},
	}})
	headLines := b.head([]*doc.Node{head}, b.contentW).lines
	if len(pages) < 2 {
		t.Fatalf("%d page(s) for a %d-line head; want it carried over", len(pages), len(headLines))
	}
	var set int
	for i, p := range pages {
		for _, l := range p.Lines {
			if l.Size <= b.cfg.bodySize || l.Artifact {
				continue // body text and footer
			}
			set++
			if l.Y-l.Size < b.top-eps || l.Y > b.bottom+eps {
				t.Errorf("page %d: head line at y=%.1f outside the text area %.1f–%.1f", i+1, l.Y, b.top, b.bottom)
			}
		}
	}
	if set != len(headLines) {
		t.Errorf("%d head lines set; want all %d", set, len(headLines))
	}
}

func TestTrailingBylineStaysWithText(t *testing.T) {
	// A short article balanced over two columns must not set its closing
	// byline alone at the top of the second (a Korean brief's
	// "cskim@yna.co.kr" once stood there by itself).
	b0, _ := buildTest(t, &doc.Document{})
	for n := 1; n <= 6; n++ {
		a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "标题"},
			paraLines(b0, n),
			{Kind: doc.KindByline, Text: "记者 王明"},
		}}
		b, pages := buildTest(t, &doc.Document{Articles: []*doc.Node{a}})
		for x, ls := range columnsOf(pages[0], b) {
			if lineText(ls[0]) == "记者 王明" {
				t.Errorf("%d-line paragraph: the byline opens column x=%.0f alone (%d lines there)", n, x, len(ls))
			}
		}
	}
}
