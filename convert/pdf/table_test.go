package pdf

import (
	"math"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// tableDoc is an article with a table of match results (doc.Node.Row)
// between two paragraphs, the line before it a lead-in ending in ：.
func tableDoc(rows ...string) *doc.Document {
	body := []*doc.Node{
		{Kind: doc.KindHeadline, Text: "联赛第五轮战报"},
		{Kind: doc.KindParagraph, Text: strings.Repeat("昨晚联赛第五轮战罢，三场比赛全部分出胜负。", 3)},
		{Kind: doc.KindParagraph, Text: "第五轮比赛结果："},
	}
	for _, r := range rows {
		body = append(body, &doc.Node{Kind: doc.KindParagraph, Text: r, Row: true})
	}
	body = append(body, &doc.Node{Kind: doc.KindParagraph, Text: strings.Repeat("下一轮比赛将于周六进行，各队抓紧备战。", 4)})
	return &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: body}}}
}

// TestTableRows: a table's rows are set one line each, flush with the
// column's start and spread to its end (across), their fields in columns
// shared by every row, read by text extraction as the row's text; the
// line before the table reads as reaching the column's end, and one closed
// by a colon is kept in the column with it. Too wide for the column at any
// of tableScales, or down a vertical page, the rows are set as text, each
// starting a line, broken between fields, spread at its spaces.
func TestTableRows(t *testing.T) {
	rows := []string{"山东 102:98 河南", "天津 88:91 成都", "重庆 110:95 长春"}
	for _, tt := range []struct {
		name string
		opts []Option
	}{
		{"A4 flow", []Option{WithLayout(LayoutFlow), WithPaper("A4")}},
		{"A4 newspaper", []Option{WithLayout(LayoutNewspaper), WithPaper("A4")}},
		{"A5 newspaper", []Option{WithLayout(LayoutNewspaper), WithPaper("A5")}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, pages := buildPages(t, tableDoc(rows...), tt.opts...)
			var got []placedLine
			var before placedLine
			for _, p := range pages {
				for _, l := range p.Lines {
					if l.Row {
						got = append(got, l)
					} else if len(got) == 0 && strings.HasPrefix(l.text(), "第五轮") {
						before = l
					}
				}
			}
			if len(got) != len(rows) {
				t.Fatalf("%d row lines for %d rows", len(got), len(rows))
			}
			var ends []float64 // each row's field ends, the first row's
			for i, l := range got {
				if l.Actual != rows[i] {
					t.Errorf("row %d reads as %q, want %q", i, l.Actual, rows[i])
				}
				gs := l.Line.Glyphs
				start, end := gs[0].X, gs[len(gs)-1].X+gs[len(gs)-1].Advance
				if math.Abs(start) > 0.01 || math.Abs(end-b.colW) > 0.01 {
					t.Errorf("row %d spans %.2f–%.2f of a column %.2f wide", i, start, end, b.colW)
				}
				var fe []float64
				for k, g := range gs {
					if k+1 == len(gs) || g.Gap > 0 {
						fe = append(fe, g.X+g.Advance)
					}
				}
				if len(fe) != 3 {
					t.Errorf("row %d has %d fields", i, len(fe))
				}
				if i == 0 {
					ends = fe
				} else if len(fe) == len(ends) && math.Abs(fe[1]-ends[1]) > 0.01 {
					// The scores are figures, flush right in their column.
					t.Errorf("row %d's score ends at %.2f, row 0's at %.2f", i, fe[1], ends[1])
				}
			}
			for _, p := range pages {
				for k, l := range p.Lines {
					if l.text() == "第五轮比赛结果：" && (k+1 == len(p.Lines) || !p.Lines[k+1].Row) {
						t.Errorf("the lead-in %q is not kept with the table under it", l.text())
					}
				}
			}
			if before.ReachEnd < b.colW-0.01 {
				t.Errorf("the line before the table reaches %.2f, want the column's end %.2f", before.ReachEnd, b.colW)
			}
		})
	}
	t.Run("lead-in kept with its table", func(t *testing.T) {
		// On an A3 page cn-sports' lead-in fell last in a column, its
		// table at the top of the next.
		d := readText(t, "../../samples/cn-sports.txt")
		b, pages := buildPages(t, d, WithPaper("A3"))
		found := false
		for _, p := range pages {
			for k, l := range p.Lines {
				if l.text() != "本轮部分比赛结果：" {
					continue
				}
				found = true
				if k+1 == len(p.Lines) || !p.Lines[k+1].Row || p.Lines[k+1].X > l.X+1 {
					t.Errorf("the lead-in %q is not kept in its column with the table under it", l.text())
				}
				// Its colon's inked half at the column's end, the empty
				// half past it: read as reaching no further (a column's
				// first line is widened by its mark's overhang once).
				if over := l.ReachEnd - (l.X + b.colW); over > 0.5*l.Size+0.01 {
					t.Errorf("the lead-in reads as reaching %.2f past the column's end, more than half an em", over)
				}
			}
		}
		if !found {
			t.Fatal("no lead-in line")
		}
	})
	t.Run("vertical pages keep rows as paragraphs", func(t *testing.T) {
		_, pages := buildPages(t, tableDoc(rows...), WithVertical(true), WithPaper("A4"))
		for _, p := range pages {
			for _, l := range p.Lines {
				if l.Row {
					t.Fatalf("a row set as a table on a vertical page: %q", l.text())
				}
			}
		}
	})
	t.Run("too wide for the column", func(t *testing.T) {
		wide := []string{"山东泰山足球俱乐部 102:98 河南建业足球俱乐部", "天津津门虎足球俱乐部 88:91 成都蓉城足球俱乐部"}
		b, pages := buildPages(t, tableDoc(wide...), WithLayout(LayoutNewspaper), WithPaper("A5"))
		var rowLines []placedLine // the lines the rows are set in, in order
		in := false
		for _, p := range pages {
			for _, l := range p.Lines {
				if l.Row {
					t.Fatalf("a row too wide for the column set as a table: %q", l.text())
				}
				switch txt := l.text(); {
				case txt == "第五轮比赛结果：":
					in = true
				case strings.HasPrefix(txt, "下一轮"):
					in = false
				case in:
					rowLines = append(rowLines, l)
				}
			}
		}
		// Set as rows, not paragraphs: each starts a line at the column's
		// edge and breaks only between its fields, its wrapped part hung
		// under it; each line is spread at its spaces to the column's end
		// (a field alone on a wrapped line set flush with the end), never
		// letter-spaced inside a field.
		var got []string
		for _, l := range rowLines {
			gs := l.Line.Glyphs
			txt := l.text()
			starts := strings.HasPrefix(txt, "山东") || strings.HasPrefix(txt, "天津")
			if starts {
				got = append(got, txt)
				if math.Abs(gs[0].X) > 0.01 {
					t.Errorf("row line %q starts at %.2f, not at the column's edge", txt, gs[0].X)
				}
			} else if len(got) > 0 {
				got[len(got)-1] += " " + txt
				if gs[0].X < rowHang*l.Size-0.01 {
					t.Errorf("wrapped row line %q at %.2f, not hung", txt, gs[0].X)
				}
			}
			if end := gs[len(gs)-1].X + gs[len(gs)-1].Advance; (!starts || strings.Contains(txt, " ")) && math.Abs(end-b.colW) > 0.01 {
				t.Errorf("row line %q ends at %.2f, not at the column's end %.2f", txt, end, b.colW)
			}
			for _, g := range gs {
				if g.Gap > 0.25*l.Size+0.01 || g.Text != " " && g.Advance > g.Natural+0.01 {
					t.Errorf("row line %q letter-spaced at %q (gap %.2f, advance %.2f of %.2f)", txt, g.Text, g.Gap, g.Advance, g.Natural)
					break
				}
			}
		}
		if len(got) != len(wide) || strings.ReplaceAll(got[0], " ", "") != strings.ReplaceAll(wide[0], " ", "") || strings.ReplaceAll(got[1], " ", "") != strings.ReplaceAll(wide[1], " ", "") {
			t.Errorf("rows read %q, want %q", got, wide)
		}
	})
}

// buildPages lays d out as the writer does, with opts.
func buildPages(t *testing.T, d *doc.Document, opts ...Option) (*builder, []*pageLayout) {
	t.Helper()
	cfg, err := New(opts...).config()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prepare(cfg, d, nil)
	pages := b.build(d)
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b, pages
}
