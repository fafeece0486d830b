package newstext

import (
	"slices"
	"strings"
	"testing"
)

// wechatPost frames a 公众号 article as copied out of WeChat (invented
// text, after blind page cn-weixin-web): the title, the header (%[1]s),
// the follow prompt (%[2]s), two paragraphs, the sign-off, the footer
// (%[3]s).
const wechatPost = "寒潮来袭！我县启动冬季送温暖行动\n\n%[1]s\n\n%[2]s\n\n" +
	"12月5日，县民政局联合县总工会、团县委启动冬季“送温暖”行动，为全县1200余户困难群众送去生活物资。\n\n" +
	"当天上午，工作人员分成6个小组，深入全县21个乡镇逐户走访。\n\n" +
	"编辑：李婷　审核：赵明　终审：陈刚\n\n%[3]s\n"

// wechatKinds are wechatPost's units as the reader gives them, the
// header, prompt and footer lines each noise.
func wechatKinds(header, prompt string, footer ...string) []string {
	out := []string{"article", "headline 寒潮来袭！我县启动冬季送温暖行动", "noise " + header, "noise " + prompt,
		"paragraph 12月5日，县民政局联合县总工会、团县委启动冬季“送温暖”行动，为全县1200余户困难群众送去生活物资。",
		"paragraph 当天上午，工作人员分成6个小组，深入全县21个乡镇逐户走访。",
		"byline 编辑：李婷　审核：赵明　终审：陈刚"}
	for _, f := range footer {
		out = append(out, "noise "+f)
	}
	return out
}

// TestWeChatPostHeader: a 公众号 article's header under its title, the
// 原创 label, the author, the account, the date and time and the poster's
// province (bare or 发布于/发表于), with or without the label, the author
// worded 作者：X, is a time stamp with its account, the platform's
// furniture (blind page cn-weixin-web: it had been a subheadline). One
// bare name before a bare stamp (a programme's line, 开幕式 2026年12月05日
// 18:30), a sentence's words before the time (比赛于), or punctuation in
// a name is no header.
func TestWeChatPostHeader(t *testing.T) {
	for s, want := range map[string]bool{
		"原创 青川县融媒体中心 青川发布 2026年12月05日 18:30 四川":       true,
		"青川县融媒体中心 青川发布 2026年12月05日 18:30 四川":          true,
		"原创 作者：李婷 青川发布 2026年12月05日 18:30":             true,
		"原创 青川发布 2026-12-05 18:30":                    true,
		"青川县融媒体中心 青川发布 2026-12-05 18:30 发表于四川":        true,
		"青川发布 2026年12月05日 18:30 发布于四川":                true,
		"原創 青川縣融媒體中心 青川發布 2026年12月05日 18:30 四川":       true,
		"青川发布 2026年12月05日 18:30 四川":                   true,
		"开幕式 2026年12月05日 18:30":                       false,
		"比赛于 2026年12月05日 18:30 四川":                    false,
		"原创 他说，青川发布 2026年12月05日 18:30":                false,
		"原创 青川县融媒体中心 青川发布 本周 2026年12月05日 18:30 比赛 四川": false,
	} {
		if got := sourcedStamp(s); got != want {
			t.Errorf("sourcedStamp(%q) = %v, want %v", s, got, want)
		}
	}
	for _, h := range []string{
		"原创 青川县融媒体中心 青川发布 2026年12月05日 18:30 四川",
		"青川县融媒体中心 青川发布 2026年12月05日 18:30 四川",
		"原创 作者：李婷 青川发布 2026年12月05日 18:30",
		"青川发布 2026年12月05日 18:30 发表于四川",
	} {
		wantAllKinds(t, strings.NewReplacer("%[1]s", h, "%[2]s", "点击蓝字　关注我们", "%[3]s", "阅读原文").Replace(wechatPost),
			wechatKinds(h, "点击蓝字　关注我们", "阅读原文")...)
	}
}

