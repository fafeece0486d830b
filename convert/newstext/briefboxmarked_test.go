package newstext

import (
	"strings"
	"testing"
)

// TestBriefBoxMarkedItems: under a listed brief box's label (ニュース短信,
// 简讯, 경제 단신) the items' titles marked with a bullet (◆ ■ ◇ ●) are
// the items' headlines, as unmarked ones are, and the label is the first
// item's kicker; bulleted heads under no label, or under a label that
// names no brief box, stay a story's sections, a bulleted rubric over
// its items stays a digest's headline, and bulleted lines with no text
// between them stay a list.
func TestBriefBoxMarkedItems(t *testing.T) {
	story := "善光寺で冬の大掃除\n僧侶ら５０人　すす払い\n　長野市元善町の善光寺で６日、年末恒例の「すす払い」があった。\n" +
		"　善光寺では２７日に大しめ縄の掛け替えも予定している。\n（中村遥）\n"
	jaItems := func(m string) string {
		return m + "上田で交通安全講習\n　上田署は５日、上田市内の高齢者施設で交通安全講習を開いた。利用者約３０人が反射材の付け方を学んだ。\n" +
			m + "松本城で夜間特別公開\n　松本市は２０日から３日間、松本城天守の夜間特別公開を行う。入場は午後７時まで。\n"
	}
	tests := []briefBoxPage{
		{"ja ◆ box after a signed story", story + "ニュース短信\n" + jaItems("◆"),
			"善光寺で冬の大掃除 / ◆上田で交通安全講習 / ◆松本城で夜間特別公開", "ニュース短信"},
		{"ja ■ box", story + "ニュース短信\n" + jaItems("■"),
			"善光寺で冬の大掃除 / ■上田で交通安全講習 / ■松本城で夜間特別公開", "ニュース短信"},
		{"ja ◇ box with blank lines", strings.ReplaceAll(story+"県内短信\n"+jaItems("◇"), "\n", "\n\n"),
			"善光寺で冬の大掃除 / ◇上田で交通安全講習 / ◇松本城で夜間特別公開", "県内短信"},
		{"zh ■ box", "社区食堂开进老小区\n\n本报讯 城东街道首家社区食堂昨日开业，六十岁以上老人就餐可享八折优惠。\n\n简讯\n\n" +
			"■公交12路下周起调整走向\n\n市公交集团消息，因道路施工，12路公交车自下周一起绕行建设路。\n\n" +
			"■市图书馆延长周末开放时间\n\n市图书馆宣布，本月起周六周日开放时间延长至晚上九点。\n",
			"社区食堂开进老小区 / ■公交12路下周起调整走向 / ■市图书馆延长周末开放时间", "简讯"},
		{"ko ● box, framed label", "[경제 단신]\r\n●한빛은행, 청년 전용 적금 출시\r\n한빛은행은 만 19~34세 청년을 위한 전용 적금 상품을 내놓았다고 4일 밝혔다.\r\n" +
			"●전통시장 상품권 할인율 상향\r\n중소벤처기업부는 다음 달 전통시장 상품권 할인율을 10%에서 15%로 올린다고 밝혔다.\r\n",
			"●한빛은행, 청년 전용 적금 출시 / ●전통시장 상품권 할인율 상향", "[경제 단신]"},
		// Look-alikes that must not change.
		{"ja ◆ heads under no label", story + jaItems("◆"), "善光寺で冬の大掃除", ""},
		// (Under a label that names no box, after the signature closing
		// the story above, the label is a corner's headline over its ◆
		// sections, as まちの話題 over ◇岡谷市◇ is (markedsections.go):
		// the items are still no headlines.)
		{"ja ◆ heads under a line that names no box", story + "地域の話題\n" + jaItems("◆"), "善光寺で冬の大掃除 / 地域の話題", ""},
		{"ja ■ rubric over ◇ items", "■ニュース短信\n" + jaItems("◇"), "■ニュース短信", ""},
		{"zh ◆ list under the label", "社区食堂开进老小区\n\n本报讯 城东街道首家社区食堂昨日开业，六十岁以上老人就餐可享八折优惠。\n\n简讯\n" +
			"◆公交12路调整走向\n◆图书馆延长开放\n◆周末气温回升\n\n以上信息供市民参考。\n",
			"社区食堂开进老小区", ""},
	}
	checkBriefBoxPages(t, tests)
}

