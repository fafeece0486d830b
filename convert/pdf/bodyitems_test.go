package pdf

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
	"github.com/paiban/paiban/layout"
)

// TestStreamedLayoutMatchesWhole: pages laid out as the writer does it,
// paragraphs and heads broken a line at a time and items made as the
// flow asks for them, are the pages of breaking every paragraph whole and
// making an article's items before its flow starts (as the writer did),
// for the samples, the seed, a paragraph of many windows, a runaway
// headline and many small articles, across the layouts.
func TestStreamedLayoutMatchesWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("long documents")
	}
	docs := map[string]*doc.Document{}
	for _, p := range testtool.Samples(t) {
		docs[p[strings.LastIndex(p, "/")+1:]] = testdoc.Read(t, p)
	}
	if seed := testtool.RepoRoot() + "/../shared/seed/frontpage.txt"; seedExists(seed) {
		docs["seed"] = testdoc.Read(t, seed)
	}
	docs["long paragraph"] = longParagraphDoc()
	docs["runaway headline"] = &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: strings.Repeat("长沙地铁四号线开通运营 ", 3000)}, {Kind: doc.KindParagraph, Text: "正文。"}}}}}
	small := &doc.Document{Lang: "zh-Hans"}
	for i := range 600 {
		small.Articles = append(small.Articles, &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: fmt.Sprintf("第%d条新闻", i)}}})
	}
	docs["small articles"] = small
	layouts := map[string][]Option{
		"default":   nil,
		"1 column":  {WithColumns(1)},
		"3 columns": {WithColumns(3)},
		"vertical":  {WithVertical(true)},
		"newspaper": {WithPaper("A3")},
	}
	for name, d := range docs {
		for lname, opts := range layouts {
			t.Run(name+"/"+lname, func(t *testing.T) {
				cfg, err := New(opts...).config()
				if err != nil {
					t.Fatal(err)
				}
				if cfg.vertical {
					cfg = cfg.turned()
				}
				streamed, _ := prepare(cfg, d, nil)
				whole, _ := prepare(cfg, d, layout.Break)
				whole.eager = true
				got, want := dumpPages(streamed.build(d)), dumpPages(whole.build(d))
				if len(got) != len(want) {
					t.Fatalf("%d pages, want %d", len(got), len(want))
				}
				for i := range got {
					if got[i] != want[i] {
						t.Fatalf("page %d differs:\n%s\nwant\n%s", i+1, firstDiff(got[i], want[i]), firstDiff(want[i], got[i]))
					}
				}
			})
		}
	}
}

// longParagraphDoc is an article whose paragraph is broken in many
// windows, among headings, bylines, a run-in dateline and a note.
func longParagraphDoc() *doc.Document {
	unit := "“这条线穿越老城区和两条河道，地质条件复杂。”项目总工程师陈立新介绍，施工团队引入了BIM建模和智能监测系统，沉降控制精度达到毫米级，关键工序一次验收合格率达99.5%。"
	return &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "一段极长的正文"},
		{Kind: doc.KindDateline, Text: "本报长沙9月1日电"},
		{Kind: doc.KindByline, Text: "（记者 林某）"},
		{Kind: doc.KindParagraph, Text: strings.Repeat(unit, 2500)},
		{Kind: doc.KindHeading, Text: "小标题"},
		{Kind: doc.KindParagraph, Text: strings.Repeat(unit, 3)},
		{Kind: doc.KindNote, Text: strings.Repeat(unit, 2)},
		{Kind: doc.KindByline, Text: "（记者 林某 通讯员 周某）"},
	}}}}
}

func seedExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// dumpPages writes each page's geometry as text, faces by role.
func dumpPages(pages []*pageLayout) []string {
	out := make([]string, len(pages))
	for i, p := range pages {
		var sb strings.Builder
		for _, l := range p.Lines {
			glyphs := l.Line.Glyphs
			l.Line.Glyphs = nil
			fmt.Fprintf(&sb, "line %v %v %v %v %v %v %v %v %v %v %v %v %v %+v\n", l.X, l.Y, l.Size, l.Set != nil, l.Gray, l.Block, l.Artifact,
				l.Reach, l.ReachEnd, l.Vertical, l.Bold, l.BoldSet != nil, l.Separator, l.Line)
			for _, g := range glyphs {
				fmt.Fprintf(&sb, " %+v\n", g)
			}
		}
		fmt.Fprintf(&sb, "rules %+v\nboxes %+v\nmarks %+v\nblocks %+v\n", p.Rules, p.Boxes, p.Marks, p.Blocks)
		out[i] = sb.String()
	}
	return out
}

// firstDiff returns the lines of a around the first where it differs from b.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range la {
		if i >= len(lb) || la[i] != lb[i] {
			return strings.Join(la[max(0, i-2):min(len(la), i+3)], "\n")
		}
	}
	return ""
}

// TestQALabelsBold: the 问：/答： that open an interview's paragraphs are set
// in bold, like a run-in dateline; a paragraph that only starts with 问
// (问题：) is not.
func TestQALabelsBold(t *testing.T) {
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindParagraph, Text: "问：今年情况如何？"},
		{Kind: doc.KindParagraph, Text: "答：总体看是稳中有升。"},
		{Kind: doc.KindParagraph, Text: "问题：还有哪些？"},
		{Kind: doc.KindParagraph, Text: "問：明年呢？"},
	}}
	_, pages := buildTest(t, &doc.Document{Articles: []*doc.Node{a}})
	want := map[string]int{"问：今年情况如何？": 2, "答：总体看是稳中有升。": 2, "问题：还有哪些？": 0, "問：明年呢？": 2}
	seen := 0
	for _, l := range pages[0].Lines {
		s := lineText(l)
		w, ok := want[s]
		if !ok {
			continue
		}
		seen++
		if l.Bold != w || w > 0 && l.BoldSet == nil {
			t.Errorf("%q: %d glyphs bold, want %d", s, l.Bold, w)
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d paragraphs found as single lines", seen, len(want))
	}
}
