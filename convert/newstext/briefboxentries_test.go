package newstext

import (
	"strings"
	"testing"
)

// TestBriefLabelOverEntries: a box of briefs' label over untitled items,
// each a paragraph opened by the same bullet (文化短信 / ▽… / ▽…), after
// the last paragraph of the story above, is an article's headline, the
// box a piece of its own, not a section of that story (blind round 85).
// A label naming no box of briefs, a box of one entry, entries of mixed
// bullets, a Korean bracketed label over ◇ items and a box of titled
// items read as before.
func TestBriefLabelOverEntries(t *testing.T) {
	const story = "俳　壇\n\n　一句目、冬の谷あいに響く鍬の音だけを捉え、村の静けさを際立たせた。\n\n"
	entries := func(b1, b2 string) string {
		return b1 + "長野市の洋画家の個展が１４日まで、同市のギャラリーで開かれている。\n" +
			b2 + "県内の高校文芸部による合同作品集が完成した。１２校の生徒が寄せた。\n"
	}
	tests := []struct{ name, page, heads string }{
		{"▽ entries", story + "文化短信\n" + entries("▽", "▽"), "俳　壇 / 文化短信"},
		{"◇ entries, blank lines", story + "県内短信\n\n" + strings.ReplaceAll(entries("◇", "◇"), "\n", "\n\n"), "俳　壇 / 県内短信"},
		{"padded label", story + "短　信\n" + entries("▽", "▽"), "俳　壇 / 短　信"},
		{"zh ● entries", "社区食堂开进老小区\n\n本报讯 城东街道首家社区食堂昨日开业，老人就餐可享八折优惠。\n\n简讯\n" +
			"●市图书馆宣布，本月起周六周日开放时间延长至晚上九点。\n●气象台预计，本周末最高气温将升至二十度左右。\n", "社区食堂开进老小区 / 简讯"},
		{"no box label", story + "地域の話題\n" + entries("▽", "▽"), "俳　壇"},
		{"one entry", story + "文化短信\n▽長野市の洋画家の個展が１４日まで、同市のギャラリーで開かれている。\n", "俳　壇"},
		{"mixed bullets", story + "文化短信\n" + entries("▽", "◇"), "俳　壇"},
		{"ko bracketed label over ◇ items: a head", "청주 광역철도 예타 3년째 표류\n\n서울=김도윤 기자\n\n" +
			"충청권 광역철도 청주 도심 통과 노선의 예비타당성조사가 3년째 결론을 내지 못하고 있다.\n\n[국감 브리핑]\n\n" +
			"◇청주공항 활주로 연장 “예타 면제해야”=김소영 의원은 14일 국감에서 예타 면제를 요구했다.\n\n" +
			"◇충북대병원 응급실 전문의 “2년 새 절반으로”=최현우 의원이 받은 자료에 따르면 전문의는 6명으로 줄었다.\n", "청주 광역철도 예타 3년째 표류"},
		{"titled ▽ items", story + "文化短信\n▽上田で交通安全講習\n　上田署は５日、高齢者施設で交通安全講習を開いた。\n" +
			"▽松本城で夜間特別公開\n　松本市は２０日から３日間、天守の夜間特別公開を行う。\n", "俳　壇 / ▽上田で交通安全講習 / ▽松本城で夜間特別公開"},
	}
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		if got := headlines(d); got != tt.heads {
			t.Errorf("%s: articles %q, want %q\n%s", tt.name, got, tt.heads, strings.Join(pageLeafKinds(d), "\n"))
		}
	}
}
