package newstext

import (
	"strings"
	"testing"
)

// TestJaMarketBox: a Japanese 経済面's market box under its own name,
// 株式 (padded out, 株　式, or not), 為替, 主な指標 …, over rows of
// figures, is an article of its own headed by its name, its rows a
// paragraph each: right under another table's last row, after a story's
// paragraph or signature, under the box above, or opening the page.
// Look-alikes stay as they were: the name over prose, a head under the
// box's own title, a head-marked ◇株式, another short line over rows
// (得点者), and a name that is no market box's (株価, 商品).
func TestJaMarketBox(t *testing.T) {
	const story = "信越精機、中間期は営業赤字\nスマホ向け部品の受注低迷\n\n" +
		"　信越精機が６日発表した中間連結決算は、営業損益が３億円の赤字に転落した。\n"
	const rows = "日経平均　４万１２０６円８８銭　▲３０５円１２銭\nＴＯＰＩＸ　２８６３．０５　▲１８．４２\n出来高　２１億４６００万株\n"
	const next = "\n米ＩＴ大手、日本に２兆円投資\nデータセンター５カ所新設へ\n\n" +
		"　【ニューヨーク＝佐藤広樹】米ＩＴ大手のノーザンクラウドは５日、日本に約２兆円を投じると発表した。\n"
	const table = "\n主な企業の９月中間決算（単位・百万円、▲は赤字・減）\n◇信越精機\n" +
		"売上高　１２，４０８（　６．２）\n営業利益　▲３１５（　―　）\n◇北辰化成\n" +
		"売上高　８，９７６（▲３．１）\n純利益　２９０（　９．４）\n"
	const pension = "\n運用資産の内訳（単位・％）\n株式\n国内　２５．１\n外国　２５．３\n債券\n国内　２４．８\n外国　２４．８\n\n" +
		"　資産構成の割合は、基本ポートフォリオの目安の範囲内に収まった。\n"
	for _, c := range []struct {
		name, page, box string
		first           string // the box's first row
		ok              bool
	}{
		{"padded after a table's last row", story + "（経済部・田村彩）\n" + table + "\n株　式\n" + rows + next, "株　式", "日経平均　４万１２０６円８８銭　▲３０５円１２銭", true},
		{"unpadded after a table's last row", story + table + "\n株式\n" + rows + next, "株式", "日経平均　４万１２０６円８８銭　▲３０５円１２銭", true},
		{"after a story's paragraph", story + "\n株　式\n" + rows + next, "株　式", "日経平均　４万１２０６円８８銭　▲３０５円１２銭", true},
		{"after a signature", story + "（経済部・田村彩）\n\n株式\n" + rows + next, "株式", "日経平均　４万１２０６円８８銭　▲３０５円１２銭", true},
		{"under the box above", story + "\n株　式\n" + rows + "\n為　替\n円相場　１５４円２０銭　▲５０銭\nユーロ　１６３円０５銭　▲１２銭\n" + next,
			"為　替", "円相場　１５４円２０銭　▲５０銭", true},
		{"opening the page", "主な指標\n" + rows + next, "主な指標", "日経平均　４万１２０６円８８銭　▲３０５円１２銭", true},
		{"over prose", story + "\n株式\n\n　東京株式市場は反落した。利益確定の売りが出た。\n" + next, "株式", "", false},
		{"a head under the box's title", story + "\nきょうの市場\n株式\n" + rows + next, "株式", "", false},
		{"head-marked", story + table + "\n◇株式\n" + rows + next, "◇株式", "", false},
		{"another short line over rows", story + table + "\n得点者\n" + "神戸　大迫２\n浦和　興梠１\n" + next, "得点者", "", false},
		{"no market box's name", story + table + "\n株価\n" + rows + next, "株価", "", false},
		// A story's own figures and a table's category heads (review 31a
		// findings 1 and 2): the rows announced by the story's paragraph
		// with its prose and signature under them; names under a table's
		// titling caption; a second name after rows whose first name is
		// a head under a title.
		{"the story's own figures", story + "主な指標の終値は次の通り。\n\n株式\n" + rows + "\n　市場関係者は「当面は値動きの荒い展開が続きそうだ」と話している。\n（経済部・田村彩）\n" + next, "株式", "", false},
		{"the story's figures over its signature", story + "\n株式\n" + rows + "（経済部・田村彩）\n" + next, "株式", "", false},
		{"a category head under a table's caption", story + pension + next, "株式", "", false},
		{"the second category head under a table's caption", story + pension + next, "債券", "", false},
		{"the second head under the box's title", story + "\nきょうの市場\n\n株　式\n" + rows + "\n為　替\n円相場　１５４円２０銭　▲５０銭\n" + next, "為　替", "", false},
		{"the third head under the box's title", story + "\nきょうの市場\n\n株　式\n" + rows + "\n為　替\n円相場　１５４円２０銭　▲５０銭\n\n債　券\n長期金利　１．５２０％　＋０．０１０\n" + next, "債　券", "", false},
	} {
		got := jaLeaves(mustRead(t, c.page))
		opened := strings.Contains(got, "article\nheadline "+c.box+"\nparagraph "+c.first+"\n")
		if opened != c.ok {
			t.Errorf("%s: the box %q an article of its own under its name = %v, want %v:\n%s", c.name, c.box, opened, c.ok, got)
		}
		if c.ok {
			wantLeaves(t, got, "headline "+c.box, "paragraph "+c.first, "article", "headline 米ＩＴ大手、日本に２兆円投資")
		} else if strings.Contains(got, "headline "+c.box+"\n") {
			t.Errorf("%s: %q taken as a headline:\n%s", c.name, c.box, got)
		}
	}
}
