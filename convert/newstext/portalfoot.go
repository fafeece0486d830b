package newstext

import "strings"

// A Taiwanese portal (ETtoday and those built like it) closes a story
// with two lines of its own. Under a story on a topic it has a standing
// reminder for, the site's reminder: a star, the site's name in title
// marks and 提醒您 (關心您), then the advice, ★《ETtoday新聞雲》提醒您：
// 飲酒過量，有害健康 (siteReminder): boilerplate as its ★ 版權聲明 line
// is. And a copied page keeps the line that cites it: 原文網址, the
// story's title, the site's name and the URL parted by bars, 原文網址：
// 登山客…救出 | 花東新聞雲 | https://… (pageAddressLine). Both are the
// site's furniture, never the story's text. The words in prose stay text:
// 消保官提醒您：… (no site in title marks), 《消費者報導》提醒消費者…,
// 原文網址已失效。 (no address).

// siteReminderFirst reports the runes a site's reminder opens with.
func siteReminderFirst(r rune) bool {
	return r == '★' || r == '☆' || r == '※' || r == '《'
}

// siteReminder reports a portal's standing reminder (see above): an
// optional star, the site's name in title marks, 提醒您 or 關心您 and a
// colon or comma, then the advice, at most 200 runes.
func siteReminder(s string) bool {
	if !atMost(s, 200) {
		return false
	}
	t := strings.TrimLeft(s, "★☆※ 　")
	name, ok := strings.CutPrefix(t, "《")
	if !ok {
		return false
	}
	k := strings.Index(name, "》")
	if k <= 0 || !atMost(name[:k], 20) || hasAnyRune(name[:k], "，。：；！？") {
		return false
	}
	rest := trimSpace(name[k+len("》"):])
	for _, v := range []string{"提醒您", "提醒你", "關心您", "关心您"} {
		if r, ok := strings.CutPrefix(rest, v); ok {
			c, _ := firstRune(r)
			return c == '：' || c == ':' || c == '，' || c == ','
		}
	}
	return false
}

// pageAddressLabels open the line citing the page a story was copied
// from.
var pageAddressLabels = []string{"原文網址", "原文网址", "原文連結", "原文链接", "原文鏈接", "本文網址", "本文网址", "文章網址", "文章网址"}

// pageAddressLine reports the line citing a copied page (see above): one
// of pageAddressLabels, a colon, and fields parted by bars whose last is
// the page's address, or the address alone.
func pageAddressLine(s string) bool {
	if !atMost(s, 300) {
		return false
	}
	for _, l := range pageAddressLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		rest = trimSpace(rest)
		c, w := firstRune(rest)
		if c != '：' && c != ':' {
			return false
		}
		rest = trimSpace(rest[w:])
		if k := strings.LastIndexAny(rest, "|｜"); k >= 0 {
			_, bw := firstRune(rest[k:])
			rest = trimSpace(rest[k+bw:])
		}
		return (strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "www.")) && !strings.ContainsAny(rest, " 　")
	}
	return false
}
