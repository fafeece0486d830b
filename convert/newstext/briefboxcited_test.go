package newstext

import (
	"strings"
	"testing"
)

// TestBriefBoxCitedItems: an item of a box of briefs whose paragraph
// closes its last sentence with the paper or site it was taken from,
// …增长12.1%。（据《江州日报》）, is finished there, as one closed by a
// credit is: the title line under it is the next item's headline (blind
// round 85). The citation stays in the item's text. A story's heads over
// such paragraphs under a headline that names no brief box, a bracket
// that cites no source or follows no finished sentence, and a digest's
// marked heads keep what they were.
func TestBriefBoxCitedItems(t *testing.T) {
	item := func(title, text string) string { return title + "\n\u3000\u3000" + text + "\n\n" }
	tests := []struct{ name, page, heads string }{
		{"zh 快讯, paper cited", "财经快讯\n\n" +
			item("江州港前11月集装箱吞吐量增长9.3%", "江州港集团6日发布数据，今年1月至11月，江州港累计完成集装箱吞吐量1286万标准箱，同比增长9.3%。（据《江州日报》）") +
			item("首批县域数据资产完成入表", "日前，青阳县城投公司将公共停车数据资源作为无形资产计入财务报表。（本报记者 许安）") +
			item("林业碳汇指数保险首次触发理赔", "记者6日从市林业局获悉，石门林场投保的林业碳汇指数保险触发理赔。"),
			"江州港前11月集装箱吞吐量增长9.3% / 首批县域数据资产完成入表 / 林业碳汇指数保险首次触发理赔"},
		{"zh 简讯, site cited, every item", "简讯\n\n" +
			item("城东新建三座口袋公园", "城东区今年新建口袋公园三座，均已向市民开放。（据新华网报道）") +
			item("市图书馆延长周末开放时间", "市图书馆宣布，本月起周六周日开放至晚上九点。（据《江州晚报》）") +
			item("本周末气温明显回升", "气象台预计，本周末最高气温将升至二十度左右。（据《江州日报》）"),
			"城东新建三座口袋公园 / 市图书馆延长周末开放时间 / 本周末气温明显回升"},
		{"zh-Hant 快訊, paper cited", "本地快訊\n\n" +
			item("荃灣新泳池下月開放", "康文署表示，荃灣新建的室內暖水泳池將於下月初開放，首三個月免費入場。（據《星島日報》）") +
			item("渡輪公司加開夜航班次", "渡輪公司宣布，由本周五起加開中環至長洲的夜航班次，方便市民假日出行。"),
			"荃灣新泳池下月開放 / 渡輪公司加開夜航班次"},
		{"zh story, heads over cited paragraphs, stays one", "民生\n\n社区食堂开进老小区\n\n" +
			"本报讯 城东街道首家社区食堂昨日开业，六十岁以上老人就餐可享八折优惠。\n\n" +
			item("菜品每周更换", "食堂负责人介绍，每天供应早中晚三餐，菜品每周更换。（据《江州日报》）") +
			item("志愿者上门送餐", "对行动不便的老人，街道组织志愿者每天中午上门送餐。（据新华网报道）"),
			"社区食堂开进老小区"},
		{"zh box, bracket after no finished sentence", "财经快讯\n\n" +
			item("江州港前11月集装箱吞吐量增长9.3%", "江州港集团6日发布数据，今年1月至11月集装箱吞吐量增长9.3%，外贸航线增幅见附表（据《江州日报》）") +
			item("首批县域数据资产完成入表", "日前，青阳县城投公司将公共停车数据资源作为无形资产计入财务报表。（本报记者 许安）"),
			"江州港前11月集装箱吞吐量增长9.3%"},
		{"zh box, bracket naming no paper", "财经快讯\n\n" +
			item("江州港前11月集装箱吞吐量增长9.3%", "江州港集团6日发布数据，今年1月至11月集装箱吞吐量1286万标准箱。（单位：标准箱）") +
			item("首批县域数据资产完成入表", "日前，青阳县城投公司将公共停车数据资源作为无形资产计入财务报表。（本报记者 许安）"),
			"江州港前11月集装箱吞吐量增长9.3%"},
		{"zh digest, marked heads stay sections", "一周观点\n\n【“县域商业是扩内需的重要抓手”】\n" +
			"商务部研究院一位专家表示，完善县域商业体系，能带动农村消费升级。（据《经济日报》）\n\n" +
			"【“不能让‘数字鸿沟’挡住老年人”】\n一位研究员撰文指出，公共服务应保留必要的线下渠道。（据新华网报道）\n",
			"一周观点"},
	}
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		if got := headlines(d); got != tt.heads {
			t.Errorf("%s: articles %q, want %q\n%s", tt.name, got, tt.heads, strings.Join(pageLeafKinds(d), "\n"))
		}
	}
	for _, s := range []string{"…同比增长9.3%。（据《江州日报》）", "…开放。（据新华网报道）", "…開放。（據《星島日報》）"} {
		if !citedEnd(s) {
			t.Errorf("citedEnd(%q) = false", s)
		}
	}
	for _, s := range []string{"…见附表（据《江州日报》）", "…标准箱。（单位：标准箱）", "…开放。（据了解）", "（据《江州日报》）", "…开放。（据《江州日报》）记者", "…开放。"} {
		if citedEnd(s) {
			t.Errorf("citedEnd(%q) = true", s)
		}
	}
}
