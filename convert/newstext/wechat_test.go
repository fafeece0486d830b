package newstext

import (
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
