package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Forms from an eleventh round of blind pages (December 2026), each
// tested on original text of its own.

// TestBareJumpLine: a cross-reference alone on its line with no brackets
// (相關新聞見B2, 详见第5版, 转第8版) is a jump, not the headline of the
// next story, which stays its headline.
func TestBareJumpLine(t *testing.T) {
	page := "聯合晚報　2026年6月2日　星期二　A5　地方\n" +
		"淡水河左岸自行車道完工　週末開放\n" +
		"〔記者王明德／新北報導〕新北市水利局昨表示，淡水河左岸自行車道延伸工程已經完工，週末起開放民眾騎乘。\n" +
		"水利局指出，新路段全長約3.2公里，沿線設有休憩站及飲水機。\n" +
		"相關新聞見B2\n" +
		"板橋圖書館夜間延長開放\n" +
		"〔記者陳淑芬／新北報導〕新北市立圖書館板橋總館下月起延長夜間開放時間至晚間10點。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got, "jump 相關新聞見B2\nheadline 板橋圖書館夜間延長開放")
	for _, s := range []string{"相關新聞見B2", "详见第5版", "見第4版", "转第8版", "相关报道见A3"} {
		if !isBareJump(s) || leadingJump(s) != len(s) {
			t.Errorf("%s: not a bare jump", s)
		}
	}
	for _, s := range []string{"见面会", "转第三", "详见附件", "接第一名选手的回答说道明天见第二位"} {
		if isBareJump(s) {
			t.Errorf("%s: read as a bare jump", s)
		}
	}
}

// TestWebTitleOverHanStampSource: on a news site's copy the title under
// the breadcrumb stays the headline over the line of its time stamp
// (a date in 年月日) and source, 2026年04月12日 09:30　来源：X网, which
// is the site's noise and no headline of its own; the correction link run
// on to the desk credit with no space (【纠错】【责任编辑：X】) is the
// site's furniture, one line of noise, not a section head
// (TestChromeLineCredit).
func TestWebTitleOverHanStampSource(t *testing.T) {
	page := "某某网 > 社会新闻 > 正文\n\n" +
		"多地推出春季旅游惠民措施　景区门票半价\n\n" +
		"2026年04月12日 09:30　来源：某某新闻网\n\n" +
		"　　某某网杭州4月12日电 (记者 周明远)记者12日从浙江省文化和旅游厅获悉，全省将有百余家景区推出门票半价等惠民措施。\n\n" +
		"　　据介绍，活动将持续至5月底。\n\n" +
		"【纠错】【责任编辑：孙海】\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got,
		"headline 多地推出春季旅游惠民措施　景区门票半价\nnoise 2026年04月12日 09:30　来源：某某新闻网\ndateline",
		"noise 【纠错】【责任编辑：孙海】")
	if strings.Contains(got, "heading") || strings.Count(got, "headline") != 1 {
		t.Errorf("a head or a second headline in:\n%s", got)
	}
}

// TestLeadBracketCredits: two reporters credited in 【】 at the head of
// a story's text, run into its first paragraph (and wrapped inside the
// bracket), are its byline, split off the paragraph, under the editor's
// note too; the paper before 驻 is the credit's organisation.
func TestLeadBracketCredits(t *testing.T) {
	page := "法国养老金改革再起波澜\n\n" +
		"【编者的话】法国政府上月提出新一轮养老金改革方案，引发工会强烈反对。本报记者走访了巴黎多个工会组织。\n\n" +
		"　　【环球时报驻法国特约记者 白露　环\n球时报记者 孙远】巴黎街头近日再现大规模游行，数万人聚集在共和国广场。\n\n" +
		"　　法国总工会表示，将于下周举行全国罢工。\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "note 【编者的话】",
		"byline 【环球时报驻法国特约记者 白露　环球时报记者 孙远】\nparagraph 巴黎街头近日再现大规模游行，数万人聚集在共和国广场。")
	for _, a := range d.Articles {
		for _, n := range a.Children {
			if n.Kind == doc.KindByline && (n.Org != "环球时报" || strings.Join(n.Names, ",") != "白露,孙远") {
				t.Errorf("byline org %q names %v; want 环球时报, 白露,孙远", n.Org, n.Names)
			}
		}
	}
	if end, _, ok := leadBracketCredit("【环球时报记者 王磊】"); ok {
		t.Errorf("a bracket alone split as a lead credit (end %d)", end)
	}
}

// TestSecondHeadAfterCaption: a story opened by its dateline runs under a
// head, a photo's caption and a second head, with no dateline under it,
// to its one closing credit: the second head is the story's too, not a
// new article's headline (storyhead.go).
func TestSecondHeadAfterCaption(t *testing.T) {
	story := "2026年5月6日　星期三　明報　A8　港聞\n\n" +
		"天文台料周末氣溫急升　最高達33度\n\n" +
		"　　【明報專訊】天文台昨日表示，一股\n暖空氣將於周末影響華南，本港氣溫\n將急升至33度。\n\n" +
		"市民宜防中暑\n\n" +
		"　　天文台高級科學主任李志明表示，\n市民在戶外活動時應多喝水。\n\n" +
		"昨日中午有市民在尖沙咀海旁撐傘遮陽。（明報記者 張家明 攝）\n\n" +
		"衛生署籲長者及長期病患者留家\n\n" +
		"　　衛生署發言人昨日表示，長者及長\n期病患者應盡量避免在戶外逗留。\n\n" +
		"（編輯：陳美玲）\n"
	got := strings.Join(pageLeafKinds(mustRead(t, story)), "\n")
	wantIn(t, got, "heading 市民宜防中暑", "heading 衛生署籲長者及長期病患者留家")
	if strings.Count(got, "headline") != 1 {
		t.Errorf("more than one headline:\n%s", got)
	}
	// With no credit closing the story the title after the caption may
	// be a brief's: it stays a headline, as before.
	open := strings.TrimSuffix(story, "\n（編輯：陳美玲）\n")
	got = strings.Join(pageLeafKinds(mustRead(t, open)), "\n")
	wantIn(t, got, "headline 衛生署籲長者及長期病患者留家")
}
