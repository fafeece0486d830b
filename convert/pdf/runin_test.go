package pdf

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestRunInDateline checks that a dateline and its bracketed credit run
// into the first paragraph: bold, then a full-width space, then the text,
// on the paragraph's indented first line.
func TestRunInDateline(t *testing.T) {
	tests := []struct {
		name  string
		lang  string
		lead  string // the dateline's first characters
		nodes []*doc.Node
		want  string // the first line starts so
		bold  int    // glyphs drawn bold
	}{
		{"dateline and credit", "", "本报讯", []*doc.Node{{Kind: doc.KindDateline, Text: "本报讯"}, {Kind: doc.KindByline, Text: "（记者 甲乙）"}, {Kind: doc.KindParagraph, Text: "九月二日上午，地铁贯通。"}},
			"本报讯（记者 甲乙）\u3000九月", len([]rune("本报讯（记者 甲乙）"))},
		{"dateline alone", "", "新华社", []*doc.Node{{Kind: doc.KindDateline, Text: "新华社北京9月1日电"}, {Kind: doc.KindParagraph, Text: "记者从部里获悉。"}},
			"新华社北京9月1日电\u3000记者", len([]rune("新华社北京9月1日电"))},
		// Hong Kong: the reporter's credit closed by a colon, the text
		// straight on after it.
		{"dateline and colon credit", "zh-Hant", "【大公報訊】", []*doc.Node{{Kind: doc.KindDateline, Text: "【大公報訊】"}, {Kind: doc.KindByline, Text: "記者 陳嘉欣報道："}, {Kind: doc.KindParagraph, Text: "政府昨日宣布，北部都會區首幅大學用地將於下月招標。"}},
			"【大公報訊】記者 陳嘉欣報道：政府", len([]rune("【大公報訊】記者 陳嘉欣報道："))},
		// Japanese: the text runs straight on after 】.
		{"Japanese bracketed dateline", "ja", "【ワシントン", []*doc.Node{{Kind: doc.KindDateline, Text: "【ワシントン共同】"}, {Kind: doc.KindParagraph, Text: "米商務省は２日、人工知能向け半導体の輸出規制を緩和する方針を明らかにした。"}},
			"【ワシントン共同】米商務省", len([]rune("【ワシントン共同】"))},
		// Korean wire copy: the reporter's credit closed by =, word spaces.
		{"Korean dateline and credit", "ko", "(서울=", []*doc.Node{{Kind: doc.KindDateline, Text: "(서울=연합뉴스)"}, {Kind: doc.KindByline, Text: "홍길동 기자 ="}, {Kind: doc.KindParagraph, Text: "지난달 소비자물가 상승률이 석 달 연속 1%대를 기록했다."}},
			"(서울=연합뉴스) 홍길동 기자 = 지난달", len([]rune("(서울=연합뉴스) 홍길동 기자 ="))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &doc.Node{Kind: doc.KindArticle, Children: append([]*doc.Node{{Kind: doc.KindHeadline, Text: "标题"}}, tt.nodes...)}
			b, pages := buildReal(t, &doc.Document{Lang: tt.lang, Articles: []*doc.Node{a}}, WithColumns(1))
			var got *placedLine
			for i, l := range pages[0].Lines {
				if strings.HasPrefix(lineText(l), tt.lead) {
					got = &pages[0].Lines[i]
				}
			}
			if got == nil {
				t.Fatalf("no line starts with the dateline: %q", pagesText(pages))
			}
			if !strings.HasPrefix(lineText(*got), tt.want) {
				t.Errorf("line %q; want it to start %q", lineText(*got), tt.want)
			}
			if got.Bold != tt.bold || got.BoldSet != b.sets[roleHeading] {
				t.Errorf("%d glyphs bold; want %d in the heading face", got.Bold, tt.bold)
			}
			in := got.start() - b.xs[0]
			if strings.HasPrefix(tt.lead, "【") {
				in += b.cfg.bodySize / 2 // the bracket's empty half, before its ink
			}
			if in < 2*b.cfg.bodySize-eps {
				t.Errorf("starts %.1fpt in; want the paragraph's 2em indent", in)
			}
			if n := strings.Count(pagesText(pages), tt.lead); n != 1 {
				t.Errorf("dateline set %d times", n)
			}
		})
	}
}