// TestBriefBoxTriangleBracketItems: under a listed brief box's label the
// items' titles marked with ▽ or wrapped in lenticular brackets (alone on
// the line or run in before the item's text) are the items' headlines,
// as bulleted ones are; a standing box's ▽ entries with no text between
// them, ▽ or 【…】 heads under a line that names no box, and bracketed
// run-in lead-ins under no label stay as they were read.
func TestBriefBoxTriangleBracketItems(t *testing.T) {
	story := "上田市議会、新年度予算案を可決\n　上田市議会は２日の本会議で、総額８５０億円の新年度一般会計予算案を賛成多数で可決した。\n" +
		"　子育て支援の拡充などが柱で、前年度より３％多い。\n"
	items := func(open, close, sep string) string {
		return open + "東御でワイン祭り" + close + sep + "東御市の道の駅で６日、地元ワイナリー１０社が参加するワイン祭りが開かれる。\n" +
			open + "小諸で古本市" + close + sep + "小諸市立図書館は７日まで、除籍本の古本市を開いている。１冊１０円。\n"
	}
	tests := []briefBoxPage{
		{"▽ titles", story + "ニュース短信\n" + items("▽", "", "\n　"),
			"上田市議会、新年度予算案を可決 / ▽東御でワイン祭り / ▽小諸で古本市", "ニュース短信"},
		{"▽ titles with blank lines", strings.ReplaceAll(story+"県内短信\n"+items("▽", "", "\n　"), "\n", "\n\n"),
			"上田市議会、新年度予算案を可決 / ▽東御でワイン祭り / ▽小諸で古本市", "県内短信"},
		{"【】 titles alone", story + "ニュース短信\n" + items("【", "】", "\n　"),
			"上田市議会、新年度予算案を可決 / 【東御でワイン祭り】 / 【小諸で古本市】", "ニュース短信"},
		{"【】 titles with blank lines", strings.ReplaceAll(story+"ニュース短信\n"+items("【", "】", "\n　"), "\n", "\n\n"),
			"上田市議会、新年度予算案を可決 / 【東御でワイン祭り】 / 【小諸で古本市】", "ニュース短信"},
		{"【】 titles run in", story + "ニュース短信\n" + items("　【", "】", ""),
			"上田市議会、新年度予算案を可決 / 【東御でワイン祭り】 / 【小諸で古本市】", "ニュース短信"},
		// Look-alikes that must not change.
		{"▽ heads under no label", story + items("▽", "", "\n　"), "上田市議会、新年度予算案を可決", ""},
		{"▽ heads under a line that names no box", story + "地域の話題\n" + items("▽", "", "\n　"), "上田市議会、新年度予算案を可決", ""},
		{"【】 lead-ins under no label", story + items("　【", "】", ""), "上田市議会、新年度予算案を可決", ""},
		{"▽ standing box's entries", story + "ニュース短信\n▽小林昭一さん（８０）＝洋画、上田市\n▽原田恵美さん（６６）＝書道、東御市\n", "上田市議会、新年度予算案を可決", ""},
	}
	checkBriefBoxPages(t, tests)
}

// briefBoxPage is a brief box test's page: the headlines of its articles
// joined by " / ", and the first item's kicker ("" for none asked).
type briefBoxPage struct{ name, page, heads, kicker string }

// checkBriefBoxPages reads each page and checks its headlines, its
// kicker and its round trip.
func checkBriefBoxPages(t *testing.T, tests []briefBoxPage) {
	t.Helper()
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		if got := headlines(d); got != tt.heads {
			t.Errorf("%s: articles %q, want %q\n%s", tt.name, got, tt.heads, strings.Join(pageLeafKinds(d), "\n"))
			continue
		}
		if tt.kicker != "" {
			got := ""
			for _, k := range pageLeafKinds(d) {
				if txt, ok := strings.CutPrefix(k, "kicker "); ok {
					got = txt
				}
			}
			if got != tt.kicker {
				t.Errorf("%s: kicker %q, want %q", tt.name, got, tt.kicker)
			}
		}
		roundTrip(t, d)
	}
}

// TestBriefBoxItemWarningNamesMark: the warning for a box item's title
// taken as its headline names the mark the reader went by: a bullet
// (◆ ▽ ■) is a bulleted item, a title in lenticular brackets a bracketed
// one.
func TestBriefBoxItemWarningNamesMark(t *testing.T) {
	story := "上田市議会、新年度予算案を可決\n　上田市議会は２日の本会議で、総額８５０億円の新年度一般会計予算案を賛成多数で可決した。\n" +
		"　子育て支援の拡充などが柱で、前年度より３％多い。\n"
	items := func(open, close string) string {
		return open + "東御でワイン祭り" + close + "\n　東御市の道の駅で６日、地元ワイナリー１０社が参加するワイン祭りが開かれる。\n" +
			open + "小諸で古本市" + close + "\n　小諸市立図書館は７日まで、除籍本の古本市を開いている。１冊１０円。\n"
	}
	tests := []struct{ name, open, close, want, not string }{
		{"【】 titles", "【", "】", "bracketed item title of a box of briefs", "bulleted item"},
		{"◆ titles", "◆", "", "bulleted item of a box of briefs", "bracketed"},
		{"▽ titles", "▽", "", "bulleted item of a box of briefs", "bracketed"},
	}
	for _, tt := range tests {
		d := mustRead(t, story+"ニュース短信\n"+items(tt.open, tt.close))
		n := 0
		for _, dg := range d.Diagnostics {
			if strings.Contains(dg.Message, "of a box of briefs") {
				n++
				if !strings.Contains(dg.Message, tt.want) || strings.Contains(dg.Message, tt.not) {
					t.Errorf("%s: %q, want it to say %q", tt.name, dg.Message, tt.want)
				}
			}
		}
		if n != 2 {
			t.Errorf("%s: %d box item warnings, want 2", tt.name, n)
		}
	}
}
