package doc

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func page() *Document {
	return &Document{Articles: []*Node{
		{Kind: KindArticle, Children: []*Node{
			{Kind: KindKicker, Text: "引题"},
			{Kind: KindHeadline, Text: "第一篇"},
			{Kind: KindByline, Names: []string{"林晓雯", "周建国"}},
			{Kind: KindSection, Children: []*Node{
				{Kind: KindHeading, Text: "小标题"},
				{Kind: KindByline, Names: []string{"周建国", "王磊"}},
			}},
		}},
		{Kind: KindArticle, Children: []*Node{{Kind: KindHeadline, Text: "第二篇"}}},
	}}
}

func TestDocumentHelpers(t *testing.T) {
	d := page()
	if got := d.Title(); got != "第一篇" {
		t.Errorf("Title() = %q, want 第一篇", got)
	}
	if got, want := d.Authors(), []string{"林晓雯", "周建国", "王磊"}; !slices.Equal(got, want) {
		t.Errorf("Authors() = %q, want %q (document order, each once)", got, want)
	}
	if got := d.Articles[0].Children[3].Heading(); got != "小标题" {
		t.Errorf("Heading() = %q, want 小标题", got)
	}
	if got := (&Document{}).Title(); got != "" {
		t.Errorf("Title() of an empty document = %q, want empty", got)
	}
}

func TestWalkSkipsChildren(t *testing.T) {
	var kinds []Kind
	page().WalkDocument(func(n *Node) bool {
		kinds = append(kinds, n.Kind)
		return n.Kind != KindSection
	})
	want := []Kind{KindArticle, KindKicker, KindHeadline, KindByline, KindSection, KindArticle, KindHeadline}
	if !slices.Equal(kinds, want) {
		t.Errorf("walk visited %v, want %v", kinds, want)
	}
}

func TestKinds(t *testing.T) {
	for _, k := range Kinds {
		if !k.Valid() {
			t.Errorf("%q not valid", k)
		}
	}
	if Kind("table").Valid() {
		t.Error(`Kind("table").Valid() = true`)
	}
	for k, want := range map[Kind]bool{KindArticle: true, KindSection: true, KindParagraph: false, KindHeading: false} {
		if k.IsContainer() != want {
			t.Errorf("%q.IsContainer() = %v, want %v", k, !want, want)
		}
	}
}

func TestInputError(t *testing.T) {
	base := errors.New("binary data")
	tests := []struct {
		err  *InputError
		want string
	}{
		{&InputError{Name: "p.txt", Line: 3, Err: base}, "p.txt:3: binary data"},
		{&InputError{Name: "p.txt", Err: base}, "p.txt: binary data"},
		{&InputError{Line: 3, Err: base}, "line 3: binary data"},
		{&InputError{Err: base}, "binary data"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.err, base) {
			t.Errorf("%q does not unwrap to its cause", tt.want)
		}
	}
}

// TestInspect checks that Inspect visits in document order, skips the
// children it is told to skip and stops where it is told to.
func TestInspect(t *testing.T) {
	leaf := func(s string) *Node { return &Node{Kind: KindParagraph, Text: s} }
	d := &Document{Articles: []*Node{
		{Kind: KindArticle, Text: "a1", Children: []*Node{
			{Kind: KindSection, Text: "s1", Children: []*Node{leaf("p1"), leaf("p2")}},
			leaf("p3"),
		}},
		{Kind: KindArticle, Text: "a2", Children: []*Node{leaf("stop"), leaf("p4")}},
		{Kind: KindArticle, Text: "a3"},
	}}
	var seen []string
	got := d.Inspect(func(n *Node) WalkStatus {
		seen = append(seen, n.Text)
		switch n.Text {
		case "s1":
			return WalkSkipChildren
		case "stop":
			return WalkStop
		}
		return WalkContinue
	})
	if want := "a1 s1 p3 a2 stop"; strings.Join(seen, " ") != want || got != WalkStop {
		t.Errorf("visited %q (%v), want %q (WalkStop)", strings.Join(seen, " "), got, want)
	}
	seen = nil
	if got := Inspect(d.Articles[0], func(n *Node) WalkStatus {
		seen = append(seen, n.Text)
		return WalkContinue
	}); got != WalkContinue || len(seen) != 5 {
		t.Errorf("full walk: %v, %q", got, seen)
	}
}

// TestFields: a table row's fields are its text parted at runs of spaces,
// ASCII and ideographic.
func TestFields(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"广东 102:98 辽宁", "广东|102:98|辽宁"},
		{"北京　晴　-3℃～6℃", "北京|晴|-3℃～6℃"},
		{"省份    发行规模    净融资", "省份|发行规模|净融资"},
		{" 城市 3月第3周 ", "城市|3月第3周"},
	} {
		n := &Node{Kind: KindParagraph, Text: tt.text, Row: true}
		if got := strings.Join(n.Fields(), "|"); got != tt.want {
			t.Errorf("Fields(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
