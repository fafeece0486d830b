package newstext

import "testing"

// TestTableUnderParagraph: a small table set as text under a finished
// paragraph, its title closed by its unit, a header row of words parted
// by single spaces and its rows, is no part of the paragraph: the title
// is the table's caption and each row a line of its own; the header row
// over the rows is a row, not the headline of a new story.
func TestTableUnderParagraph(t *testing.T) {
	page := "财经周刊　2026年6月2日　星期二　市场·农业　07\n" +
		"蔬菜市场观察\n" +
		"蔬菜价格季节性回落：叶菜降幅“最大”\n" +
		"财经周刊记者 赵晴 实习生 高远 广州报道\n" +
		"　　进入五月，本地蔬菜集中上市，批发价格随之回落，多个\n" +
		"品种连续两周下跌，市场供应总体充足，市民采购较为方便。\n" +
		"　　记者走访多个批发市场发现，叶菜类降幅最大，根茎\n" +
		"类价格基本稳定，部分品种仍略高于去年同期水平。\n" +
		"部分蔬菜批发均价（单位：元/公斤）\n" +
		"品种 5月第1周 环比 同比\n" +
		"菠菜 3.20 -8.6% +2.1%\n" +
		"土豆 2.45 -1.2% -0.8%\n" +
		"白菜 1.80 -5.3% +0.6%\n" +
		"西红柿 4.60 -3.1% -2.2%\n" +
		"数据来源：市农业农村局\n" +
		"后市走势\n" +
		"　　市场人士预计，随着外地菜源增加，价格还有小幅下\n" +
		"行空间，但降幅将逐步收窄，市民可按需选购。\n"
	wantKinds(t, page,
		"noise 财经周刊　2026年6月2日　星期二　市场·农业　07",
		"kicker 蔬菜市场观察",
		"headline 蔬菜价格季节性回落：叶菜降幅“最大”",
		"byline 财经周刊记者 赵晴 实习生 高远 广州报道",
		"paragraph 进入五月，本地蔬菜集中上市，批发价格随之回落，多个品种连续两周下跌，市场供应总体充足，市民采购较为方便。",
		"paragraph 记者走访多个批发市场发现，叶菜类降幅最大，根茎类价格基本稳定，部分品种仍略高于去年同期水平。",
		"caption 部分蔬菜批发均价（单位：元/公斤）",
		"paragraph 品种 5月第1周 环比 同比",
		"paragraph 菠菜 3.20 -8.6% +2.1%",
		"paragraph 土豆 2.45 -1.2% -0.8%",
		"paragraph 白菜 1.80 -5.3% +0.6%",
		"paragraph 西红柿 4.60 -3.1% -2.2%")
	for s, want := range map[string]int{
		"品种 5月第1周 环比 同比":     4,
		"城市 三月 环比":           3,
		"品种，本周 环比":           0,
		"北市公車全面電動化計畫出爐 首波汰換": 0,
	} {
		if got := wordRow(s); got != want {
			t.Errorf("wordRow(%q) = %d, want %d", s, got, want)
		}
	}
}
