package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Chinese forms from blind round 10 (December 2026),
// each tested on original text of its own.

// TestMarkedCreditLine: a line opened by a byline's mark (◎ as 科技日报
// sets its reporter's line, ■, ●) that names someone after its role is
// the byline, not a head over the text; the same mark over a column's
// head that opens with a role word (记者手记) and names no one stays a
// head.
func TestMarkedCreditLine(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"◎本报记者　方晓岚", "byline"},
		{"◎记者 方晓岚 通讯员 郑一鸣", "byline"},
		{"■本报记者　方晓岚", "byline"},
		{"●通讯员　郑一鸣", "byline"},
		{"◎记者手记", "heading"},
		{"■记者观察", "heading"},
		{"◎把课堂搬进田野", "heading"},
	} {
		page := "乡村学校的秋天\n\n" + tc.line + "\n\n" +
			"　　九月开学以来，县里的几所村小换了新模样。孩子们在新操场上奔跑。\n\n" +
			"　　校长说，学校今年新招了三名老师。家长们都很高兴。\n"
		got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
		if !strings.Contains(got, tc.want+" "+tc.line+"\n") {
			t.Errorf("%s: want %s in:\n%s", tc.line, tc.want, got)
		}
	}
}

// TestBracketedSlashPhotoCredit: a caption closed by its photographer's
// credit in brackets with the slash Taiwan's and overseas papers set,
// （記者X／攝影）, is a caption in either script, never the start of a
// paragraph that the next block continues.
func TestBracketedSlashPhotoCredit(t *testing.T) {
	for _, cap := range []string{
		"市民在公園湖畔欣賞盛開的櫻花。（記者蘇文彬／攝影）",
		"市民在公园湖畔欣赏盛开的樱花。（记者苏文彬／摄影）",
	} {
		page := "公園櫻花盛開　賞花人潮湧現\n\n記者蘇文彬／波士頓報導\n\n" +
			"波士頓公共花園的櫻花本周進入盛開期，\n吸引大批民眾前往賞花拍照。\n\n" +
			cap + "\n\n" +
			"公園管理處表示，賞花期預計持續到下周\n末，呼籲民眾愛護花木。\n"
		got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
		wantIn(t, got, "caption "+cap+"\nparagraph 公園管理處表示")
	}
}

// TestStampWithSection: a web page's line of the story's date and time
// followed by the site's section name (2026-09-17 16:52 財經) is its time
// stamp, noise, as the bare stamp is; a date, a time and words that are
// no section name stay text.
func TestStampWithSection(t *testing.T) {
	for _, s := range []string{"2026-03-02 08:15 地方", "2026/03/02 08:15 國際新聞", "2026-03-02 08:15"} {
		if !isWebStamp(s) {
			t.Errorf("%s: not a stamp", s)
		}
	}
	for _, s := range []string{"2026-03-02 08:15 比賽正式開始", "2026-03-02 08:15 地方 國際", "2026-03-02 08:15 A3", "2026-03-02 地方", "2026-03-02 08:15 2026-03-03 09:00 地方"} {
		if isWebStamp(s) {
			t.Errorf("%s: read as a stamp", s)
		}
	}
	page := "縣府擴大長照據點　明年增設20處\n2026-03-02 08:15 地方\n" +
		"記者 黃志明／花蓮報導\n" +
		"花蓮縣政府今（2）日宣布，明年將在偏鄉增設20處長照據點。\n" +
		"縣府表示，新據點將優先設在交通不便的部落。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got, "headline 縣府擴大長照據點　明年增設20處\nnoise 2026-03-02 08:15 地方\ndateline 記者 黃志明／花蓮報導\nparagraph 花蓮縣政府")
}

// TestReporterLineTwoNames: the Taiwanese reporter line naming two
// reporters, 記者 X、Y／台北報導 (with or without a space after the
// role), is a dateline with its place, as with one reporter, not a
// byline that drops the place.
func TestReporterLineTwoNames(t *testing.T) {
	for _, line := range []string{"記者 黃志明、林雅婷／花蓮報導", "記者黃志明、林雅婷／花蓮報導"} {
		if _, ok := parseBylineLine(line); ok {
			t.Errorf("%s: read as a byline", line)
		}
		page := "縣府擴大長照據點　明年增設20處\n" + line + "\n" +
			"花蓮縣政府今（2）日宣布，明年將在偏鄉增設20處長照據點。\n" +
			"縣府表示，新據點將優先設在交通不便的部落。\n"
		d := mustRead(t, page)
		found := false
		for _, a := range d.Articles {
			for _, n := range a.Children {
				if n.Kind == doc.KindDateline {
					found = n.Place == "花蓮" && strings.Join(n.Names, ",") == "黃志明,林雅婷"
				}
			}
		}
		if !found {
			t.Errorf("%s: no dateline with place 花蓮 and both names in:\n%s", line, strings.Join(pageLeafKinds(d), "\n"))
		}
	}
}

