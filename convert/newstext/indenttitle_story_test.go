package newstext

import (
	"strings"
	"testing"
)

// TestIndentedTitleOverCreditOrText: OCR sets a centred title with the
// paragraphs' 2em indent, and a story with no dateline sets its
// reporter's credit line between the title and the text, or nothing at
// all (blind page cn-ocr-jingji: 前11月全市经济运行稳中向好 /
// 规上工业增加值同比增长7.2% / 本报记者　何　苗 had been two paragraphs;
// with no credit line the titles were glued to the text). Short
// unpunctuated indented lines over a credit line alone (indented or
// flush, one name or several), over a flush 記者X／Y報導 line, or
// opening the page over the first line of a wrapped paragraph are the
// title: a headline, a kicker over it, a subheadline under it. Look-alikes
// that must not change: a crosshead and a list item (一是…) between
// paragraphs, a quoted couplet, and a title line over a one-line
// paragraph, where the text line is no wrapped paragraph's first.
func TestIndentedTitleOverCreditOrText(t *testing.T) {
	const folio = "滨江日报　2026年12月6日　星期六　第５版　经济\n"
	const body = "　　市统计局12月5日发布数据，\n" +
		"今年1月至11月，全市规模以上工\n" +
		"业增加值同比增长，增速比前10个\n" +
		"月加快，全市规上企业超过千家。\n" +
		"　　市统计局有关负责人表示，下一\n" +
		"步将密切跟踪重点行业运行情况，为\n" +
		"全年目标任务完成提供支撑。\n"
	type node struct{ kind, text string }
	for _, c := range []struct {
		name string
		page string
		want []node
	}{
		{"kicker and headline over an indented credit line",
			folio + "　　前11月全市经济运行稳中向好\n　　规上工业增加值同比增长7.2%\n　　本报记者　何　苗\n" + body,
			[]node{{"kicker", "前11月全市经济运行稳中向好"}, {"headline", "规上工业增加值同比增长7.2%"}, {"byline", "本报记者　何　苗"}}},
		{"over a flush credit line",
			folio + "　　前11月全市经济运行稳中向好\n　　规上工业增加值同比增长7.2%\n本报记者　何苗\n" + body,
			[]node{{"kicker", "前11月全市经济运行稳中向好"}, {"headline", "规上工业增加值同比增长7.2%"}, {"byline", "本报记者　何苗"}}},
		{"one title line over a credit of two names",
			folio + "　　规上工业增加值同比增长7.2%\n　　本报记者　何　苗　通讯员　李　明\n" + body,
			[]node{{"headline", "规上工业增加值同比增长7.2%"}}},
		{"the next story's title over its credit, under a finished paragraph",
			folio + body + "　　滨江首家氢能加氢站投运\n　　本报记者　周丽娟\n　　12月4日，滨江经济开发区首座\n加氢站正式投入运营，日加氢能力\n达到五百公斤。\n",
			[]node{{"headline", "滨江首家氢能加氢站投运"}}},
		{"zh-Hant 主標 and 副標 over a flush 記者X／Y報導",
			"宜蘭日報　2026年12月6日　星期六　A5版　地方新聞\n　　羅東夜市攤商齊心\n　　推動減塑成效佳\n記者林怡君／宜蘭報導\n" +
				"　　羅東夜市自治會今年推動減塑，\n攤商改用可重複使用的餐具，一年來\n減少一次性塑膠用品約三成，獲縣府\n表揚。自治會表示，明年將持續推廣。\n",
			[]node{{"headline", "羅東夜市攤商齊心"}, {"subheadline", "推動減塑成效佳"}}},
		{"no credit: opening the page over a wrapped paragraph",
			folio + "　　前11月经济运行稳中向好\n　　规上工业增加值同比增长7.2%\n" + body,
			[]node{{"kicker", "前11月经济运行稳中向好"}, {"headline", "规上工业增加值同比增长7.2%"},
				{"paragraph", "市统计局12月5日发布数据，今年1月至11月，全市规模以上工业增加值同比增长，增速比前10个月加快，全市规上企业超过千家。"}}},
		{"no dateline under the folio: one title line",
			"津城晚报　社会新闻　２０２６年１２月６日　Ａ７\n　　楼道灯坏了半月\n　　昨天下午，家住河西区友谊路的刘阿姨\n拨打了热线。\n",
			[]node{{"headline", "楼道灯坏了半月"}}},
		{"no credit, no folio: one title line",
			"　　规上工业增加值同比增长7.2%\n" + body,
			[]node{{"headline", "规上工业增加值同比增长7.2%"}}},
		// Not changed: a crosshead between paragraphs over plain text.
		{"a crosshead between paragraphs",
			body + "　　工业投资保持增长\n　　分行业看，汽车制造业、电气机\n械和器材制造业增加值分别增长较快，\n成为拉动工业增长的主要力量。\n",
			[]node{{"paragraph", "工业投资保持增长"}}},
		// Not changed: a list's items, the first short, over a credit.
		{"a list item over a credit line",
			body + "　　主要措施有以下几点：\n　　一是加强统筹协调\n　　本报记者　周丽娟\n",
			[]node{{"paragraph", "一是加强统筹协调"}}},
		// Not changed: a quoted couplet between paragraphs.
		{"a couplet between paragraphs",
			body + "　　春风又绿江南岸\n　　明月何时照我还\n　　王安石的这句诗，道出了游子思\n乡的心情，也让人想起家乡的变化。\n",
			[]node{{"paragraph", "春风又绿江南岸"}, {"paragraph", "明月何时照我还"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := mustRead(t, c.page)
			for _, w := range c.want {
				if got := kindOfText(d, w.text); got != w.kind {
					t.Errorf("%s: got %q, want %q\npage:\n%s\ntree:\n%s", w.text, got, w.kind, c.page, treeLines(d))
				}
			}
			roundTrip(t, d)
		})
	}
	// Not a story's start: the paragraph under the title line is one
	// line, not wrapped, and no line is a title's by this rule.
	d := mustRead(t, folio+"　　规上工业增加值同比增长7.2%\n　　今年以来全市经济稳中向好。\n"+body)
	if strings.Contains(treeLines(d), "headline") {
		t.Errorf("a one-line paragraph under a title-like line made a headline:\n%s", treeLines(d))
	}
}