// TestWeChatFollowPrompt: WeChat's prompt to follow the account, a tap
// or a long press pointing at its name in blue, over the title or at its
// QR code (点击蓝字　关注我们, 点击上方蓝字关注我们, ▲点击上方"青川发布"关注我们,
// 长按二维码关注, 戳蓝字关注我们), is a follow call, noise (blind page
// cn-weixin-web: it had been a section head holding the whole body, or
// with a bare stamp over it the headline of a second article). A
// sentence about a tap or a scan, a prompt going on after the call, or
// a verb with no target stays text.
func TestWeChatFollowPrompt(t *testing.T) {
	for s, want := range map[string]bool{
		"点击蓝字　关注我们":         true,
		"点击上方蓝字关注我们":        true,
		"▲点击上方\"青川发布\"关注我们": true,
		"点击上方“青川发布”，关注我们":   true,
		"长按二维码关注":           true,
		"长按识别二维码关注我们":       true,
		"戳蓝字关注我们":           true,
		"↑ 点击上方名片关注":        true,
		"點擊藍字　關注我們":         true,
		"点击上方蓝字，设为星标":       true,
		"点击率引关注":            false,
		"扫码支付受关注":           false,
		"点击上方蓝字关注我们，获取更多资讯": false,
		"点击关注":              false,
		"长按二维码关注后，即可报名。":    false,
		"他点击上方蓝字关注我们":       false,
	} {
		if got := followCall(s); got != want {
			t.Errorf("followCall(%q) = %v, want %v", s, got, want)
		}
		if last, _ := decodeLast(s); want && !followCallLast(last) {
			t.Errorf("%q: followCallLast(%q) keeps it from followCall", s, last)
		}
	}
	const header = "原创 青川县融媒体中心 青川发布 2026年12月05日 18:30 四川"
	for _, p := range []string{"点击蓝字　关注我们", "点击上方蓝字关注我们", "长按二维码关注", "▲点击上方\"青川发布\"关注我们"} {
		wantAllKinds(t, strings.NewReplacer("%[1]s", header, "%[2]s", p, "%[3]s", "阅读原文").Replace(wechatPost),
			wechatKinds(header, p, "阅读原文")...)
	}
	// Under a bare stamp the prompt opened a second article.
	const stamp = "2026年12月05日 18:30 四川"
	wantAllKinds(t, strings.NewReplacer("%[1]s", stamp, "%[2]s", "点击蓝字　关注我们", "%[3]s", "阅读原文").Replace(wechatPost),
		wechatKinds(stamp, "点击蓝字　关注我们", "阅读原文")...)
}

// TestWeChatFooterButtons: the platform's buttons under a 公众号 article,
// 分享　点赞　在看 (a row of two or more counter words with no count), and
// its link out, 阅读原文 (查看原文, 阅读全文, 点击阅读原文, 点击“阅读原文”
// 查看更多), are web furniture, noise, as 阅读 2315 is (blind page
// cn-weixin-web: the row had been a table's row, a paragraph, and the
// link a paragraph, before that a second article's headline). One such
// word alone, a row with another word among them, and the link's words
// in a sentence stay text.
func TestWeChatFooterButtons(t *testing.T) {
	for s, want := range map[string]bool{
		"分享　点赞　在看":    true,
		"分享 收藏 点赞 在看": true,
		"赞 在看":        true,
		"分享|点赞|在看":    true,
		"在看":          false,
		"分享":          false,
		"分享　点赞　抽奖":    false,
		"分享经验 点赞":     false,
	} {
		if got := readCount(s); got != want {
			t.Errorf("readCount(%q) = %v, want %v", s, got, want)
		}
		if first, _ := firstRune(s); want && !readCountFirst(first) {
			t.Errorf("%q: readCountFirst keeps it from readCount", s)
		}
	}
	for s, want := range map[string]bool{
		"阅读原文":          true,
		"閱讀原文":          true,
		"查看原文":          true,
		"阅读全文 >":        true,
		"点击阅读原文":        true,
		"点击“阅读原文”查看更多":  true,
		"↓点击“阅读原文”了解详情": true,
		"阅读原文后发现":       false,
		"原文链接已失效。":      false,
		"点击阅读原文查看":      false,
		"阅读":            false,
	} {
		if got := sitePromo(s); got != want {
			t.Errorf("sitePromo(%q) = %v, want %v", s, got, want)
		}
		if first, _ := firstRune(s); want && !promoFirst(first) {
			t.Errorf("%q: promoFirst keeps it from sitePromo", s)
		}
	}
	const header = "原创 青川县融媒体中心 青川发布 2026年12月05日 18:30 四川"
	page := strings.NewReplacer("%[1]s", header, "%[2]s", "点击蓝字　关注我们", "%[3]s", "分享　点赞　在看\n\n阅读原文\n阅读 2315").Replace(wechatPost)
	wantAllKinds(t, page, wechatKinds(header, "点击蓝字　关注我们", "分享　点赞　在看", "阅读原文", "阅读 2315")...)
}

