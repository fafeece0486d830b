package newstext

import (
	"strings"
	"testing"
)

// TestBriefBoxItems: each item of a box of briefs under its label (简讯,
// 快訊, ニュース短信, 단신), a title line over one paragraph, is a story of
// its own with its headline, not a section of the first; a story whose
// short heads stand over one paragraph each, under a headline that names
// no brief box, keeps them as its sections.
func TestBriefBoxItems(t *testing.T) {
	tests := []struct{ name, page, heads string }{
		{"zh box after a story", "社区食堂开进老小区\n\n本报讯 城东街道首家社区食堂昨日开业，六十岁以上老人就餐可享八折优惠。\n\n" +
			"食堂负责人介绍，每天供应早中晚三餐，菜品每周更换。\n\n简讯\n\n公交12路下周起调整走向\n\n" +
			"市公交集团消息，因道路施工，12路公交车自下周一起绕行建设路，途经站点暂停使用。\n\n" +
			"市图书馆延长周末开放时间\n\n市图书馆宣布，本月起周六周日开放时间延长至晚上九点，读者可凭证件入馆。\n\n" +
			"本周末气温明显回升\n\n气象台预计，受暖湿气流影响，本周末最高气温将升至二十度左右，适宜出行。\n",
			"社区食堂开进老小区 / 公交12路下周起调整走向 / 市图书馆延长周末开放时间 / 本周末气温明显回升"},
		{"zh-Hant box, no blank lines", "本地快訊\n荃灣新泳池下月開放\n康文署表示，荃灣新建的室內暖水泳池將於下月初開放，首三個月免費入場。\n" +
			"渡輪公司加開夜航班次\n渡輪公司宣布，由本周五起加開中環至長洲的夜航班次，方便市民假日出行。\n" +
			"小學派位結果周二公布\n教育局表示，今年小一派位結果將於周二上午公布，家長可於網上查閱。\n",
			"荃灣新泳池下月開放 / 渡輪公司加開夜航班次 / 小學派位結果周二公布"},
		{"ko CRLF box", "경제 단신\r\n한빛은행, 청년 전용 적금 출시\r\n한빛은행은 만 19~34세 청년을 위한 전용 적금 상품을 내놓았다고 4일 밝혔다. 최고 연 5% 금리를 준다.\r\n" +
			"전통시장 상품권 할인율 상향\r\n중소벤처기업부는 다음 달 전통시장 상품권 할인율을 10%에서 15%로 올린다고 밝혔다.\r\n" +
			"항공 유류할증료 두 달째 하락\r\n국내 항공사들은 다음 달 국제선 유류할증료를 이번 달보다 한 단계 낮춘다고 밝혔다.\r\n",
			"한빛은행, 청년 전용 적금 출시 / 전통시장 상품권 할인율 상향 / 항공 유류할증료 두 달째 하락"},
		{"ja box after a story", "市バス新路線が開業\n\n　市交通局は１日、駅と大学を結ぶ新しいバス路線の運行を始めた。１日２０往復する。\n\n" +
			"　初日は多くの学生が利用した。\n\nニュース短信\n\n図書館が夜間開館\n\n　市立図書館は今月から金曜日の開館時間を午後９時まで延長する。\n\n" +
			"公園に新遊具を設置\n\n　市は中央公園に幼児向けの新しい遊具を設置した。利用は無料。\n\n" +
			"歩道橋の改修始まる\n\n　駅前の歩道橋の改修工事が始まった。３月末に完了する予定。\n",
			"市バス新路線が開業 / 図書館が夜間開館 / 公園に新遊具を設置 / 歩道橋の改修始まる"},
		{"zh story with one-paragraph heads stays one", "民生\n\n社区食堂开进老小区\n\n本报讯 城东街道首家社区食堂昨日开业，六十岁以上老人就餐可享八折优惠。\n\n" +
			"菜品每周更换\n\n食堂负责人介绍，每天供应早中晚三餐，菜品每周更换，价格公示上墙。\n\n" +
			"志愿者上门送餐\n\n对行动不便的老人，街道组织志愿者每天中午上门送餐。\n",
			"社区食堂开进老小区"},
		{"ko story with one-paragraph heads stays one", "청년 적금 가입자 100만 명 돌파\r\n금융위원회는 청년 적금 가입자가 100만 명을 넘었다고 4일 밝혔다.\r\n" +
			"가입 조건 완화\r\n정부는 올해부터 소득 기준을 완화해 가입 문턱을 낮췄다.\r\n" +
			"중도 해지 줄어\r\n중도 해지율도 지난해보다 크게 낮아졌다.\r\n",
			"청년 적금 가입자 100만 명 돌파"},
	}
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		if got := headlines(d); got != tt.heads {
			t.Errorf("%s: articles %q, want %q\n%s", tt.name, got, tt.heads, strings.Join(pageLeafKinds(d), "\n"))
		}
	}
}
