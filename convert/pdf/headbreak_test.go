package pdf

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// TestSectionHeadsBreakWell sets every section heading of the samples in
// the narrow columns of newspaper make-up (A4, A3) and of a flow page,
// across and down: a heading that takes two lines or more breaks between
// phrases (layout.BreakBadness: 市民ボランティアが / 運営支える, not
// 市民ボランティ / アが運営支える, widening its band in a narrow column when
// it must), never leaves one character on its last line, and is kept with
// the first two lines of the text after it.
func TestSectionHeadsBreakWell(t *testing.T) {
	files, err := filepath.Glob("../../samples/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	heads := 0
	// Headings no width of their narrow column sets without a word cut:
	// in a vertical tier seven em long, 市民ボランティアが does not fit a
	// line, and 市民 / ボランティア / が運営支える parts only the particle.
	allowed := map[string]int{"市民ボランティアが運営支える": 1}
	for _, f := range files {
		d := readText(t, f)
		for _, c := range []struct {
			paper    string
			lay      Layout
			vertical bool
		}{{"A4", LayoutNewspaper, false}, {"A3", LayoutNewspaper, false}, {"A4", LayoutFlow, false}, {"A4", LayoutNewspaper, true}} {
			cfg, err := New(WithLayout(c.lay), WithPaper(c.paper), WithVertical(c.vertical)).config()
			if err != nil {
				t.Fatal(err)
			}
			b, _ := prepare(cfg, d, nil)
			pages := b.build(d)
			name := fmt.Sprintf("%s %s %v vertical=%v", filepath.Base(f), c.paper, c.lay, c.vertical)
			var nodes []*doc.Node
			var walk func(n *doc.Node)
			walk = func(n *doc.Node) {
				nodes = append(nodes, n)
				for _, k := range n.Children {
					walk(k)
				}
			}
			for _, a := range d.Articles {
				walk(a)
			}
			// The lines of each block set in the heading face at the
			// body size, by block: a section heading's are its text.
			byBlock := map[int][]layout.Line{}
			var order []int
			for _, p := range pages {
				for _, l := range p.Lines {
					if l.Set != b.sets[roleHeading] || l.Size != b.cfg.bodySize || l.Separator {
						continue
					}
					if _, ok := byBlock[l.Block]; !ok {
						order = append(order, l.Block)
					}
					byBlock[l.Block] = append(byBlock[l.Block], l.Line)
				}
			}
			for i, n := range nodes {
				if n.Kind != doc.KindHeading || i+1 >= len(nodes) || nodes[i+1].Kind != doc.KindParagraph {
					continue
				}
				text := b.clean(n.Text, n.Line, b.sets[roleHeading])
				var lines []layout.Line
				for _, k := range order {
					ls := byBlock[k]
					if ls[0].Start == 0 && ls[len(ls)-1].End == len(text) && len(ls) > 0 {
						var sb strings.Builder
						for _, l := range ls {
							for _, g := range l.Glyphs {
								sb.WriteString(g.Text)
							}
						}
						if strings.ReplaceAll(sb.String(), " ", "") == strings.ReplaceAll(text, " ", "") {
							lines = ls
							break
						}
					}
				}
				if lines == nil {
					continue // continued on a later page, or not set
				}
				heads++
				if bad := headBadBreaks(text, lines, b.lang) - unavoidableCuts(b, text, lines); bad > allowed[text] {
					var parts []string
					for _, l := range lines {
						parts = append(parts, text[l.Start:l.End])
					}
					t.Errorf("%s: heading set as %q", name, strings.Join(parts, " / "))
				}
				q := b.bodyQueue([]*doc.Node{n, nodes[i+1]})
				q.fill(math.MaxInt)
				hl := 0
				for _, it := range q.items {
					if it.line.Block == q.items[0].line.Block {
						hl++
					}
				}
				for k, it := range q.items[:hl+min(len(q.items)-hl, 2)-1] {
					if !it.keep {
						t.Errorf("%s: heading %q: line %d not kept with the next", name, text, k+1)
					}
				}
			}
		}
	}
	if heads == 0 {
		t.Fatal("no section headings in the samples")
	}
}

// unavoidableCuts returns the part of headBadBreaks' rating that no band
// could avoid: a cut inside a word wider than the widest band the writer
// may give a heading (its narrowest inset) must fall somewhere: in Korean
// an 어절 (■ 나프타분해설비(NCC)란 in a 7em tier), in Japanese a run of
// hiragana or of katakana (◇箕輪町ふるさとまつり in a narrow column: its
// seven kana of ふるさとまつり).
func unavoidableCuts(b *builder, text string, lines []layout.Line) int {
	if b.lang != layout.LangKo && b.lang != layout.LangJa {
		return 0
	}
	size := flowStyle(doc.KindHeading).typeSize(b.cfg.bodySize)
	m := measurer{set: b.sets[roleHeading], size: size}
	band := b.colW - 2*headInsets[len(headInsets)-1]*b.cfg.bodySize
	n := 0
	for _, l := range lines[:max(len(lines)-1, 0)] {
		bad := layout.BreakBadness(text[:l.End], text[l.End:], b.lang)
		if bad == 0 {
			continue
		}
		s, e := wordAround(text, l.End, b.lang)
		w := 0.0
		for _, r := range text[s:e] {
			w += m.Advance(r)
		}
		if w > band {
			n += bad
		}
	}
	return n
}

// wordAround returns the word of text a break at k cuts: in Korean the
// 어절 between spaces; in Japanese the run of one kana script the break
// falls inside (empty when it falls between scripts).
func wordAround(text string, k int, lang layout.Lang) (int, int) {
	if lang == layout.LangKo {
		s := strings.LastIndexByte(text[:k], ' ') + 1
		e := strings.IndexByte(text[k:], ' ')
		if e < 0 {
			return s, len(text)
		}
		return s, e + k
	}
	kana := func(r rune) int {
		switch {
		case r >= 0x3041 && r <= 0x309F:
			return 1
		case r >= 0x30A0 && r <= 0x30FF:
			return 2
		}
		return 0
	}
	before, _ := utf8.DecodeLastRuneInString(text[:k])
	after, _ := utf8.DecodeRuneInString(text[k:])
	c := kana(before)
	if c == 0 || kana(after) != c {
		return k, k
	}
	s, e := k, k
	for s > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:s])
		if kana(r) != c {
			break
		}
		s -= w
	}
	for e < len(text) {
		r, w := utf8.DecodeRuneInString(text[e:])
		if kana(r) != c {
			break
		}
		e += w
	}
	return s, e
}

