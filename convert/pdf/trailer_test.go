package pdf

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestClosingBylineRunsIn checks that the byline closing an article runs
// into the last line of the paragraph before it, flush with the column's
// end and drawn in the heading face, where an em of the line is left
// between them; that it keeps a line of its own where it is not; and that
// a byline before more text never runs in.
func TestClosingBylineRunsIn(t *testing.T) {
	n := func(k doc.Kind, s string) *doc.Node { return &doc.Node{Kind: k, Text: s} }
	tests := []struct {
		name, lang string
		nodes      func(perLine int) []*doc.Node // perLine: ideographs a line holds
		runIn      bool
	}{
		{"Japanese name after a short last line", "ja", func(int) []*doc.Node {
			return []*doc.Node{n(doc.KindParagraph, "女性は現金を手渡したという。"), n(doc.KindByline, "（中島美咲）")}
		}, true},
		{"Korean slash trailer", "ko", func(int) []*doc.Node {
			return []*doc.Node{n(doc.KindParagraph, "남도는 5위로 시즌을 마쳤다."), n(doc.KindByline, "/김유나기자")}
		}, true},
		{"Chinese credit", "zh-Hans", func(int) []*doc.Node {
			return []*doc.Node{n(doc.KindParagraph, "市民出行将更加便捷。"), n(doc.KindByline, "（记者 林晓雯）")}
		}, true},
		{"no room on the last line", "zh-Hans", func(perLine int) []*doc.Node {
			// The last line holds all but four of a line's ideographs.
			return []*doc.Node{n(doc.KindParagraph, strings.Repeat("市", 3*perLine-5)+"。"), n(doc.KindByline, "（记者 林晓雯）")}
		}, false},
		{"a byline before more text", "zh-Hans", func(int) []*doc.Node {
			return []*doc.Node{n(doc.KindParagraph, "市民出行将更加便捷。"), n(doc.KindByline, "（记者 林晓雯）"), n(doc.KindParagraph, "另讯。")}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := []Option{WithColumns(1), WithPaper("A5")}
			b, _ := buildReal(t, &doc.Document{Lang: tt.lang, Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{n(doc.KindParagraph, "一")}}}}, opts...)
			nodes := tt.nodes(int(b.colW / b.cfg.bodySize))
			a := &doc.Node{Kind: doc.KindArticle, Children: append([]*doc.Node{n(doc.KindHeadline, "标题")}, nodes...)}
			b, pages := buildReal(t, &doc.Document{Lang: tt.lang, Articles: []*doc.Node{a}}, opts...)
			credit := nodes[1].Text
			var got *placedLine
			for i, l := range pages[0].Lines {
				if strings.Contains(lineText(l), strings.TrimSpace(credit)) {
					got = &pages[0].Lines[i]
				}
			}
			if got == nil {
				t.Fatalf("no line holds the credit: %q", pagesText(pages))
			}
			text := lineText(*got)
			ranIn := !strings.HasPrefix(strings.TrimSpace(text), strings.TrimSpace(credit)[:3])
			if ranIn != tt.runIn {
				t.Fatalf("line %q; run in = %v, want %v", text, ranIn, tt.runIn)
			}
			if !tt.runIn {
				return
			}
			gs := got.Line.Glyphs
			if got.Tail == 0 || got.setAt(len(gs)-1) != b.sets[roleHeading] || got.setAt(0) != b.sets[roleBody] {
				t.Errorf("credit not drawn in the heading face (Tail %d)", got.Tail)
			}
			last := gs[len(gs)-1]
			if end := got.X - b.xs[0] + last.X + last.Advance; end < b.colW-b.cfg.bodySize/2-eps || end > b.colW+eps {
				t.Errorf("credit ends at %.1f; want the column's end %.1f", end, b.colW)
			}
			if k := strings.Count(pagesText(pages), strings.TrimSpace(credit)); k != 1 {
				t.Errorf("credit set %d times", k)
			}
		})
	}
}
