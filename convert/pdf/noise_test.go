package pdf

import (
	"math"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestArrangeNoise: noise before the text and noise the reader marked as
// page furniture go to the folio (whatever the text: the mark decides,
// not the writer), an end mark closes the paragraph before it (inside a
// section too), other notes follow the text; the tree itself is not
// changed.
func TestArrangeNoise(t *testing.T) {
	n := func(k doc.Kind, s string, kids ...*doc.Node) *doc.Node {
		return &doc.Node{Kind: k, Text: s, Children: kids}
	}
	noise := func(s string) *doc.Node { return n(doc.KindNoise, s) }
	furniture := func(s string) *doc.Node { return &doc.Node{Kind: doc.KindNoise, Text: s, Furniture: true} }
	tests := []struct {
		name      string
		children  []*doc.Node
		folio     string // texts joined by |
		flow      string // leaf texts joined by |, kinds of notes marked ~
		unchanged string // the first paragraph's text in the tree afterwards
	}{
		{"folio before the text, page number and running head after it",
			[]*doc.Node{noise("2024年9月3日　星期二　第3版"), n(doc.KindHeadline, "标题"), n(doc.KindParagraph, "正文。"), furniture("A3"), furniture("株洲日报　2024年11月28日　星期四")},
			"2024年9月3日　星期二　第3版|A3|株洲日报　2024年11月28日　星期四", "标题|正文。", "正文。"},
		{"unmarked noise after the text is a note, marked furniture a folio",
			[]*doc.Node{n(doc.KindParagraph, "正文。"), noise("第3版"), furniture("本报编辑部")},
			"本报编辑部", "正文。|~第3版", "正文。"},
		{"end mark closes the last paragraph",
			[]*doc.Node{n(doc.KindParagraph, "正文。"), noise("（完）")},
			"", "正文。（完）", "正文。"},
		{"end mark inside a section, a byline after it",
			[]*doc.Node{n(doc.KindParagraph, "甲。"), n(doc.KindSection, "", n(doc.KindHeading, "一、"), n(doc.KindParagraph, "乙。"), noise("（完）")), n(doc.KindByline, "【编辑:王】")},
			"", "甲。|一、|乙。（完）|【编辑:王】", "甲。"},
		{"Korean end mark after a space",
			[]*doc.Node{n(doc.KindParagraph, "말했다."), noise("(끝)")},
			"", "말했다. (끝)", "말했다."},
		{"copyright and source notes after the text, in order",
			[]*doc.Node{n(doc.KindParagraph, "正文。"), noise("《人民日报》（2024年12月02日 02 版）"), n(doc.KindParagraph, "又一段。"), noise("版权所有　人民日报社　未经许可不得转载")},
			"", "正文。|又一段。|~《人民日报》（2024年12月02日 02 版）|~版权所有　人民日报社　未经许可不得转载", "正文。"},
		{"end mark with no paragraph before it",
			[]*doc.Node{n(doc.KindHeadline, "标题"), noise("（完）")},
			"", "标题|~（完）", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := n(doc.KindArticle, "", tt.children...)
			folio, children := arrangeNoise(a)
			var fs, ls []string
			for _, f := range folio {
				fs = append(fs, f.Text)
			}
			var walk func([]*doc.Node)
			walk = func(nodes []*doc.Node) {
				for _, c := range nodes {
					switch {
					case c.Kind.IsContainer():
						walk(c.Children)
					case c.Kind == doc.KindNoise:
						ls = append(ls, "~"+c.Text)
					default:
						ls = append(ls, c.Text)
					}
				}
			}
			walk(children)
			if got := strings.Join(fs, "|"); got != tt.folio {
				t.Errorf("folio %q, want %q", got, tt.folio)
			}
			if got := strings.Join(ls, "|"); got != tt.flow {
				t.Errorf("flow %q, want %q", got, tt.flow)
			}
			for _, c := range tt.children {
				if c.Kind == doc.KindParagraph && c.Text != tt.unchanged {
					t.Errorf("the tree's paragraph changed to %q", c.Text)
				}
				break
			}
		})
	}
}

