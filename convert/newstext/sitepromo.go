package newstext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A magazine's or paper's site closes a story with promotions of itself:
// a link to more of its pieces (更多今周刊文章, 更多精彩内容) and a call to
// subscribe with what that gives (訂閱今周刊，掌握產業最新動態). Like its
// call to install its app (appcall.go), they are the site's furniture, not
// the story's last paragraphs. A link is 更多, the site's name and a word
// for its pieces, nothing else; a call is 訂閱/订阅, the name, and after a
// comma a benefit from a short list (掌握, 不錯過 …): 訂閱經濟，正在改變
// 出版業 is prose.

// A site's page closes a story with its link back into the site too,
// 返回搜狐，查看更多 (a 搜狐号 post's foot), 返回首页, 返回网易首页: the
// verb, the site's name or one of its pages (backTargets), and after a
// comma what it offers, more of the site (backLink).

// promoPieces end a link to more of a site's pieces.
var promoPieces = []string{"文章", "新聞", "新闻", "報導", "报道", "內容", "内容", "資訊", "资讯", "好文", "專欄", "专栏", "影音", "視頻", "视频"}

// promoBenefits open what a subscription call offers.
var promoBenefits = []string{"掌握", "獲取", "获取", "第一時間", "第一时间", "不錯過", "不错过", "即時", "即时", "看更多", "閱讀更多", "阅读更多", "了解更多", "瞭解更多", "每日", "每天", "輕鬆", "轻松"}

// promoFirst reports the first runes of a site's promotion lines (the
// gate asks it).
func promoFirst(r rune) bool {
	return r == '更' || r == '訂' || r == '订' || r == '立' || r == '返' || r == '回' || readOriginalFirst(r)
}

// sitePromo reports a line promoting the site (see above).
func sitePromo(s string) bool {
	if !atMost(s, 30) || hasAnyRune(s, "。？！?!") {
		return false
	}
	if backLink(s) || readOriginal(s) || tapLink(s) {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "更多"); ok {
		for _, p := range promoPieces {
			if name, ok := strings.CutSuffix(rest, p); ok {
				return name == "" || promoName(name)
			}
		}
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(s, "立即"), "馬上")
	rest, ok := strings.CutPrefix(rest, "訂閱")
	if !ok {
		if rest, ok = strings.CutPrefix(strings.TrimPrefix(s, "立即"), "订阅"); !ok {
			return false
		}
	}
	name, offer, ok := strings.Cut(rest, "，")
	if !ok || !promoName(name) {
		return false
	}
	offer = trimSpace(offer)
	if utf8.RuneCountInString(offer) > 14 {
		return false
	}
	for _, b := range promoBenefits {
		if strings.HasPrefix(offer, b) {
			return true
		}
	}
	return false
}

// promoName reports a site's name in a promotion: two to ten runes, in
// 《》 or bare, with no punctuation or space.
func promoName(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "《"), "》")
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 10 {
		return false
	}
	for _, r := range s {
		if isSpace(r) || unicode.IsPunct(r) {
			return false
		}
	}
	return true
}

// backTargets are the pages of its own a site links back to: its front
// page, a channel's, the list the story was in, the page's top.
var backTargets = []string{"首页", "首頁", "主页", "主頁", "频道", "頻道", "列表", "目录", "目錄", "顶部", "頂部"}

// backOffers open what a link back offers after its comma: more of the
// site (查看更多, 看更多精彩内容) or the whole text (阅读全文, 查看原文).
// (Only a verb of reading before it: 返回北京，更多人选择高铁 is prose.)
var backOffers = []string{
	"查看更多", "看更多", "阅读更多", "閱讀更多", "浏览更多", "瀏覽更多", "了解更多", "瞭解更多", "发现更多", "發現更多", "更多精彩",
	"查看原文", "查看全文", "阅读全文", "閱讀全文", "看全文",
}

