package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Chinese-language site closes its story with a call to follow it on a
// social platform: 最HOT話題在這！想跟上時事，快來加入《TVBS新聞網》LINE官方帳號吧！,
// 歡迎加入中時新聞網LINE好友, 欢迎关注我们的微信公众号, 訂閱我們的YouTube頻道.
// It is the site's furniture, as its call to install its app (點我下載APP)
// is, not the story's last paragraph, though it is worded as a sentence.

// followVerbs ask the reader to join, follow or subscribe.
var followVerbs = []string{"加入", "關注", "关注", "追蹤", "追踪", "訂閱", "订阅", "按讚", "点赞", "點讚"}

// followAccounts name the site's account on a platform, ending the call.
var followAccounts = []string{
	"LINE官方帳號", "LINE官方账号", "LINE好友", "LINE@", "官方帳號", "官方账号", "公眾號", "公众号",
	"粉絲專頁", "粉丝专页", "粉專", "YouTube頻道", "YouTube频道", "頻道", "频道", "IG", "Instagram", "臉書", "脸书", "Facebook",
	"視頻號", "视频号", "抖音號", "抖音号", "微博",
}

// followTails may close a call after the account: an urging particle and
// its mark (吧！, 喔！, ~).
const followTails = "吧喔哦唷呦！!。~～ "

// followCallLast reports the runes a follow call may end with (the gate
// asks it): the last rune of an account name or of followTails, or of a
// promise's news with no mark after it (消息, 新聞, 不漏接).
func followCallLast(r rune) bool {
	switch r {
	case '號', '号', '友', '@', '頁', '页', '專', '道', 'G', 'm', '書', '书', 'k', '博':
		return true
	case '注', '们', '們', '标', '標': // 点击蓝字　关注我们, 设为星标 (followPrompt)
		return true
	case '”', '"', '」', '』', '》': // 扫码关注“青岚融媒” (followNamedPrompt)
		return true
	case '阅', '閱': // +订阅, 已订阅 (followbutton.go)
		return true
	case '息', '聞', '闻', '訊', '讯', '態', '态', '接', '過', '过', '題', '题': // …，給你最新消息, 新聞不漏接 (followPromiseCall)
		return true
	case '吧', '喔', '哦', '唷', '呦', '！', '!', '。', '~', '～', ' ': // followTails (TestFollowTailsLast)
		return true
	}
	return false
}

// followCall reports a short line calling readers to join, follow or
// subscribe to the site's account (followVerbs before one of
// followAccounts), the account closing the line but for an urging
// particle and its mark, or for a promise of news after a comma when the
// call opens the line (followPromiseCall). A report on an account (…宣布加入LINE官方帳號認證
// 計畫。) goes on after the account's name and is no call.
func followCall(s string) bool {
	if !atMost(s, 60) {
		return false
	}
	if followPrompt(s) || followPromiseCall(s) {
		return true
	}
	t := strings.TrimRight(s, followTails)
	for _, a := range followAccounts {
		head, ok := strings.CutSuffix(t, a)
		if !ok {
			continue
		}
		for _, v := range followVerbs {
			if k := strings.LastIndex(head, v); k >= 0 && atMost(head[k:], 20) {
				return true
			}
		}
		return false
	}
	return false
}

// A 公众号 article opens (or closes) with WeChat's own call to follow the
// account, pointing at the account's name in blue over the title or at
// its QR code: 点击蓝字　关注我们, 点击上方蓝字关注我们, ▲点击上方"青川发布"关注我们,
// 长按二维码关注, 长按识别二维码关注我们, 戳蓝字关注我们, 点击上方名片关注.
// It is the platform's furniture, as the follow calls above are: short
// and unpunctuated, it had been taken for a section head that held the
// whole body, or the headline of a second article.

// promptMarks may stand before a prompt, pointing up or down at what
// it names.
const promptMarks = "▲△↑⬆☝👆👇↓▼🔺 　"

