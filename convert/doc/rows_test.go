package doc

import "testing"

func TestRowRun(t *testing.T) {
	row := func() *Node { return &Node{Kind: KindParagraph, Text: "北京　晴", Row: true} }
	par := func() *Node { return &Node{Kind: KindParagraph, Text: "天气晴好。"} }
	ns := []*Node{par(), row(), row(), par(), row()}
	tests := []struct{ i, want int }{
		{0, 0}, // not a row: no run
		{1, 3}, // two rows, then a paragraph
		{2, 3}, // a run may be asked from its middle
		{3, 3},
		{4, 5}, // a run at the end
		{5, 5}, // past the end
	}
	for _, tt := range tests {
		if got := RowRun(ns, tt.i); got != tt.want {
			t.Errorf("RowRun(ns, %d) = %d, want %d", tt.i, got, tt.want)
		}
	}
}