// backLink reports a site's link back into itself: 返回 (回到), the site's
// name and after a comma what it offers (返回搜狐，查看更多), or one of
// the site's pages alone, its name before it or not (返回首页, 返回网易首页,
// 回到频道首页, 返回列表). A place after 返回 with no offer and no page is
// prose's (返回地球, a headline; 返回家乡过年).
func backLink(s string) bool {
	rest, ok := strings.CutPrefix(s, "返回")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "回到"); !ok {
			return false
		}
	}
	rest = strings.TrimRight(rest, " 　>＞›»》↑")
	name, offer, comma := strings.Cut(rest, "，")
	if !comma {
		name, offer, comma = strings.Cut(rest, ",")
	}
	name = trimSpace(name)
	if comma {
		offer = strings.TrimRight(trimSpace(offer), " 　>＞›»》…")
		if name != "" && !promoName(name) || offer == "" || !atMost(offer, 8) {
			return false
		}
		for _, w := range backOffers {
			if strings.HasPrefix(offer, w) {
				return true
			}
		}
		return false
	}
	for _, t := range backTargets {
		if site, ok := strings.CutSuffix(name, t); ok {
			return site == "" || promoName(site)
		}
	}
	return false
}

// A 公众号 article copied out of WeChat ends with the platform's link out
// to the page the account linked, 阅读原文 (read the original), and
// sites copy their own link to the full text the same way: 查看原文,
// 阅读全文, 原文链接, or worded as a prompt, 点击阅读原文, 点击“阅读原文”
// 查看更多 (readOriginal). Alone on its line it is a link, furniture like
// 返回首页: it had been a paragraph, before that the headline of an
// article of its own. A news app's or site's fold button, 展开全文 (展開全文,
// 展开阅读全文, 点击展开全文, Sohu's 展开剩余85%), left between two
// paragraphs where the page was folded, is the same link to the whole text:
// furniture, never a section's head (展开全文讨论, 展开剩余工作 are text).

// originalLinks are the link's words (the original, the full text).
var originalLinks = []string{"阅读原文", "閱讀原文", "查看原文", "查看全文", "阅读全文", "閱讀全文", "原文链接", "原文鏈接", "原文連結",
	"展开全文", "展開全文", "展开阅读全文", "展開閱讀全文"}

// readOriginalFirst reports the runes readOriginal's line may open with.
func readOriginalFirst(r rune) bool {
	switch r {
	case '阅', '閱', '查', '原', '点', '點', '戳', '↓', '👇', '▼', '展':
		return true
	}
	return false
}

// readOriginal reports a link out to the original or full text alone on
// its line (see above): after any pointing mark and a tap's verb (点击,
// 戳), one of originalLinks, bare or quoted, then nothing but a link's
// arrow (阅读全文 >), or after the quoted link a short offer
// (查看更多, 了解详情, 报名). The words in a sentence (阅读原文后发现…,
// 原文链接已失效。) are text.
func readOriginal(s string) bool {
	if !atMost(s, 24) {
		return false
	}
	t := strings.TrimLeft(s, "↓👇▼ 　")
	for _, v := range []string{"点击", "點擊", "戳"} {
		if r, ok := strings.CutPrefix(t, v); ok {
			t = r
			break
		}
	}
	if foldRest(t) {
		return true
	}
	quoted := false
	if r, w := firstRune(t); r == '“' || r == '"' || r == '「' || r == '【' {
		t, quoted = t[w:], true
	}
	for _, l := range originalLinks {
		rest, ok := strings.CutPrefix(t, l)
		if !ok {
			continue
		}
		if quoted {
			r, w := firstRune(rest)
			if r != '”' && r != '"' && r != '」' && r != '】' {
				return false
			}
			rest = rest[w:]
		}
		rest = strings.TrimRight(rest, " 　>＞›»↓")
		if rest == "" {
			return true
		}
		if !quoted || !atMost(rest, 8) {
			return false
		}
		for _, w := range readOriginalOffers {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
		return false
	}
	return false
}

// readOriginalOffers open what a quoted link offers after it.
var readOriginalOffers = []string{"查看", "了解", "阅读", "閱讀", "获取", "獲取", "进入", "進入", "报名", "報名", "下载", "下載", "观看", "觀看"}

// foldRest reports Sohu's fold button, 展开剩余 (展開剩餘) and the share of
// the text still folded, 85%, alone (展开剩余工作 is text).
func foldRest(s string) bool {
	rest, ok := strings.CutPrefix(s, "展开剩余")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "展開剩餘"); !ok {
			return false
		}
	}
	rest, ok = strings.CutSuffix(strings.TrimRight(rest, " 　>＞›»↓"), "%")
	if !ok {
		rest, ok = strings.CutSuffix(rest, "％")
	}
	return ok && rest != "" && len(rest) <= 3 && strings.Trim(rest, "0123456789") == ""
}
