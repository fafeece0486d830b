package newstext

import (
	"strings"
	"testing"
)

// TestChineseDigestLeadInsUnderLabel: a Chinese digest under its label
// (財經快訊, 简讯, 港聞簡報) whose items run their subjects in in lenticular
// brackets, 【海通力拓】建築承建商海通力拓（01729）公布，…, is one article
// headed by the label, a section per item headed by its bracket: the
// brackets are run-in lead-ins of digest items, not the titles of a
// Japanese box of briefs, whose first alone became a headline with the
// label its kicker (blind page hk-xingdao-caijing-zhuanlan). Variants: a
// Hong Kong column wrapped at 17 characters with no blank lines, a
// mainland page with blank lines, 港聞簡報. Look-alikes that must not
// change: a Japanese box's run-in 【】 titles (each item an article), a
// Chinese box's ■ titles (each an article), Chinese lead-ins under no
// label (sections of the story above).
func TestChineseDigestLeadInsUnderLabel(t *testing.T) {
	hkStory := "股壇直擊\n息口見頂　收息股可趁低吸\n黎德明\n" +
		"　　市場普遍預期美國明年上半年開始\n減息，本地收息股近日已見資金吸納。\n" +
		"　　以港灣能源（00392）為例，\n其股息率約5.8%，業務受經濟周期\n影響較少，股價回落至40元以下可考\n慮分段吸納。\n" +
		"（筆者為證監會持牌人士，並無持有上述股份）\n"
	hkItems := "　　【海通力拓】建築承建商海通力拓\n（01729）公布，奪得一項價值約\n6.8億元的公營房屋地基工程合約，\n預計明年第一季動工。\n" +
		"　　【星澳娛樂】星澳娛樂（0091\n5）表示，上月博彩收入按年增長12\n%，旗下路氹新酒店將於明年春節前開\n業。\n"
	cnStory := "社区食堂开进老小区\n\n本报讯 城东街道首家社区食堂昨日开业，六十岁以上老人就餐可享八折优惠。\n\n（记者 王磊）\n\n"
	cnItems := "　　【公交12路调整走向】市公交集团消息，因道路施工，12路公交车自下周一起绕行建设路。\n\n" +
		"　　【图书馆延长开放】市图书馆宣布，本月起周六周日开放时间延长至晚上九点。\n"
	for _, c := range []struct {
		name, page, label string
		heads             []string
	}{
		{"hk 財經快訊, 17 a line", hkStory + "財經快訊\n" + hkItems, "財經快訊", []string{"【海通力拓】", "【星澳娛樂】"}},
		{"hk 港聞簡報", hkStory + "港聞簡報\n" + hkItems, "港聞簡報", []string{"【海通力拓】", "【星澳娛樂】"}},
		{"mainland 简讯 with blank lines", cnStory + "简讯\n\n" + cnItems, "简讯", []string{"【公交12路调整走向】", "【图书馆延长开放】"}},
	} {
		d := mustRead(t, c.page)
		got := strings.Join(treeOf(d), "\n")
		want := "article\n  headline " + c.label + "\n  section\n    heading " + c.heads[0] + "\n"
		wantIn(t, got, want, "  section\n    heading "+c.heads[1]+"\n")
		if strings.Contains(got, "kicker "+c.label) || strings.Contains(got, "headline "+c.heads[0]) {
			t.Errorf("%s: the label a kicker or the first item a headline:\n%s", c.name, got)
		}
		roundTrip(t, d)
	}
	// Look-alikes, read as before.
	jaStory := "上田市議会、新年度予算案を可決\n　上田市議会は２日の本会議で、総額８５０億円の新年度一般会計予算案を賛成多数で可決した。\n" +
		"　子育て支援の拡充などが柱で、前年度より３％多い。\n"
	jaItems := "　【東御でワイン祭り】東御市の道の駅で６日、地元ワイナリー１０社が参加するワイン祭りが開かれる。\n" +
		"　【小諸で古本市】小諸市立図書館は７日まで、除籍本の古本市を開いている。１冊１０円。\n"
	checkBriefBoxPages(t, []briefBoxPage{
		{"ja run-in 【】 titles under ニュース短信", jaStory + "ニュース短信\n" + jaItems,
			"上田市議会、新年度予算案を可決 / 【東御でワイン祭り】 / 【小諸で古本市】", "ニュース短信"},
		{"zh ■ titles under 简讯", cnStory + "简讯\n\n■公交12路下周起调整走向\n\n市公交集团消息，因道路施工，12路公交车自下周一起绕行建设路。\n\n" +
			"■市图书馆延长周末开放时间\n\n市图书馆宣布，本月起周六周日开放时间延长至晚上九点。\n",
			"社区食堂开进老小区 / ■公交12路下周起调整走向 / ■市图书馆延长周末开放时间", "简讯"},
		{"zh lead-ins under no label", cnStory + cnItems, "社区食堂开进老小区", ""},
	})
}
