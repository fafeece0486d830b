package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestReadingListSection: a link list's header in lenticular brackets
// alone on its line (【延伸阅读】) is a section heading, and the titles
// under it are its paragraphs, one each: not a kicker over the next
// story's headline and subheadline (blind page chinanews-yanshen). The
// story's 【编辑:…】 trailer after them stays in that section.
func TestReadingListSection(t *testing.T) {
	body := "国产第二艘大型邮轮完成首次试航\n\n中新社上海12月3日电 (记者 周梦琪)记者3日从上海外高桥造船有限公司获悉，国产第二艘大型邮轮当日完成首次试航。\n\n按计划，该船将于明年下半年交付运营。(完)\n\n"
	tests := []struct {
		name, list, want string
	}{
		{"zh-Hans", "【延伸阅读】\n首艘国产大型邮轮累计接待游客超50万人次\n长三角邮轮母港客流恢复至2019年水平\n\n【编辑:黄钰涵】\n",
			"  section\n    heading 【延伸阅读】\n    paragraph 首艘国产大型邮轮累计接待游客超50万人次\n    paragraph 长三角邮轮母港客流恢复至2019年水平\n    byline 【编辑:黄钰涵】 roles=编辑 names=黄钰涵\n"},
		{"one title", "【相关阅读】\n首艘国产大型邮轮累计接待游客超50万人次\n\n【编辑:黄钰涵】\n",
			"  section\n    heading 【相关阅读】\n    paragraph 首艘国产大型邮轮累计接待游客超50万人次\n    byline 【编辑:黄钰涵】 roles=编辑 names=黄钰涵\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, body+tt.list)
			got := outline(d, false)
			if len(d.Articles) != 1 || !strings.HasSuffix(got, tt.want) {
				t.Errorf("got:\n%s\nwant it to end:\n%s", got, tt.want)
			}
			roundTrip(t, d)
		})
	}
	// A column's label in the same brackets is still a kicker.
	wantKinds(t, "【深读】\n首艘国产大型邮轮累计接待游客超50万人次\n\n中新社上海12月3日电 记者3日从上海获悉，国产邮轮当日完成首次试航。\n",
		"kicker 【深读】", "headline 首艘国产大型邮轮累计接待游客超50万人次")
}

// TestNamesOnlyDatelineCredit: a bracket of two or more names with no
// role right after a wire dateline is the reporters' byline, names only,
// its inner space kept (blind page chinanews-yanshen); a bracket that is
// no list of names stays in the paragraph.
func TestNamesOnlyDatelineCredit(t *testing.T) {
	const head = "浙江今冬首批农产品发往西北\n\n"
	tests := []struct {
		name, page string
		want       []string
	}{
		{"run in", "中新网杭州12月3日电(童笑雨 徐筱)3日上午，满载12吨农产品的冷链货车从丽水出发。\n",
			[]string{"dateline 中新网杭州12月3日电", "byline (童笑雨 徐筱)", "paragraph 3日上午，满载12吨农产品的冷链货车从丽水出发。"}},
		{"enumeration comma", "中新网杭州12月3日电（王芳、李强）3日上午，满载12吨农产品的冷链货车从丽水出发。\n",
			[]string{"dateline 中新网杭州12月3日电", "byline （王芳、李强）", "paragraph 3日上午，满载12吨农产品的冷链货车从丽水出发。"}},
		{"under a dateline alone", "中新网杭州12月3日电\n\n(童笑雨 徐筱)\n\n3日上午，满载12吨农产品的冷链货车从丽水出发。\n",
			[]string{"dateline 中新网杭州12月3日电", "byline (童笑雨 徐筱)", "paragraph 3日上午，满载12吨农产品的冷链货车从丽水出发。"}},
		{"places", "中新网杭州12月3日电(杭州 丽水)两地3日上午同时启动冷链发运。\n",
			[]string{"dateline 中新网杭州12月3日电", "paragraph (杭州丽水)两地3日上午同时启动冷链发运。"}},
		{"one name", "中新网杭州12月3日电(综合报道)3日上午，满载12吨农产品的冷链货车从丽水出发。\n",
			[]string{"dateline 中新网杭州12月3日电", "paragraph (综合报道)3日上午，满载12吨农产品的冷链货车从丽水出发。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantKinds(t, head+tt.page, append([]string{"headline 浙江今冬首批农产品发往西北"}, tt.want...)...)
		})
	}
	c, ok := namesOnlyCredit("童笑雨 徐筱")
	if !ok || strings.Join(c.names, ",") != "童笑雨,徐筱" || len(c.roles) != 0 {
		t.Errorf("namesOnlyCredit(童笑雨 徐筱) = %+v, %v", c, ok)
	}
	for _, in := range []string{"姚　静", "欧阳　文", "综合报道", "新华社 中新社", "图片 视频", "童笑雨"} {
		if _, ok := namesOnlyCredit(in); ok {
			t.Errorf("namesOnlyCredit(%s) = true", in)
		}
	}
}

