package newstext

import (
	"strings"
	"testing"
)

// dangbaoTop is the top of a mainland city 党报's front page (blind page
// blind66-cn-dangbao-toutou): a four-line masthead, a 今日导读 box whose
// items name their pages alone under the title or run on after it, and
// the first story.
const dangbaoTop = "江州日报\n中共江州市委机关报\n国内统一连续出版物号　CN36-0012　邮发代号43-15\n" +
	"2026年12月6日　星期日　农历十月十七　今日8版　第15873期\n\n" +
	"今日导读\n\n我市出台稳就业二十条措施\n详见第3版\n\n" +
	"江州港集装箱年吞吐量首破300万标箱　▶4版\n\n" +
	"“银发课堂”开进社区　老人家门口学智能手机　▶5版\n\n" +
	"全力以赴完成全年目标任务\n\n" +
	"新华社北京12月5日电（记者　林晓航）连日来，中央经济工作会议精神在各地干部群众中引发热烈反响。\n"

// TestZhMastheadLines: the lines of a Chinese paper's masthead, each by
// its form (zhmasthead.go). Look-alikes: a headline about an organ
// paper, a sentence naming the postal code, a field that is no number, a
// name that is no paper's.
func TestZhMastheadLines(t *testing.T) {
	for _, tc := range []struct {
		line                string
		name, organ, regist bool
	}{
		{"江州日报", true, false, false},
		{"江南都市报", true, false, false},
		{"星島日報", true, false, false},
		{"中共江州市委机关报", false, true, false},
		{"中国共产党江州市委员会机关报", false, true, false},
		{"中共江南省委機關報", false, true, false},
		{"国内统一连续出版物号　CN36-0012　邮发代号43-15", false, false, true},
		{"国内统一连续出版物号：CN36-0012/G　邮发代号：43-15", false, false, true},
		{"CN36-0012　邮发代号 43-15", false, false, true},
		{"ISSN 1002-345X　CN11-0001", false, false, true},
		{"國內統一連續出版物號　CN44-0001", false, false, true},
		// The dashes and spacing papers set (review 27b).
		{"国内统一连续出版物号　CN36—0025　邮发代号43—79", false, false, true},
		{"国内统一连续出版物号　CN36－0025　邮发代号43－79", false, false, true},
		{"国内统一连续出版物号　CN36–0025　邮发代号43–79", false, false, true},
		{"国内统一连续出版物号　CN 36-0025　邮发代号43-79", false, false, true},
		{"国内统一连续出版物号　CN36-0025　代号43-79", false, false, true},
		{"代号1-1", false, false, true},
		// Look-alikes.
		{"代号2035", false, false, false},
		{"代号　行动", false, false, false},
		{"CN　欢迎订阅", false, false, false},
		{"日报", false, false, false},
		{"江州日报社", false, false, false},
		{"江州日报　2026年12月6日", false, false, false},
		{"办好新时代机关报", false, false, false},
		{"市委机关报创刊七十周年座谈会召开", false, false, false},
		{"订阅请认准邮发代号43-15。", false, false, false},
		{"邮发代号　欢迎订阅", false, false, false},
		{"CN36-12", false, false, false},
		{"国内统一连续出版物号", false, false, true}, // (a label alone: its number on the next line)
	} {
		if got := zhPaperName(tc.line); got != tc.name {
			t.Errorf("zhPaperName(%q) = %v", tc.line, got)
		}
		if got := zhOrganLine(tc.line); got != tc.organ {
			t.Errorf("zhOrganLine(%q) = %v", tc.line, got)
		}
		if got := zhRegistrationLine(tc.line); got != tc.regist {
			t.Errorf("zhRegistrationLine(%q) = %v", tc.line, got)
		}
	}
}

