package newstext

import (
	"strings"
	"testing"
)

// TestTableNote: a note on a small table's figures under its last row,
// opened by its mark, （注）連結。東和食品は単体, 注：…, ※…, is the table's
// note (blind page ja-blind61-zenkoku-keizai: it had been a paragraph), as
// 数据来源：… is, and the title lines under it still open the next
// article. Look-alikes kept: the same line under a paragraph, and a line
// under the rows opening with 注意 or with no mark.
func TestTableNote(t *testing.T) {
	const story = "北陸精機、純利益２割増\n\n" +
		"　北陸精機（富山市）が６日発表した連結決算は、純利益が前年同期比２１％増の１２１億円だった。\n\n"
	const table = "主な企業の４～９月期決算（単位：億円、▲は赤字）\n" +
		"社名　売上高　営業利益　純利益\n" +
		"北陸精機　１２４０　１８６　１２１\n" +
		"東和食品　８９０　４２　▲１５\n"
	const column = "\n月曜コラム\n円安の「恩恵」はどこへ\n\n" +
		"　円相場が１ドル＝１５０円台で定着して半年がたつ。輸出企業の決算は軒並み好調だ。\n"
	for _, note := range []string{"（注）連結。東和食品は単体", "(注)連結。東和食品は単体", "注：連結。東和食品は単体", "※連結。東和食品は単体"} {
		d := mustRead(t, story+table+note+"\n"+column)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "paragraph 東和食品　８９０　４２　▲１５\n  note "+note)
		if h := articleHeadlines(d); len(h) != 2 {
			t.Errorf("%s: headlines %q, want the column's opening a second article:\n%s", note, h, got)
		}
		roundTrip(t, d)
	}
	for _, page := range []string{
		story + "（注）連結。東和食品は単体\n",
		story + table + "注意　東和食品は単体\n",
		story + table + "連結。東和食品は単体\n",
	} {
		d := mustRead(t, page)
		if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "note ") {
			t.Errorf("a note where there is none:\n%s", got)
		}
	}
}