// pagesText joins the text of every line of the pages.
func pagesText(pages []*pageLayout) string {
	var sb strings.Builder
	for _, p := range pages {
		for _, l := range p.Lines {
			sb.WriteString(lineText(l))
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// TestHeadingSpace checks that a section heading mid-column takes two body
// lines, the first of them empty, so its text is on the grid with a line of
// space above; that it is kept with two lines of its paragraph; and that at
// the top of a column it has no space above.
func TestHeadingSpace(t *testing.T) {
	n := func(k doc.Kind, s string) *doc.Node { return &doc.Node{Kind: k, Text: s} }
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{para(200),
		{Kind: doc.KindSection, Children: []*doc.Node{n(doc.KindHeading, "小标题"), para(200)}}}}
	b, pages := buildReal(t, &doc.Document{Articles: []*doc.Node{a}}, WithColumns(1))
	var col []placedLine
	for _, l := range pages[0].Lines {
		if l.Block >= 0 && l.Size <= b.cfg.bodySize {
			col = append(col, l)
		}
	}
	found := false
	for i, l := range col {
		if lineText(l) != "小标题" {
			continue
		}
		found = true
		if i == 0 {
			t.Fatal("heading first in its column")
		}
		if d := l.Y - col[i-1].Y; abs(d-2*b.pitch) > eps {
			t.Errorf("heading %.1fpt below the line above; want two body lines (%.1f)", d, 2*b.pitch)
		}
		if i+2 >= len(col) || abs(col[i+2].Y-l.Y-2*b.pitch) > eps {
			t.Errorf("heading not kept with the next two lines")
		}
	}
	if !found {
		t.Fatal("no heading set")
	}
	// At a column's top: no space above it.
	items := []item{{h: 2 * b.pitch, above: b.pitch, keep: true, line: placedLine{Y: b.pitch + 10}}, {h: b.pitch}, {h: b.pitch}}
	if !tightenHeads(items, []column{{from: 0, to: 3}}) || items[0].h != b.pitch || items[0].above != 0 || items[0].line.Y != 10 {
		t.Errorf("heading at a column's top keeps its space: %+v", items[0])
	}
	// Beside a column that ends above it: the space stays (bridged).
	items = []item{{h: b.pitch}, {h: 2 * b.pitch, above: b.pitch, bridge: &placedLine{}}, {h: b.pitch}, {h: b.pitch}}
	if tightenHeads(items, []column{{from: 0, to: 3}, {from: 3, to: 4}}) || items[1].above == 0 || items[1].bridge == nil {
		t.Errorf("heading beside a shorter column loses its space: %+v", items[1])
	}
	// Right under another heading: the heads stack with no space between.
	items = []item{{h: b.pitch}, {h: 2 * b.pitch, above: b.pitch, band: true, bridge: &placedLine{}}, {h: 2 * b.pitch, above: b.pitch, band: true, bridge: &placedLine{}}, {h: b.pitch}}
	if !tightenHeads(items, []column{{from: 0, to: 4}}) || items[1].above == 0 || items[2].above != 0 || items[2].h != b.pitch {
		t.Errorf("stacked headings: %+v, %+v; want space above the first only", items[1], items[2])
	}
	// Tightened at a column's top, then moved down its column when the
	// columns are placed again: its space comes back, once.
	items = []item{{h: b.pitch}, {h: 2 * b.pitch, above: b.pitch, keep: true, line: placedLine{Y: b.pitch + 10}}, {h: b.pitch}}
	if !tightenHeads(items, []column{{from: 0, to: 1}, {from: 1, to: 3}}) || items[1].above != 0 {
		t.Fatalf("heading at a column's top keeps its space: %+v", items[1])
	}
	if !tightenHeads(items, []column{{from: 0, to: 3}}) || items[1].above != b.pitch || items[1].h != 2*b.pitch || items[1].line.Y != b.pitch+10 {
		t.Errorf("heading moved down its column stays tight: %+v", items[1])
	}
	if !tightenHeads(items, []column{{from: 0, to: 1}, {from: 1, to: 3}}) || tightenHeads(items, []column{{from: 0, to: 3}}) || items[1].above != 0 {
		t.Errorf("heading given its space back twice: %+v", items[1])
	}
	// Placed again, a heading tightened at a column's top counts its
	// space anywhere else: it stays at the top of the next column rather
	// than move up under the line before with no space.
	p := b.pitch
	items = []item{{h: p}, {h: p, tight: p, keep: true}, {h: p, keep: true}, {h: p}, {h: p}}
	if end, _, _ := fillColumn(items, 0, 4*p); end != 1 {
		t.Errorf("column ends before item %d, want 1 (before the tightened heading)", end)
	}
	if end, _, _ := fillColumn(items, 1, 4*p); end != 5 {
		t.Errorf("column from the tightened heading ends before item %d, want 5", end)
	}
}