// TestHongKongWebStory: a Hong Kong site's story copy. Its headline opens
// with the running story's topic tag (【X】title over the credit: one
// headline, not a run-in head); the 出版：…　更新：… line is its time
// stamps (noise, not glued to the first paragraph); the links under
// 延伸閱讀, asking or not and tagged alike, are related links, not run-in
// heads; the line of hashtags is the site's furniture. A digest item's
// tag run into a sentence stays a run-in head.
func TestHongKongWebStory(t *testing.T) {
	page := "【寒流來襲】天文台發寒冷天氣警告　市區最低9度\n\n" +
		"撰文：陳嘉儀\n\n" +
		"出版：2026-01-20 07:30　更新：2026-01-20 09:05\n\n" +
		"天文台表示，強烈東北季候風正影響廣東沿岸，今日早上市區氣溫跌至9度左右。\n\n" +
		"社會福利署已開放多個臨時避寒中心，供有需要人士使用。\n\n" +
		"延伸閱讀\n\n" +
		"【寒流來襲】長者應如何保暖？醫生教路五大貼士\n\n" +
		"【寒流來襲】火鍋店生意額急升兩成\n\n" +
		"#寒流 #天文台 #寒冷天氣警告\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got,
		"headline 【寒流來襲】天文台發寒冷天氣警告　市區最低9度\nbyline 撰文：陳嘉儀\nnoise 出版：2026-01-20 07:30　更新：2026-01-20 09:05\nparagraph 天文台表示",
		"noise 延伸閱讀\nnoise 【寒流來襲】長者應如何保暖？醫生教路五大貼士\nnoise 【寒流來襲】火鍋店生意額急升兩成\nnoise #寒流 #天文台 #寒冷天氣警告")
	if strings.Contains(got, "heading") {
		t.Errorf("a head in:\n%s", got)
	}
	for _, s := range []string{"#寒流 #天文台", "#寒流#天文台", "＃寒流"} {
		if want := s[0] == '#'; hashtagLine(s) != want {
			t.Errorf("hashtagLine(%s) = %v", s, !want)
		}
	}
	for _, s := range []string{"#寒流", "# 寒流 天文台", "#寒流 天文台", "##"} {
		if hashtagLine(s) {
			t.Errorf("hashtagLine(%s) = true", s)
		}
	}
	digest := "今日要聞\n\n【寒流來襲】天文台今早發出寒冷天氣警告，市區最低氣溫9度。\n\n【港股收市】恒指今日收市升120點，成交額約900億元。\n"
	got = strings.Join(pageLeafKinds(mustRead(t, digest)), "\n")
	wantIn(t, got, "heading 【寒流來襲】\nparagraph 天文台今早")
}

// TestSidebarUnderLinkHeader: on a printed page (its folio above) a box
// headed 延伸阅读 over one title line and its text is a sidebar: an
// article of its own, the header its kicker, the title its headline, the
// text its paragraph, not a site's related link and the previous
// section's text. On a site's copy (no folio) the header's title lines
// stay related links.
func TestSidebarUnderLinkHeader(t *testing.T) {
	body := "城市更新走向“微改造”\n\n本报记者　程思远\n\n" +
		"老旧街区改造正从大拆大建转向“绣花功夫”。多地出台细则，鼓励居民参与。\n\n" +
		"一、资金从哪里来\n\n" +
		"改造资金由财政补助、居民出资和社会资本共同承担。各方分担比例因项目而异。\n\n"
	box := "延伸阅读\n\n什么是“微改造”\n\n“微改造”是指在维持现状建设格局基本不变的前提下，对建筑局部拆建、功能置换和环境整治的更新方式。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, "城乡周刊　2026年5月18日　第6版　城建\n\n"+body+box)), "\n")
	wantIn(t, got, "kicker 延伸阅读\nheadline 什么是“微改造”\nparagraph “微改造”是指")
	d := mustRead(t, "城乡周刊　2026年5月18日　第6版　城建\n\n"+body+box)
	if n := len(d.Articles); n != 2 {
		t.Errorf("%d articles; want the story and its sidebar", n)
	}
	web := body + "延伸阅读\n\n多地老旧小区加装电梯提速\n\n旧城改造如何留住烟火气？\n"
	got = strings.Join(pageLeafKinds(mustRead(t, web)), "\n")
	wantIn(t, got, "noise 延伸阅读\nnoise 多地老旧小区加装电梯提速\nnoise 旧城改造如何留住烟火气？")
}

// TestTipLineWithChannel: a paper's tip line giving its hotline and,
// after an ideographic space, its app's channel for tips is noise, as
// the hotline alone is; a field after the number that names no tip
// channel leaves the line text.
func TestTipLineWithChannel(t *testing.T) {
	for _, s := range []string{
		"江城晚报新闻热线：027-85550000　江城新闻APP“我要爆料”全天在线",
		"江城晚报新闻热线：027-85550000",
		"江城晚报报料热线：027-85550000　微信报料请加江城晚报公众号",
	} {
		if !tipLine(s) {
			t.Errorf("%s: not a tip line", s)
		}
	}
	for _, s := range []string{
		"江城晚报新闻热线：027-85550000　欢迎读者来电，我们将及时核实",
		"江城晚报新闻热线：027-85550000　周一至周五",
	} {
		if tipLine(s) {
			t.Errorf("%s: read as a tip line", s)
		}
	}
	page := "社区食堂开进老小区\n\n本报讯（记者 夏雨晴）江城市新华街道的社区食堂本周开业，老人就餐可享八折优惠。\n\n" +
		"江城晚报新闻热线：027-85550000　江城新闻APP“我要爆料”全天在线\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got, "noise 江城晚报新闻热线：027-85550000　江城新闻APP“我要爆料”全天在线")
}