// TestHeadInsetSavesLine: a section heading that would stack three lines
// in its band at the style's inset (一、从 / “随意查” / 到“亮码查” in the
// 7em band of an 11em column) is widened to the inset that sets it in two
// (一、从“随意查” / 到“亮码查”), not below an em; one that takes two lines
// either way keeps the style's inset. The column's first line keeps its
// heading line's closing mark past the edge (at its inked half), as the
// band's lines do elsewhere in the column.
func TestHeadInsetSavesLine(t *testing.T) {
	for _, c := range []struct {
		text  string
		inset float64 // in em
		lines int
	}{
		{"一、从“随意查”到“亮码查”", 1, 2},
		{"■ 从“看天吃饭”到“看数据种地”", 1, 2},
		{"（一）岗位送到身边", 2, 2},
		{"发挥各类改革试点", 2, 2},
	} {
		// No headline: the heading opens the first column.
		d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindSection, Children: []*doc.Node{
				{Kind: doc.KindHeading, Text: c.text},
				{Kind: doc.KindParagraph, Text: strings.Repeat("新闻正文内容详实。", 8)},
			}},
		}}}}
		b, pages := makeUp(t, d, WithPaper("A3"))
		size := b.cfg.bodySize
		st := flowStyle(doc.KindHeading)
		if got := b.headInset(c.text, st, b.sets[roleHeading], size) / size; got != c.inset {
			t.Errorf("%q: inset %gem, want %gem", c.text, got, c.inset)
		}
		var head []placedLine
		for _, p := range pages {
			for _, l := range p.Lines {
				if l.Set == b.sets[roleHeading] && l.Size == size && !l.Separator && strings.Contains(c.text, strings.TrimSpace(l.text())) {
					head = append(head, l)
				}
			}
		}
		if len(head) != c.lines {
			t.Errorf("%q: %d lines, want %d", c.text, len(head), c.lines)
		}
		// A line ending in a mark at its inked half reads as a full
		// line: its reach ends past the column's edge by the mark's
		// empty half, whether or not the line opens the column.
		for _, l := range head[:max(len(head)-1, 0)] {
			edge := l.X - c.inset*size + b.colW
			if over := endOverhang(l.Line); over > 0 && l.ReachEnd < edge+over-eps {
				t.Errorf("%q: line %q reaches %.1f, want the column's edge %.1f + %.1f", c.text, l.text(), l.ReachEnd, edge, over)
			}
		}
	}
}