// TestWeChatEndMarkAndCredits: a 县融媒体中心's 公众号 post closes with
// WeChat's end mark, END between dashes (- END -, -END-, —END—), its
// source, its credits one a line, the crew's over the editors' sign-off
// (文字：罗　敏 / 图片：周　涛 / 编辑：唐晓雯 / 终审：李　斌), and its links
// to earlier posts under 往期推荐 (往期回顾, 往期精选) (blind page
// cn-blind61-weixin-xian: the end mark had been a second article's
// headline, the 文字 line a third's, the 图片 line a subheadline, the
// header a section head over its links). Look-alikes kept: END with no
// dash on one side or with more words, a crew line naming no person
// (图片：网络, 图片：新华社, an organisation or outlet: 图片：县文旅局,
// 图片：江安发布), a crew line away from any credit line, and
// 往期 in a title.
func TestWeChatEndMarkAndCredits(t *testing.T) {
	for s, want := range map[string]bool{
		"- END -":     true,
		"-END-":       true,
		"—END—":       true,
		"— END —":     true,
		"——  END  ——": true,
		"－END－":       true,
		"- End -":     true,
		"END":         false,
		"END -":       false,
		"- END":       false,
		"- END OF -":  false,
		"- THE END -": false,
		"-0-":         true,
		"（完）":         true,
		"-- 完 --":     false,
		"—— 全文完 ——":   false,
		"- ENDLESS -": false,
	} {
		if got := isEndMark(s); got != want {
			t.Errorf("isEndMark(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]string{
		"文字：罗　敏":     "org= roles=文字 names=罗敏",
		"图片：周　涛":     "org= roles=图片 names=周涛",
		"图片:周涛 李明":   "org= roles=图片 names=周涛,李明",
		"视频：王小川":     "org= roles=视频 names=王小川",
		"设计：刘洋、陈晨":   "org= roles=设计 names=刘洋,陈晨",
		"圖片：周　濤":     "org= roles=圖片 names=周濤",
		"图片：网络":      "",
		"图片：新华社":     "",
		"图片：视觉中国":    "",
		"文字：":        "",
		"文字记录整理工作":   "",
		"图片：县委宣传部提供": "",
		"图片：县文旅局":    "",
		"图片：江安发布":    "",
		"图片：县融媒体中心":  "",
		"图片：江安县委":    "",
		"文字：约两千字的报道": "",
	} {
		c, ok := signOffCrew(s)
		got := ""
		if ok {
			got = creditText(c)
		}
		if got != want {
			t.Errorf("signOffCrew(%q) = %q, want %q", s, got, want)
		}
	}
	const head = "首批20辆新能源公交车上线\n\n原创 江安县融媒体中心 江安发布 2026年12月06日 20:15 四川\n\n" +
		"12月6日上午，首批20辆纯电动公交车在县客运中心正式发车。\n\n" +
		"县交通运输局相关负责人表示，明年还将新增新能源公交车30辆。\n\n"
	const foot = "来源：江安县交通运输局\n\n文字：罗　敏\n图片：周　涛\n编辑：唐晓雯\n终审：李　斌\n\n" +
		"往期推荐\n江安县2026年冬季征兵工作启动\n我县新增3个省级乡村振兴示范村\n\n分享　点赞　在看\n"
	want := []string{"article", "headline 首批20辆新能源公交车上线", "noise 原创 江安县融媒体中心 江安发布 2026年12月06日 20:15 四川",
		"paragraph 12月6日上午，首批20辆纯电动公交车在县客运中心正式发车。",
		"paragraph 县交通运输局相关负责人表示，明年还将新增新能源公交车30辆。",
		"", "noise 来源：江安县交通运输局",
		"byline 文字：罗　敏", "byline 图片：周　涛", "byline 编辑：唐晓雯", "byline 终审：李　斌",
		"", "noise 江安县2026年冬季征兵工作启动", "noise 我县新增3个省级乡村振兴示范村", "noise 分享　点赞　在看"}
	for _, c := range []struct{ end, links string }{
		{"- END -", "往期推荐"}, {"-END-", "往期回顾"}, {"—END—", "往期精选"},
	} {
		w := slices.Clone(want)
		w[5], w[11] = "noise "+c.end, "noise "+c.links
		wantAllKinds(t, head+c.end+"\n\n"+strings.Replace(foot, "往期推荐", c.links, 1), w...)
	}
	// A source's line in the block, naming no person (图片：县文旅局), is
	// a byline of the block with the source as its org (TestWeChatCrewOrg).
	d0 := mustRead(t, head+"文字：罗　敏\n图片：县文旅局\n编辑：唐晓雯\n终审：李　斌\n")
	if got := strings.Join(allKinds(d0), "\n"); !strings.Contains(got, "byline 文字：罗　敏") || !strings.Contains(got, "byline 图片：县文旅局") {
		t.Errorf("a crew block with a source's line:\n%s", got)
	}
	// A supplier named by its part, in the wording of a supplied picture
	// (图片：由主办方提供), is the same: the block's byline, no new article.
	d1 := mustRead(t, head+"- END -\n\n文字：罗　敏\n图片：由主办方提供\n编辑：唐晓雯\n终审：李　斌\n")
	if got := strings.Join(allKinds(d1), "\n"); !strings.Contains(got, "byline 文字：罗　敏") || !strings.Contains(got, "byline 图片：由主办方提供") || strings.Count(got, "article") != 1 {
		t.Errorf("a crew block with a supplier's line:\n%s", got)
	}
	// A crew line away from the credits, between paragraphs, is no byline.
	d := mustRead(t, head+"文字：罗　敏\n\n据介绍，新车辆配备智能调度终端和车载监控系统。\n")
	if got := strings.Join(allKinds(d), "\n"); strings.Contains(got, "byline") {
		t.Errorf("a lone crew line read as a byline:\n%s", got)
	}
}

// TestWeChatCrewOrg: a crew line of a 公众号's sign-off crediting an
// organisation or an outlet, not a person (图片：县文旅局, 图片：江安发布,
// 视频：江安县融媒体中心, 图片：新华社), right above or under the other
// credit lines, is a byline of the block with the role and the source as
// its org (review 26b: wx-crew2.txt and wx-crew.txt had read it as a new
// article's headline). Look-alikes kept: where the pictures came from with
// no one named (图片：网络), a person's name (a byline of names), a
// headline opening with the same words (图片：县文旅局举办…), and the same
// line alone over body text.
func TestWeChatCrewOrg(t *testing.T) {
	for s, want := range map[string]string{
		"图片：县文旅局":          "org=县文旅局 roles=图片 names=",
		"图片：江安发布":          "org=江安发布 roles=图片 names=",
		"视频：江安县融媒体中心":      "org=江安县融媒体中心 roles=视频 names=",
		"图片:江安县委":          "org=江安县委 roles=图片 names=",
		"圖片：縣文旅局":          "org=縣文旅局 roles=圖片 names=",
		"图片：新华社":           "org=新华社 roles=图片 names=",
		"图片：网络":            "",
		"图片：资料":            "",
		"图片：周　涛":           "",
		"文字：罗敏":            "",
		"图片：县文旅局举办冬季文旅季":   "",
		"图片：江安发布 2026":     "",
		"图片来源：江安发布":        "",
		"县文旅局":             "",
		"图片：县文旅局、江安县融媒体中心": "",
		"图片：由主办方提供":        "org=主办方 roles=图片 names=",
		"图片：受访者供图":         "org=受访者 roles=图片 names=",
		"圖片：由主辦單位提供":       "org=主辦單位 roles=圖片 names=",
		"图片：县委宣传部提供":       "org=县委宣传部 roles=图片 names=",
		"视频：由江安县融媒体中心提供":   "org=江安县融媒体中心 roles=视频 names=",
		"图片：主办方":           "org=主办方 roles=图片 names=",
		"图片：由周涛提供":         "",
		"图片：提供":            "",
		"图片：由网络提供":         "",
		"图片：请主办方提供原图":      "",
	} {
		c, ok := signOffCrewOrg(s)
		got := ""
		if ok {
			got = creditText(c)
		}
		if got != want {
			t.Errorf("signOffCrewOrg(%q) = %q, want %q", s, got, want)
		}
	}
	const head = "江安县冬季文旅季启动\n\n" +
		"12月6日上午，江安县冬季文旅季在竹都广场启动，现场发布了十条冬游线路。\n\n" +
		"县文旅局负责人介绍，活动将持续到明年二月，其间将举办灯会、美食节等二十余项活动。\n\n"
	body := []string{"article", "headline 江安县冬季文旅季启动",
		"paragraph 12月6日上午，江安县冬季文旅季在竹都广场启动，现场发布了十条冬游线路。",
		"paragraph 县文旅局负责人介绍，活动将持续到明年二月，其间将举办灯会、美食节等二十余项活动。"}
	for _, c := range []struct {
		foot string
		want []string
	}{
		{"文字：罗　敏\n图片：县文旅局\n编辑：唐晓雯\n终审：李强\n",
			[]string{"byline 文字：罗　敏", "byline 图片：县文旅局", "byline 编辑：唐晓雯", "byline 终审：李强"}},
		{"图片：江安发布\n编辑：王芳\n审核：李强\n",
			[]string{"byline 图片：江安发布", "byline 编辑：王芳", "byline 审核：李强"}},
		{"编辑：王芳\n视频：江安县融媒体中心\n",
			[]string{"byline 编辑：王芳", "byline 视频：江安县融媒体中心"}},
	} {
		wantAllKinds(t, head+c.foot, append(slices.Clone(body), c.want...)...)
	}
	// The same words away from a credit block keep their reading: a
	// headline of a story, a lone source line over body text.
	for _, page := range []string{
		head + "图片：县文旅局举办冬季文旅季启动仪式\n编辑：王芳\n",
		head + "图片：江安发布\n\n据介绍，今年冬季文旅季共推出十条线路。\n",
	} {
		if got := strings.Join(allKinds(mustRead(t, page)), "\n"); strings.Contains(got, "byline 图片") {
			t.Errorf("a crew source read as a byline away from a credit block:\n%s", got)
		}
	}
}

// TestScanFollowPrompt: a paper's prompt to scan its account's QR code
// and follow the account by its name in quotes, 扫码关注“青岚融媒” at a
// 县报 page's foot (blind round 74, item 2b: it opened a second article,
// the story's sign-off under it that article's byline), 扫描二维码关注“X”,
// 长按识别二维码关注“X” (it was glued to the paragraph above), 掃碼關注「X」,
// 微信扫一扫关注《X》, or the scan's verb with the follow word alone, 扫码关注,
// 扫一扫关注我们, is the paper's furniture, noise: a scan's verb names the
// code. A tap's verb with no target (点击关注“X”), a quoted name with more
// after it, a call going on after a comma, a sentence, and 扫码看视频 (a
// caption's prompt) stay as they were.
func TestScanFollowPrompt(t *testing.T) {
	for s, want := range map[string]bool{
		"扫码关注“青岚融媒”":      true,
		"扫描二维码关注“青岚融媒”":   true,
		"长按识别二维码关注“江安发布”": true,
		"掃碼關注「香港文匯網」":     true,
		"微信扫一扫关注《青岚融媒》":   true,
		"用微信扫码关注“青岚融媒”":   true,
		"▲扫码关注“青岚融媒”":     true,
		"扫码关注\"青岚融媒\"":    true,
		"扫码关注“青岚融媒”微信公众号": true,
		"扫码关注":             true,
		"扫一扫关注我们":          true,
		"掃碼關注我們":           true,
		"点击关注“青岚融媒”":       false,
		"点击关注":             false,
		"关注“青岚融媒”":         false,
		"扫码关注“一件事”改革进展":    false,
		"扫码关注“青岚融媒”，了解更多":  false,
		"市民可扫码关注“青岚融媒”。":   false,
		"扫码关注度持续上升":        false,
		"扫码看视频":            false,
		"扫码关注“青岚融媒”“江安发布”": false,
		"扫码支付受关注":          false,
	} {
		if got := followCall(s); got != want {
			t.Errorf("followCall(%q) = %v, want %v", s, got, want)
		}
		if last, _ := decodeLast(s); want && !followCallLast(last) {
			t.Errorf("%q: followCallLast(%q) keeps it from followCall", s, last)
		}
	}
	const story = "“小积分”兑出文明新风\n" +
		"　　本报讯（融媒体记者　吴　涛）走进龙潭乡白沙村的“积分超市”，货架上摆满了日用品，村民拿着积分卡，就可兑换需要的商品。\n" +
		"　　据了解，今年全县已有86个村建起“积分超市”，明年实现行政村全覆盖。\n"
	head := []string{"article",
		"headline “小积分”兑出文明新风",
		"dateline 本报讯",
		"byline （融媒体记者　吴　涛）",
		"paragraph 走进龙潭乡白沙村的“积分超市”，货架上摆满了日用品，村民拿着积分卡，就可兑换需要的商品。",
		"paragraph 据了解，今年全县已有86个村建起“积分超市”，明年实现行政村全覆盖。"}
	for _, p := range []string{"扫码关注“青岚融媒”", "长按识别二维码关注“江安发布”", "扫码关注"} {
		wantAllKinds(t, story+p+"\n责任编辑：刘　洁　审核：何　平\n",
			append(slices.Clone(head), "noise "+p, "byline 责任编辑：刘　洁　审核：何　平")...)
	}
	// Without it, the sign-off closes the story all the same.
	wantAllKinds(t, story+"责任编辑：刘　洁　审核：何　平\n",
		append(slices.Clone(head), "byline 责任编辑：刘　洁　审核：何　平")...)
}

// TestScanFollowPromptWrapped: a narrow column's wrap may set the scan
// prompt's words alone on a line mid-sentence, …扫一扫或 / 扫码关注“青岚融媒”
// / 公众号，在线报名… (review 30b, item 4: the line was noise, its words
// lost from the paragraph). Under a line left open and over a line going
// on with the sentence (the account's kind, a comma, a particle) it is the
// paragraph's text; after a finished sentence, or over a line that does
// not go on with it (the sign-off, a new paragraph), it stays noise.
func TestScanFollowPromptWrapped(t *testing.T) {
	const head = "青岚镇启动夏季读书月\n\n本报讯青岚镇夏季读书月\n活动日前启动，全镇十二\n个农家书屋延长开放时间\n。有意参加分享会的市民\n"
	for _, c := range []struct {
		page string
		want []string
	}{
		// The reviewer's page: the prompt's words are the sentence's.
		{head + "可通过手机微信扫一扫或\n扫码关注“青岚融媒”\n公众号，在线报名并领取\n书单。\n",
			[]string{"article", "headline 青岚镇启动夏季读书月", "dateline 本报讯",
				"paragraph 青岚镇夏季读书月活动日前启动，全镇十二个农家书屋延长开放时间。有意参加分享会的市民可通过手机微信扫一扫或扫码关注“青岚融媒”公众号，在线报名并领取书单。"}},
		{head + "可通过手机微信扫一扫或\n扫码关注“青岚融媒”\n，在线报名并领取书单。\n",
			[]string{"article", "headline 青岚镇启动夏季读书月", "dateline 本报讯",
				"paragraph 青岚镇夏季读书月活动日前启动，全镇十二个农家书屋延长开放时间。有意参加分享会的市民可通过手机微信扫一扫或扫码关注“青岚融媒”，在线报名并领取书单。"}},
		// After a finished sentence the prompt stands as a unit: noise.
		{head + "可在线报名领取书单。\n扫码关注“青岚融媒”\n责任编辑：刘　洁　审核：何　平\n",
			[]string{"article", "headline 青岚镇启动夏季读书月", "dateline 本报讯",
				"paragraph 青岚镇夏季读书月活动日前启动，全镇十二个农家书屋延长开放时间。有意参加分享会的市民可在线报名领取书单。",
				"noise 扫码关注“青岚融媒”", "byline 责任编辑：刘　洁　审核：何　平"}},
		// Over a line that does not go on with it (the sign-off), it is
		// noise whatever the line above left open.
		{head + "可在线报名领取书单\n扫码关注“青岚融媒”\n责任编辑：刘　洁　审核：何　平\n",
			[]string{"article", "headline 青岚镇启动夏季读书月", "dateline 本报讯",
				"paragraph 青岚镇夏季读书月活动日前启动，全镇十二个农家书屋延长开放时间。有意参加分享会的市民可在线报名领取书单",
				"noise 扫码关注“青岚融媒”", "byline 责任编辑：刘　洁　审核：何　平"}},
	} {
		wantAllKinds(t, c.page, c.want...)
	}
}
