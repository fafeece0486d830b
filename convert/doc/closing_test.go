package doc

import (
	"slices"
	"testing"
)

func TestClosingDatelines(t *testing.T) {
	para := func(s string) *Node { return &Node{Kind: KindParagraph, Text: s} }
	dl := func(s string) *Node { return &Node{Kind: KindDateline, Text: s} }
	lead, mid, last, date := dl("本报讯"), dl("新华社北京3日电"), dl("（本报郑州12月3日电）"), &Node{Kind: KindDateline, Text: "2024年12月3日", Date: "2024年12月3日"}
	sig := &Node{Kind: KindByline, Text: "市工业和信息化局"}
	for _, tc := range []struct {
		name string
		kids []*Node
		want []*Node
	}{
		{"leading only", []*Node{lead, para("正文。")}, nil},
		{"closing bracket", []*Node{para("正文。"), last}, []*Node{last}},
		{"sign-off", []*Node{lead, para("正文。"), sig, date}, []*Node{date}},
		{"text after it", []*Node{para("甲。"), mid, para("乙。")}, nil},
		{"after a poem", []*Node{{Kind: KindVerse, Text: "雪落下来的时候\n母亲把灯又拧亮了一点"}, last}, []*Node{last}},
		{"a stanza after it", []*Node{para("甲。"), mid, {Kind: KindVerse, Text: "雪落下来的时候"}}, nil},
		{"in a section", []*Node{para("甲。"), {Kind: KindSection, Children: []*Node{{Kind: KindHeading, Text: "一"}, para("乙。"), last}}}, []*Node{last}},
		{"no text", []*Node{lead}, nil},
		{"bare dateline after the text", []*Node{para("正文。"), lead}, nil},
	} {
		got := ClosingDatelines(&Node{Kind: KindArticle, Children: tc.kids})
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