// promptVerbs open a prompt: tap, press long, scan (扫码, 扫一扫), recognise.
var promptVerbs = []string{"点击", "點擊", "轻触", "輕觸", "长按", "長按", "扫码", "掃碼", "扫一扫", "掃一掃", "扫描", "掃描", "识别", "識別", "点", "點", "戳", "按"}

// promptTargets name what the prompt points at: the account's name in
// blue (蓝字), over the title (上方) or under the text (下方), its card,
// its QR code, or the name itself in quotes.
var promptTargets = []string{"蓝字", "藍字", "上方", "下方", "名片", "二维码", "二維碼", "图片", "圖片", "“", "\"", "「", "『"}

// promptEnds close a prompt: follow (us, the account), or star it
// (设为星标, 星标我们).
var promptEnds = []string{"关注我们", "關注我們", "关注本号", "關注本號", "关注公众号", "關注公眾號", "关注", "關注", "设为星标", "設為星標", "星标我们", "星標我們"}

// followPrompt reports WeChat's follow prompt (see above): after any
// pointing marks, a prompt's verb, then at most 20 runes naming one of
// promptTargets, then a follow or star word closing the line (but for an
// urging particle and its mark, or a space or comma before the follow
// word). A sentence about a tap or a scan (点击率引关注, 扫码支付受关注)
// names no target; one going on after the call (…关注我们，获取更多资讯)
// is left to the text.
func followPrompt(s string) bool {
	t := strings.TrimLeft(s, promptMarks)
	if rest, ok := strings.CutPrefix(t, "用微信"); ok {
		t = rest // 用微信扫码关注, 微信扫一扫关注: the app that scans
	} else if rest, ok := strings.CutPrefix(t, "微信"); ok {
		t = rest
	}
	verb := ""
	for _, v := range promptVerbs {
		if strings.HasPrefix(t, v) {
			verb = v
			break
		}
	}
	if verb == "" {
		return false
	}
	t = strings.TrimRight(t[len(verb):], followTails)
	if followNamedPrompt(verb, t) {
		return true
	}
	for _, e := range promptEnds {
		mid, ok := strings.CutSuffix(t, e)
		if !ok {
			continue
		}
		mid = strings.TrimRight(mid, " 　，,、")
		if mid == "" {
			// 扫码关注, 扫一扫关注我们: a scan's verb names the code
			// itself; a tap's, 点击关注, names nothing (a button's word).
			return scanVerb(verb)
		}
		if !atMost(mid, 20) || hasSentencePunct(mid) {
			return false
		}
		for _, g := range promptTargets {
			if strings.Contains(mid, g) {
				return true
			}
		}
		return false
	}
	return false
}

// A paper prints its account's QR code at the page's foot or beside a
// story with the prompt to scan it and follow the account by its name in
// quotes: 扫码关注“青岚融媒”, 扫描二维码关注“江安发布”, 长按识别二维码关注“X”,
// 掃碼關注「香港文匯網」, 微信扫一扫关注《X》. It is the paper's furniture, as
// the prompts above are, never a story's title (it had opened a second
// article, the story's sign-off under it its byline) nor a caption of
// the story's picture (扫码看视频 is: the code leads to the story's
// video). A quoted name with more after it than the account's kind
// (扫码关注“一件事”改革进展) or a call going on after a comma is left to
// the text.

// scanVerbs are the prompt verbs that name the code they scan (扫码: scan
// the code), so need no target before the follow word.
var scanVerbs = []string{"扫码", "掃碼", "扫一扫", "掃一掃"}

// scanVerb reports one of scanVerbs.
func scanVerb(v string) bool {
	for _, w := range scanVerbs {
		if v == w {
			return true
		}
	}
	return false
}

