package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestMarketRateRow: a market box's row whose figure is a rate, a
// quantity and its price parted by ＝ (円相場　１ドル＝１５０円２０銭　３０銭円安,
// 原油　１バレル＝７８．５６ドル　１．２ドル高), is a table's row as the row of
// a bare price is (blind page ja-chiho-keizai: it was read as a headline
// and split the box into a false article). A headline about the rate,
// with words on a side of ＝ or a word before the quantity, stays none.
func TestMarketRateRow(t *testing.T) {
	for s, want := range map[string]bool{
		"円相場　１ドル＝１５０円２０銭　３０銭円安":   true,
		"円相場　１ドル＝１５０円２０銭　３０銭安":    true,
		"ドル円　1ドル=150円20銭　30銭円安":   true,
		"ユーロ　１ユーロ＝１６２円３５銭　４５銭円高":  true,
		"原油　１バレル＝７８．５６ドル　１．２ドル高":  true,
		"１ドル＝１５０円台に　円安進む":         false,
		"円相場　一時１ドル＝１６０円台　３４年ぶり安値": false,
		"１ドル＝１５０円に迫る　輸出企業に追い風":    false,
		"円相場　１ドル＝１５０円２０銭、３０銭円安":   false,
	} {
		if got := tableRow(s) > 0; got != want {
			t.Errorf("tableRow(%q) > 0 = %v, want %v", s, got, want)
		}
	}
	const box = "県内企業の冬のボーナス\n平均５２万円、３年連続増\n" +
		"　ふくい経済研究所は７日、県内企業の今冬のボーナス支給見込み額を発表した。\n" +
		"きょうの市況\n" +
		"日経平均　３万９８１２円４５銭　２１３円高\n"
	const next = "長期金利　１．０８５％　０．０１５％上昇\n" +
		"越前がに初競り　最高値１５０万円\n" +
		"　【越前】越前町の越前漁港で７日、越前がにの今季初競りがあった。\n"
	for _, row := range []string{"円相場　１ドル＝１５０円２０銭　３０銭円安", "原油　１バレル＝７８．５６ドル　１．２ドル高"} {
		wantNestedKinds(t, box+row+"\n"+next,
			"article", "headline 県内企業の冬のボーナス", "subheadline 平均５２万円、３年連続増",
			"paragraph ふくい経済研究所は７日、県内企業の今冬のボーナス支給見込み額を発表した。",
			"section", "  heading きょうの市況", "  paragraph 日経平均　３万９８１２円４５銭　２１３円高",
			"  paragraph "+row, "  paragraph 長期金利　１．０８５％　０．０１５％上昇",
			"article", "headline 越前がに初競り　最高値１５０万円", "dateline 【越前】",
			"paragraph 越前町の越前漁港で７日、越前がにの今季初競りがあった。")
	}
}

// nestedKinds lists each node under the articles of d as "kind text",
// indented two spaces for each level below an article's children.
func nestedKinds(d *doc.Document) []string {
	var out []string
	var walk func(n *doc.Node, depth int)
	walk = func(n *doc.Node, depth int) {
		out = append(out, strings.Repeat("  ", depth)+strings.TrimSpace(string(n.Kind)+" "+n.Text))
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	for _, a := range d.Articles {
		out = append(out, "article")
		for _, n := range a.Children {
			walk(n, 0)
		}
	}
	return out
}

// wantNestedKinds checks the whole tree of page against want
// (nestedKinds) and that the normalized writer's text reads back to it.
func wantNestedKinds(t *testing.T, page string, want ...string) {
	t.Helper()
	d := mustRead(t, page)
	if got := nestedKinds(d); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	roundTrip(t, d)
}