// TestTagLine: a site's line of topic tags closing the story (關鍵字：…)
// is web furniture, noise (blind page tw-ettoday); a sentence opening
// with the same word is text.
func TestTagLine(t *testing.T) {
	for _, s := range []string{"關鍵字：台中捷運,藍線,台灣大道", "关键词：冷链 共富工坊", "标签：邮轮、上海", "Tags: 台中捷運"} {
		if k := noiseKind(s); k != noiseChrome {
			t.Errorf("noiseKind(%s) = %q, want web furniture", s, k)
		}
	}
	for _, s := range []string{"關鍵字：捷運工程局表示，藍線將於明年通車。", "关键在于落实", "标签：这是一段很长很长很长很长的说明文字而不是标签"} {
		if noiseKind(s) != "" {
			t.Errorf("noiseKind(%s) = %q, want text", s, noiseKind(s))
		}
	}
	page := "台中捷運藍線動工\n\n記者陳俊宏／台中報導\n\n台中捷運藍線今（3）日上午舉行動工典禮。\n\n關鍵字：台中捷運,藍線,台灣大道\n"
	d := mustRead(t, page)
	got := kindsOf(d)
	if last := got[len(got)-1]; last != "noise 關鍵字：台中捷運,藍線,台灣大道" {
		t.Errorf("last node %q, want the tag line as noise", last)
	}
	roundTrip(t, d)
}

// TestRunTogetherCredit: the 法治日报 credit after the dateline with no
// brackets, its roles and names run together where an OCR wrap took the
// space (记者张昊 / 通讯员李敏), is a byline with every role and name
// (blind page ocr-fazhi); prose after a role is no name.
func TestRunTogetherCredit(t *testing.T) {
	page := "涉老诈骗专项整治追赃挽损1.2亿元\n  本报北京12月3日讯 记者张昊\n通讯员李敏 记者今天从公安部获悉，\n今年以来，全国公安机关深入开展打\n击整治养老诈骗专项行动。\n"
	d := mustRead(t, page)
	got := outline(d, false)
	want := "article\n  headline 涉老诈骗专项整治追赃挽损1.2亿元\n  dateline 本报北京12月3日讯 place=北京 date=12月3日\n  byline 记者张昊通讯员李敏 roles=记者,通讯员 names=张昊,李敏\n  paragraph 记者今天从公安部获悉，今…骗专项行动。\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	roundTrip(t, d)
	for _, tt := range []struct{ in, roles, names string }{
		{"记者张昊通讯员李敏", "记者,通讯员", "张昊,李敏"},
		{"特约记者欧阳文通讯员李敏", "特约记者,通讯员", "欧阳文,李敏"},
	} {
		c, ok := parseCredit(tt.in, true)
		if !ok || strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.names {
			t.Errorf("parseCredit(%s) = %+v, %v", tt.in, c, ok)
		}
	}
	if c, ok := parseCredit("记者现场看到通讯员李敏", true); ok {
		t.Errorf("parseCredit(记者现场看到通讯员李敏) = %+v, want no credit", c)
	}
}

// TestTitleOverIndent: on a page with no blank lines that marks its
// paragraphs by indent, a flush-left title line under a finished sentence
// and over an indented line is the next story's headline, not the end of
// the paragraph above it (blind page ocr-fazhi: a short line in the
// paragraph above, as a page break leaves, keeps the title line's width
// from telling); a line that ends its sentence there is body text.
func TestTitleOverIndent(t *testing.T) {
	top := "涉老诈骗专项整治追赃挽损1.2亿元\n" +
		"  据介绍，不法分子常以“养老服务”\n“保健品推广”“以房养老”等名义\n实施诈骗，作案手段隐蔽、迷惑性强。\n" +
		"公安机关会同民政、市场监管等部门，\n对养老机构和保健品销售场所开展联\n合排查，关停违规经营场所140余家。\n" +
		"  公安部刑侦局有关负责人表示，下\n一步将加大对涉老诈骗犯罪的\n打击力度，同时深入社区开展防骗宣\n传，提醒老年人守好“养老钱”。\n"
	under := "  本报讯 记者 周 斌 最高人民法院\n今天发布10件未成年人网络保护典型\n案例，涉及网络欺凌、个人信息泄露、\n未成年人高额充值打赏等问题。\n"
	d := mustRead(t, top+"最高法发布未成年人网络保护案例\n"+under)
	if len(d.Articles) != 2 || d.Articles[1].Children[0].Kind != doc.KindHeadline || d.Articles[1].Children[0].Text != "最高法发布未成年人网络保护案例" {
		t.Errorf("want a second article under its headline:\n%s", outline(d, false))
	}
	roundTrip(t, d)
	d = mustRead(t, top+"公安机关将持续开展打击整治行动。\n"+under)
	if k := d.Articles[0].Children; k[len(k)-1].Kind != doc.KindParagraph || !strings.HasSuffix(k[len(k)-1].Text, "持续开展打击整治行动。") {
		t.Errorf("a line ending its sentence over the indent is body text:\n%s", outline(d, false))
	}
}