// followNamedPrompt reports the rest of a prompt after its verb (t, its
// tails trimmed) that is the follow word and the account's name in
// quotes closing the line, maybe with the account's kind after it
// (“青岚融媒”微信公众号): a scan's verb, or a target before the follow
// word (二维码, 上方…: promptTargets), as followPrompt asks.
func followNamedPrompt(verb, t string) bool {
	k := strings.Index(t, "关注")
	if k < 0 {
		k = strings.Index(t, "關注")
	}
	if k < 0 {
		return false
	}
	mid, name := t[:k], t[k+len("关注"):]
	if mid == "" && !scanVerb(verb) || mid != "" && (!atMost(mid, 12) || hasSentencePunct(mid) || !containsAnyOf(mid, promptTargets)) {
		return false
	}
	open, w := firstRune(name)
	close := quoteCloseFor(open)
	if close == 0 {
		return false
	}
	in, after, ok := strings.Cut(name[w:], string(close))
	if !ok || in == "" || !atMost(in, 16) || hasSentencePunct(in) || hasAnyRune(in, "“”\"「」『』《》，,") {
		return false
	}
	after = strings.TrimPrefix(after, "微信")
	return after == "" || slices.Contains(followAccounts, after)
}

// A site's follow call may promise what following brings after a comma,
// as 三立新聞網 closes every story: ★快點加入《三立新聞網》LINE官方帳號，給你最新消息！,
// 加入TVBS新聞網LINE好友，新聞不漏接. The call is the site's furniture all
// the same; but a report on an account (民進黨宣布加入LINE官方帳號，
// 掌握最新民意) goes on after the account's name too, so the call must
// open the line (after a bullet mark and an urging word) and the clause
// after the comma must be a short promise of news.

// followMarks may lead a follow call: a star or arrow bullet, a space.
const followMarks = "★☆▶►▷●◆■→👉 　"

// followUrges may stand before the call's verb: hurry, welcome, now.
var followUrges = []string{"快點", "快点", "快來", "快来", "趕快", "赶快", "趕緊", "赶紧", "歡迎", "欢迎", "立即", "立刻", "馬上", "马上", "現在就", "现在就", "記得", "记得", "一起", "請", "请", "快"}

// followPromises are what a call's promise offers: the news, first and
// newest, for you. (更多 alone is no promise of this kind: 關注公眾號，
// 獲取更多資訊 is left to the text, TestBlind33FollowCall.)
var followPromises = []string{"給你", "给你", "帶你", "带你", "讓你", "让你", "掌握", "不漏接", "不錯過", "不错过", "第一手", "第一時間", "第一时间",
	"最新", "搶先", "抢先", "即時", "即时", "獨家", "独家"}

// followPromiseCall reports a follow call with its promise after a comma
// or a space (see above): the line opens, after followMarks and maybe one of
// followUrges, with one of followVerbs; the part before the comma ends
// with one of followAccounts (but for followTails), the call from the
// verb at most 24 runes; and the part after it, at most 16 runes with no further comma or
// sentence mark but its closing one, holds one of followPromises.
func followPromiseCall(s string) bool {
	call, promise, ok := strings.Cut(s, "，")
	if !ok {
		call, promise, ok = strings.Cut(s, ",")
	}
	if !ok {
		// 👉加入民視新聞LINE好友　第一手消息不漏接: a site's page sets
		// the promise after a space (the last run of them) in place of
		// the comma.
		t := strings.TrimRight(s, " 　")
		k := strings.LastIndexFunc(t, isSpace)
		if k <= 0 {
			return false
		}
		_, w := utf8.DecodeRuneInString(t[k:])
		call, promise, ok = strings.TrimRight(t[:k], " 　"), t[k+w:], true
	}
	promise = strings.TrimRight(promise, followTails)
	if promise == "" || !atMost(promise, 16) || hasSentencePunct(promise) || hasAnyRune(promise, "，,、") || !containsAnyOf(promise, followPromises) {
		return false
	}
	t := strings.TrimLeft(call, followMarks)
	for _, u := range followUrges {
		if rest, ok := strings.CutPrefix(t, u); ok {
			t = rest
			break
		}
	}
	verb := false
	for _, v := range followVerbs {
		if strings.HasPrefix(t, v) {
			verb = true
			break
		}
	}
	if !verb || !atMost(t, 24) {
		return false
	}
	t = strings.TrimRight(t, followTails)
	for _, a := range followAccounts {
		if strings.HasSuffix(t, a) {
			return true
		}
	}
	return false
}

// containsAnyOf reports whether s holds one of words.
func containsAnyOf(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