// TestZhMasthead: a mainland paper's masthead opening its front page
// (江州日报 / 中共江州市委机关报 / CN… line / edition date) is noise, not a
// kicker, headline and subheadline over the page's first story (blind
// page blind66-cn-dangbao-toutou, item A.1). Look-alikes kept: a paper's
// name alone over a headline (its kicker, as before) and with only the
// edition date by it; a page in another language.
func TestZhMasthead(t *testing.T) {
	d := mustRead(t, dangbaoTop)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "noise 江州日报\nnoise 中共江州市委机关报\nnoise 国内统一连续出版物号　CN36-0012　邮发代号43-15\nnoise 2026年12月6日")
	warned := 0
	for _, g := range d.Diagnostics {
		if strings.Contains(g.Message, "masthead kept as noise") {
			warned++
		}
	}
	if warned != 3 {
		t.Errorf("%d masthead warnings, want 3", warned)
	}
	roundTrip(t, d)

	// Look-alikes: the name over a headline and its text, alone or over
	// the edition date, is read as before.
	for _, page := range []string{
		"江州日报\n全力以赴完成全年目标任务\n\n新华社北京12月5日电　连日来，各地干部群众热议会议精神。\n",
		"江州日报\n2026年12月6日　星期日\n\n全力以赴完成全年目标任务\n\n新华社北京12月5日电　连日来，各地干部群众热议会议精神。\n",
	} {
		got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
		if strings.Contains(got, "noise 江州日报") {
			t.Errorf("paper's name alone taken for a masthead:\n%s", got)
		}
	}
	d = mustRead(t, "中共江州市委机关报\n\n全力以赴完成全年目标任务\n\n新华社北京12月5日电　连日来，各地干部群众热议会议精神。\n", WithLang("ja"))
	if strings.Contains(strings.Join(pageLeafKinds(d), "\n"), "noise 中共江州市委机关报") {
		t.Errorf("a masthead on a Japanese page:\n%s", outline(d, false))
	}
}