// TestNoiseNotes: a copyright note is set after the article's text, in the
// column flow in small grey type on the line grid, never in the top margin;
// the end mark is on the last paragraph's last line.
func TestNoiseNotes(t *testing.T) {
	note := "版权所有　某某日报社　未经许可不得转载"
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindNoise, Text: "2024年9月3日　星期二　第3版"},
		{Kind: doc.KindHeadline, Text: "标题"}, para(100),
		{Kind: doc.KindNoise, Text: "（完）"}, {Kind: doc.KindNoise, Text: note},
	}}
	b, pages := buildTest(t, &doc.Document{Articles: []*doc.Node{a}})
	if len(pages) != 1 {
		t.Fatalf("%d pages, want 1", len(pages))
	}
	for _, l := range folioLinesOf(pages[0]) {
		if s := lineText(l); strings.Contains(s, "完") || strings.Contains(s, "版权") {
			t.Errorf("%q in the folio", s)
		}
	}
	var lastPara, noteLine *placedLine
	var noteText strings.Builder
	for i := range pages[0].Lines {
		l := &pages[0].Lines[i]
		s := lineText(*l)
		if strings.Contains(s, "文") {
			lastPara = l
		}
		if strings.ContainsAny(s, "版权所有某日报社未经许可不得转载") && l.Block >= 0 && !strings.Contains(s, "星期") {
			if noteLine == nil {
				noteLine = l
			}
			noteText.WriteString(s)
			if l.Y < b.top {
				t.Errorf("note line %q at y=%.1f, above the text area (%.1f)", s, l.Y, b.top)
			}
			if want := noiseScale * b.cfg.bodySize; math.Abs(l.Size-want) > eps || !l.Gray {
				t.Errorf("note line %q set %gpt gray=%v, want %gpt grey", s, l.Size, l.Gray, want)
			}
		}
	}
	if lastPara == nil || !strings.HasSuffix(lineText(*lastPara), "文（完）") {
		t.Fatalf("last paragraph line %v, want it to end 文（完）", lastPara)
	}
	flat := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if noteLine == nil || flat(noteText.String()) != flat(note) {
		t.Fatalf("note set as %q, want %q", noteText.String(), note)
	}
	if noteLine.X == lastPara.X && noteLine.Y <= lastPara.Y || noteLine.X < lastPara.X {
		t.Errorf("note at (%.1f, %.1f), before the text's last line at (%.1f, %.1f)", noteLine.X, noteLine.Y, lastPara.X, lastPara.Y)
	}
}

// TestNoiseRunInOneColumn: the notes after an article's text (related
// links, a copyright line) stay together in one column, wherever the text
// before them ends. Split between two columns, their small lines (each a
// block of its own for poppler) were read alternately with the next
// column's.
func TestNoiseRunInOneColumn(t *testing.T) {
	notes := []string{"延伸阅读", "某地新建三座公园　周末开放", "地铁新线试运行　首班车六点发车",
		"老城区改造启动　涉及三千户", "图书馆夜间开放延长至十点", "全市新增充电桩五百个",
		"相关标签：公园、地铁", "本网站所有内容未经授权不得转载"}
	for n := 1; n <= 60; n++ {
		kids := []*doc.Node{{Kind: doc.KindHeadline, Text: "标题"}, para(20 * n)}
		for _, s := range notes {
			kids = append(kids, &doc.Node{Kind: doc.KindNoise, Text: s})
		}
		b, pages := buildTest(t, &doc.Document{Articles: []*doc.Node{{Kind: doc.KindArticle, Children: kids}}}, WithColumns(4))
		type where struct{ page, col int }
		seen := map[where]bool{}
		for pi, p := range pages {
			for _, l := range p.Lines {
				if !l.Gray || l.Size >= b.cfg.bodySize || l.Block < 0 {
					continue
				}
				col := 0
				for c, x := range b.xs {
					if l.X >= x-eps {
						col = c
					}
				}
				seen[where{pi, col}] = true
			}
		}
		if len(seen) == 0 {
			t.Fatalf("n=%d: no note lines found", n)
		}
		if len(seen) > 1 {
			t.Errorf("paragraph of %d characters: the notes are split over %v", 20*n, seen)
		}
	}
}

