package bulletin_test

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/bulletin"
	"github.com/paiban/paiban/convert/doc"
)

// TestTableRows: a run of table rows (doc.Node.Row) is one block, a line
// a row with no indent, its columns aligned, at most three ems apart on a
// wide bulletin; too wide for the width, each row starts a line, flush
// left and ragged, its wrapped part hung.
func TestTableRows(t *testing.T) {
	row := func(s string) *doc.Node { return &doc.Node{Kind: doc.KindParagraph, Text: s, Row: true} }
	d := tree("zh-Hans",
		node(doc.KindHeadline, "联赛第五轮战报"),
		node(doc.KindParagraph, "第五轮比赛结果："),
		row("山东 102:98 河南"), row("天津 88:91 成都"),
		node(doc.KindParagraph, "下一轮比赛将于周六进行。"))
	got := write(t, d, bulletin.WithWidth(72))
	want := "山东      102:98      河南\n天津       88:91      成都\n"
	if !strings.Contains(got, "\n\n"+want+"\n") {
		t.Errorf("rows not set as one table block:\n%s", got)
	}
	// Too wide for 12 columns: one block, a row a line flush left and
	// ragged, its wrapped part hung two columns in.
	narrow := write(t, d, bulletin.WithWidth(12))
	if wantNarrow := "\n\n山东 102:98\n  河南\n天津 88:91\n  成都\n\n"; !strings.Contains(narrow, wantNarrow) {
		t.Errorf("rows too wide for 12 columns not set ragged, want %q in:\n%s", wantNarrow, narrow)
	}
}