// TestTeaserItems: the items of a front page's teaser box (今日导读),
// each a title and its page pointer alone under it (详见第3版) or run on
// after it (…首破300万标箱　▶4版), are articles under their headlines,
// the pointer a jump (blind page blind66-cn-dangbao-toutou, item I).
// Look-alikes kept: a sentence with the pointer run on after it is a
// paragraph and its jump; an arrow inside a title (从A01版→A04版) is no
// pointer.
func TestTeaserItems(t *testing.T) {
	d := mustRead(t, dangbaoTop)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"kicker 今日导读\nheadline 我市出台稳就业二十条措施\njump 详见第3版\n"+
			"headline 江州港集装箱年吞吐量首破300万标箱\njump ▶4版\n"+
			"headline “银发课堂”开进社区　老人家门口学智能手机\njump ▶5版\n"+
			"headline 全力以赴完成全年目标任务")
	if n := len(d.Articles); n != 4 {
		t.Errorf("%d articles, want 4:\n%s", n, outline(d, false))
	}
	roundTrip(t, d)

	for _, tc := range []struct{ line, want string }{
		{"江州港集装箱年吞吐量首破300万标箱　▶4版", "▶4版"},
		{"我市出台稳就业二十条措施（详见第3版）", "（详见第3版）"},
		{"全市首批口袋公园年底前全部建成　>>>详见A03版", ">>>详见A03版"},
		// Look-alikes.
		{"今年全市新建改建口袋公园46座。>>>详见A04版", ""},
		{"版面从A01版→A04版", ""},
		{"江州港集装箱年吞吐量首破300万标箱", ""},
		// A story's last line over its continuation (review 27b).
		{"会议强调明年要坚持稳中求进工作总基调（下转第2版）", ""},
		{"会议强调明年要坚持稳中求进工作总基调　▶转2版", ""},
		{"会议强调明年要坚持稳中求进工作总基调（接第2版）", ""},
	} {
		u := unit{kind: uText, text: tc.line}
		got := ""
		if k := teaserPointer(&u); k > 0 {
			got = tc.line[k:]
		}
		if got != tc.want {
			t.Errorf("teaserPointer(%q): %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestTeaserItemRunOn: a front-page story's last line, cut mid-sentence
// over its jump and set with no indent (…工作总基调（下转第2版）, …物流成本
// over （详见A03版）), stays the story's paragraph and its jump: a teaser's
// item is read only under the box's label (今日导读) or in a run of two
// or more title+pointer pairs, never right under a body paragraph (review
// 27b, zh-teaser-runon-story and -web). Kept: the box with its label, and
// a run of two items with no label.
func TestTeaserItemRunOn(t *testing.T) {
	body := "本报讯（记者　李明）12月5日，全市经济工作会议召开。会议总结今年经济工作，分析当前经济形势，部署明年经济工作。\n" +
		"会议指出，今年以来全市经济运行稳中向好，主要指标好于预期。\n"
	next := "\n冬季供暖全面启动\n本报讯（记者　王芳）11月15日起，城区集中供暖全面启动，供热面积达到2600万平方米。\n"
	for _, tc := range []struct{ page, want string }{
		{"江州召开全市经济工作会议\n\n" + body + "会议强调明年要坚持稳中求进工作总基调（下转第2版）\n" + next,
			"paragraph 会议强调明年要坚持稳中求进工作总基调\njump （下转第2版）\nheadline 冬季供暖全面启动"},
		{"江州召开全市经济工作会议\n\n" + body + "据介绍，新航线将进一步降低外贸企业物流成本\n（详见A03版）\n" + next,
			"paragraph 据介绍，新航线将进一步降低外贸企业物流成本\njump （详见A03版）\nheadline 冬季供暖全面启动"},
	} {
		d := mustRead(t, tc.page)
		wantIn(t, strings.Join(pageLeafKinds(d), "\n"), tc.want)
		if n := len(d.Articles); n != 2 {
			t.Errorf("%d articles, want 2:\n%s", n, outline(d, false))
		}
	}
	// Kept: the box under its label, and a run of two items with no label.
	for _, tc := range []struct {
		page string
		n    int
	}{
		{"今日导读\n江州港集装箱年吞吐量首破300万标箱　▶4版\n全市农村公路三年行动计划全部建成（详见A03版）\n冬季供暖全面启动\n详见第5版\n\n江州召开全市经济工作会议\n" + body, 4},
		{"江州港集装箱年吞吐量首破300万标箱　▶4版\n\n全市农村公路三年行动计划全部建成（详见A03版）\n\n江州召开全市经济工作会议\n" + body, 3},
	} {
		d := mustRead(t, tc.page)
		if n := len(d.Articles); n != tc.n {
			t.Errorf("%d articles, want %d:\n%s", n, tc.n, outline(d, false))
		}
	}
}

// TestPhotoStoryRubric: a photo story's rubric (图片新闻) over its title
// and caption after a commentary's last paragraph is the story's kicker,
// the title its headline, also when a U+3000 parts the title's phrases
// and Xinhua's credit closes the caption (blind page
// blind66-cn-dangbao-toutou, item B). Look-alikes kept: the rubric word
// over a title with body text under it; another short line over a photo
// story.
func TestPhotoStoryRubric(t *testing.T) {
	page := "奋力跑好全年收官“最后一棒”\n\n本报评论员\n\n" +
		"时近岁末，全年目标任务进入冲刺阶段。越是接近终点，越要绷紧弦、加把劲。\n\n" +
		"跑好“最后一棒”，要守牢底线不松劲。岁末年初安全生产、保供稳价任务繁重，容不得半点闪失。\n\n" +
		"图片新闻\n\n江州港　冬日装卸忙\n\n" +
		"12月5日，江州港集装箱码头，桥吊正在为货轮装卸集装箱。今年以来，江州港新开辟外贸航线6条。新华社发（钱　坤　摄）\n\n" +
		"本版责编：邵明哲　版式：丁　悦　校对：韩　雪\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "kicker 图片新闻\nheadline 江州港　冬日装卸忙\ncaption 12月5日，")
	if n := len(d.Articles); n != 2 {
		t.Errorf("%d articles, want 2:\n%s", n, outline(d, false))
	}
	roundTrip(t, d)

	for _, tc := range []struct {
		line string
		want bool
	}{
		{"图片新闻", true}, {"圖片新聞", true}, {"摄影报道", true}, {"写真ニュース", true},
		{"图片新闻：江州港", false}, {"新闻", false}, {"要闻", false},
	} {
		if got := photoRubric(tc.line); got != tc.want {
			t.Errorf("photoRubric(%q) = %v", tc.line, got)
		}
	}
}

// TestJaProviderLine: the line a Japanese portal sets beside its 配信
// stamp naming the paper that supplied the story (配信元：北陸日報) is a
// source line, noise, not a headline cutting the story from its own
// (blind page blind66-ja-portal-yuki, item H). Look-alikes kept: a
// sentence naming the provider, a label that only ends in 元.
func TestJaProviderLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"配信元：北陸日報", true},
		{"配信元: 北陸日報", true},
		{"配信元：テレビ新広島", true},
		// Look-alikes.
		{"配信元の北陸日報によると、積雪は１メートルを超えた。", false},
		{"ポイント還元：最大１０％", false},
		{"身元：不明", false},
	} {
		if got := isSourceLine(tc.line); got != tc.want {
			t.Errorf("isSourceLine(%q) = %v", tc.line, got)
		}
	}
	page := "Yahoo!ニュース\n\n南砺の山間部で積雪１メートル超　除雪費、早くも予算の８割に\n\n" +
		"12/6(土) 7:05配信\n\n配信元：北陸日報\n\nコメント（128）\n\n" +
		"富山県南砺市の山間部で５日、積雪が１メートルを超えた。市は今冬の除雪費として約４億２千万円を計上している。\n"
	d := mustRead(t, page, WithLang("ja"))
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "headline 南砺の山間部で積雪１メートル超　除雪費、早くも予算の８割に", "noise 配信元：北陸日報\nnoise コメント（128）\nparagraph 富山県南砺市")
	if n := len(d.Articles); n != 1 {
		t.Errorf("%d articles, want 1:\n%s", n, outline(d, false))
	}
	roundTrip(t, d)
}
