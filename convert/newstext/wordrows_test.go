package newstext

import (
	"strings"
	"testing"
)

// TestWordRowsApart: rows of a list or a schedule with words in their
// fields and no figure, three or more parted by padding, as many on each
// line (南下　永康至大灣　封閉內側車道), are a paragraph each, however wide
// against the column, and the last is no line the paragraph after the
// blank line under them continues (blind page tw-zhonghua-tainan: the
// rows, glued, ran on into it). Two title lines of two phrases, lines of
// different shapes, a line with a clause's comma and Korean lines are no
// pair; a paragraph broken by a column across a blank line still joins.
func TestWordRowsApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"南下　永康至大灣　封閉內側車道", "北上　仁德至永康　封閉外側車道", true},
		{"8日　南下　永康至大灣　封閉內側車道", "9日　北上　仁德至永康　封閉外側車道", true},
		{"南行　东湖至西湾　封闭内侧车道", "北行　西湾至东湖　封闭外侧车道", true},
		{"東区  中央通り  片側通行", "西区  港大橋  全面通行止め", true},
		{"國1永康仁德段　夜間封閉", "施工3晚　用路人請改道", false},
		{"南下　永康至大灣　封閉內側車道", "北上　仁德至永康", false},
		{"南下　永康至大灣　封閉內側車道", "北上，仁德至永康，封閉外側車道", false},
		{"남행　영동대교　전면　통제", "북행　성수대교　일부　통제", false},
		{"公路局將於本週進行道路養護工程部分路段", "夜間封閉用路人請提前改道行駛以免延誤", false},
	} {
		if got := wordRowPair(c.a, c.b); got != c.want {
			t.Errorf("wordRowPair(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	lead := "台南國道夜間封閉\n\n【記者王小明／台南報導】公路局將\n於本週進行道路養護工程，部分路段\n夜間封閉，用路人請提前改道行駛，\n以免延誤行程。\n\n封閉路段如下：\n\n"
	after := "\n\n公路局提醒，施工期間車速限制降為\n每小時50公里，用路人可改行台1\n線替代道路。\n"
	for _, r := range [][3]string{
		{"南下　永康至大灣　封閉內側兩車道", "北上　仁德至永康　封閉外側兩車道", "雙向　大灣至仁德　封閉全部匝道口"},
		{"8日　南下　永康至大灣　封閉內側車道", "9日　北上　仁德至永康　封閉外側車道", "10日　雙向　大灣至仁德　封閉匝道口"},
		{"南行　东湖至西湾　封闭内侧两车道", "北行　西湾至东湖　封闭外侧两车道", "双向　西湾至南港　封闭全部匝道口"},
	} {
		page := lead + r[0] + "\n" + r[1] + "\n" + r[2] + after
		d := mustRead(t, page)
		got := strings.Join(flatKinds(d), "\n")
		want := strings.Join([]string{
			"article", "  headline 台南國道夜間封閉", "  dateline 【記者王小明／台南報導】",
			"  paragraph 公路局將於本週進行道路養護工程，部分路段夜間封閉，用路人請提前改道行駛，以免延誤行程。",
			"  paragraph 封閉路段如下：",
			"  paragraph " + r[0], "  paragraph " + r[1], "  paragraph " + r[2],
			"  paragraph 公路局提醒，施工期間車速限制降為每小時50公里，用路人可改行台1線替代道路。",
		}, "\n")
		if got != want {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, want)
		}
		roundTrip(t, d)
	}
	// A paragraph a column break cut, across a blank line, still joins.
	page := lead + "公路局提醒，施工期間車速限制降為\n每小時50公里，用路人可改行台1\n\n線替代道路。\n"
	d := mustRead(t, page)
	if got := strings.Join(flatKinds(d), "\n"); !strings.Contains(got, "paragraph 公路局提醒，施工期間車速限制降為每小時50公里，用路人可改行台1線替代道路。") {
		t.Errorf("a paragraph cut across a blank line was not joined:\n%s", got)
	}
	roundTrip(t, d)
}
