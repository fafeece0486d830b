package newstext

import (
	"strings"
	"testing"
)

// Conventions found by a third round of blind pages (December 2026),
// each tested on original text of its own.

// TestAttributedHeadUnderCaption: a head that speaks for someone (居民：
// 停车位仍紧张) on the line right under a caption closed by its credit,
// with no blank line, is a head of its own, not the start of the next
// paragraph; a form's row (地点：市民中心) is no such head.
func TestAttributedHeadUnderCaption(t *testing.T) {
	page := "老旧小区加装电梯提速　今年完成三百部\n\n" +
		"本报讯（记者　陈　立）市住建局昨日通报，今年全市老旧小区已完成加装电梯三百部，比去年多出一倍，另有一百二十部正在施工，预计春节前全部投用。\n\n" +
		"住建局有关负责人介绍，加装电梯的审批时间已由过去的四个月压缩到一个月，财政补贴也从每部十五万元提高到二十万元。\n" +
		"西湖街道某小区新装的电梯昨日投入使用。（记者　陈　立摄）\n" +
		"居民：停车位仍紧张\n" +
		"不少居民表示，电梯装好以后出行方便了，但小区停车位紧张的问题仍未解决，希望下一步改造能一并考虑。\n\n" +
		"一位住在六楼的老人说，她盼电梯盼了十年，如今下楼买菜再也不用歇三次脚了。\n"
	d := mustRead(t, page)
	got := strings.Join(leafKinds(d), "\n")
	for _, want := range []string{
		"caption 西湖街道某小区新装的电梯昨日投入使用。（记者　陈　立摄）",
		"heading 居民：停车位仍紧张",
		"paragraph 不少居民表示，",
	} {
		if !strings.Contains(got, "\n"+want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	for in, want := range map[string]bool{
		"居民：停车位仍紧张":   true,
		"當局：周邊交通同步檢討": true,
		"地点：市民中心广场":   false,
		"联系人：王先生":     false,
		"记者：您怎么看？":    false,
	} {
		if got := attributedTitle(in); got != want {
			t.Errorf("attributedTitle(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestSourcedWebStamp: a web stamp after the name of the site that posted
// the story (8视界新闻　发布 / …, 澎湃新闻　发布时间：…) is the site's
// furniture, kept as a time stamp; a sentence with a time in it is not.
func TestSourcedWebStamp(t *testing.T) {
	for in, want := range map[string]string{
		"联合晚报网　发布 / 2025年6月9日 08:30":       noiseStamp,
		"澎湃新闻　发布时间：2025-06-09 08:30":       noiseStamp,
		"新闻客户端 更新 2025-06-09 08:30":        noiseStamp,
		"比赛于 2025-06-09 08:30":             "",
		"记者昨天说，发布 / 2025年6月9日 08:30 的消息有误": "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTitleGroupOverShortPage: on a short page with no blank line under
// its titles, the two title lines are not wrapped text whose width is the
// page's measure: they stay two title lines, the second is never a
// section head, and the text under them is the article's first paragraph.
func TestTitleGroupOverShortPage(t *testing.T) {
	for _, stamp := range []string{"", "岛城新闻　发布 / 2025年6月9日 08:30\n"} {
		page := "岛城夜市周末延长营业至凌晨两点\n" +
			"摊位数量增加三成\n" + stamp +
			"市商务局星期一（6月9日）宣布，从本周末起，全市五个夜市的营业时间将延长到凌晨两点，摊位数量也增加三成。\n\n" +
			"商务局说，延长营业是为了带动夜间消费，各夜市将同步加派保安和清洁人员。\n"
		d := mustRead(t, page)
		got := strings.Join(leafKinds(d), "\n")
		want := "kicker 岛城夜市周末延长营业至凌晨两点\nheadline 摊位数量增加三成\n"
		if stamp != "" {
			want += "noise " + strings.TrimSuffix(stamp, "\n") + "\n"
		}
		want += "paragraph 市商务局星期一"
		if !strings.HasPrefix(got, want) {
			t.Errorf("page:\n%s\ngot:\n%s\nwant prefix:\n%s", page, got, want)
		}
	}
}

// TestPaperReporterLine: 聯合報's credit line copied without the web
// page's time (經濟日報／記者X／台北即時報導) is the story's dateline, as
// it is with the time; a sentence with slashes is not.
func TestPaperReporterLine(t *testing.T) {
	for _, in := range []string{"經濟日報／記者林俊宏／台北即時報導", "2025-06-09 08:30 經濟日報／ 記者林俊宏／台北即時報導"} {
		d, rest, ok := parseDatelineLang(in, "zh-Hant")
		if !ok || rest != "" || d.org != "經濟日報" || strings.Join(d.names, ",") != "林俊宏" || d.place != "台北" {
			t.Errorf("%q: got %+v %q %v", in, d, rest, ok)
		}
	}
	if _, _, ok := parseDatelineLang("他說／記者問到時不願多談／台北報導", "zh-Hant"); ok {
		t.Error("a sentence with slashes read as a dateline")
	}
}
