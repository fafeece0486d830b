package newstext

import (
	"strings"
	"testing"
)

// TestComparisonRowsNormalized: normalized text writes each row of a
// business table as an indented paragraph between blank lines; rows that
// are rows only by their comparison's bracket (４２１５（８）) stay rows
// there, as on the page, so the table's note under the last stays its
// note and the tree survives the round trip. A poll's line alone among
// indented prose paragraphs, and unindented lines apart, keep their
// reading.
func TestComparisonRowsNormalized(t *testing.T) {
	head := "# 東邦重機、純利益１５％増\n\n　　東邦重機は８日、連結決算を発表した。純利益は前年同期比１５％増だった。\n\n主な企業の４～９月期決算（単位：億円、カッコ内は前年比％）\n\n"
	rows := []string{"東邦重機　４２１５（８）　３８６（２１）　２５１（１５）", "北斗化学　１８７０（▲３）　９５（▲１８）　６２（▲２５）", "三光リテール　２６４０（５）　▲１２（▲２）　▲４０（▲５）"}
	note := "（注）▲は赤字・減。連結"
	var b strings.Builder
	b.WriteString(head + "　　社名　売上高　営業利益　純利益\n\n")
	for _, r := range rows {
		b.WriteString("　　" + r + "\n\n")
	}
	b.WriteString(note + "\n")
	got := leafLines(t, b.String())
	if want := "paragraph " + rows[2] + "\nnote " + note; !strings.Contains(got, want) {
		t.Errorf("no %q in:\n%s", want, got)
	}
	// Without the header: the rows beside one another still.
	b.Reset()
	b.WriteString(head)
	for _, r := range rows {
		b.WriteString("　　" + r + "\n\n")
	}
	b.WriteString(note + "\n")
	if got := leafLines(t, b.String()); !strings.Contains(got, "note "+note) {
		t.Errorf("no note in:\n%s", got)
	}
	// Look-alikes: a poll's line alone among indented prose, and the
	// rows unindented and apart, keep their reading.
	poll := "# 内閣支持率下落\n\n　　共同通信社が実施した全国電話世論調査の結果がまとまった。\n\n　　内閣支持率　２８％（前回比３ポイント減）\n\n　　不支持率は５割を超えた。\n"
	if got := leafLines(t, poll); !strings.Contains(got, "paragraph 内閣支持率　２８％（前回比３ポイント減）\nparagraph 不支持率は５割を超えた。") {
		t.Errorf("the poll's line changed:\n%s", got)
	}
	b.Reset()
	b.WriteString(head)
	for _, r := range rows {
		b.WriteString(r + "\n\n")
	}
	b.WriteString(note + "\n")
	if got := leafLines(t, b.String()); strings.Contains(got, "note "+note) {
		t.Errorf("unindented rows apart read as rows:\n%s", got)
	}
}