// TestNoteLinesCloseAndGridKept: the lines of one note in small type are
// set at a pitch scaled with it (their baselines at most 1.5 times their
// size apart, so poppler reads them as one block), and each note takes a
// whole number of grid lines, so the grid holds below it.
func TestNoteLinesCloseAndGridKept(t *testing.T) {
	note := strings.Repeat("本网站所有内容未经授权不得转载或镜像", 6)
	for _, lines := range []int{1, 2, 3, 4, 5, 6} {
		nodes := []*doc.Node{para(30), {Kind: doc.KindNoise, Text: note[:len(note)*lines/6]}, {Kind: doc.KindNoise, Text: "相关链接"}}
		b, _ := buildTest(t, &doc.Document{Articles: []*doc.Node{{Kind: doc.KindArticle, Children: nodes}}}, WithColumns(1))
		q := b.bodyQueue(nodes)
		q.fill(1 << 20)
		var notes [][]item // the items of each note
		for _, it := range q.items {
			if it.line.Size >= b.cfg.bodySize {
				continue
			}
			if len(notes) == 0 || it.line.Block != notes[len(notes)-1][0].line.Block {
				notes = append(notes, nil)
			}
			notes[len(notes)-1] = append(notes[len(notes)-1], it)
		}
		if len(notes) != 2 {
			t.Fatalf("%d-line note: %d notes, want 2", lines, len(notes))
		}
		for k, its := range notes {
			var h float64
			for i, it := range its {
				if i > 0 && its[i-1].h+it.line.Y-its[i-1].line.Y > 1.5*it.line.Size+eps {
					t.Errorf("note %d of %d lines: baselines %.2f apart, more than 1.5 times their size %.2f", k, len(its), its[i-1].h+it.line.Y-its[i-1].line.Y, it.line.Size)
				}
				h += it.h
			}
			if n := h / b.pitch; math.Abs(n-math.Round(n)) > 1e-6 {
				t.Errorf("note %d of %d lines takes %.3f grid lines, want a whole number", k, len(its), n)
			}
		}
	}
}

// TestNoteLinesVerticalOnGrid: on a vertical page a note keeps the body's
// grid, one line a grid line: its columns are read by their axes, and a
// note's column between two of the body's was taken for one of them, a
// digit set upright in it for a column of its own (check_vertical.py).
func TestNoteLinesVerticalOnGrid(t *testing.T) {
	nodes := []*doc.Node{para(30), {Kind: doc.KindNoise, Text: strings.Repeat("本网站所有内容未经授权不得转载或镜像", 4)}}
	cfg, err := New(WithFonts(testFace{}, testFace{}), WithVertical(true)).config()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prepare(cfg.turned(), &doc.Document{Articles: []*doc.Node{{Kind: doc.KindArticle, Children: nodes}}}, gridBreak)
	q := b.bodyQueue(nodes)
	q.fill(1 << 20)
	notes := 0
	for _, it := range q.items {
		if it.line.Size >= b.cfg.bodySize {
			continue
		}
		notes++
		if math.Abs(it.h-b.pitch) > eps {
			t.Errorf("note line %q takes %.3f, want the grid's %.3f", lineText(it.line), it.h, b.pitch)
		}
	}
	if notes < 2 {
		t.Fatalf("%d note lines, want a note of several", notes)
	}
}
