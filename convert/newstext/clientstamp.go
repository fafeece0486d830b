package newstext

import "strings"

// A microblog (新浪微博; 腾讯微博 before it) stamps a post under the
// account's name with the post's time and the client it was sent from:
// 2026-12-05 18:20 来自 微博网页版, 12-5 18:20 来自 iPhone客户端, 今天
// 09:12 来自微博 weibo.com, 5分钟前 来自 HUAWEI Mate 60 Pro, and since
// 2022 the poster's IP place with it (发布于 江苏, ipplace.go). Copied
// out with the post, the stamp is the site's furniture, a time stamp,
// as a news site's is; the client's name after the time kept it from
// being read as one, and a line that ends in no time was glued to the
// post's text. The account's name over it is the platform's furniture
// too (markIPStampAccounts).

// clientWords say which client a post was sent from.
// (A slice: the package's initialisation stays cheap, TestInitCheap.)
var clientWords = []string{"来自", "來自"}

// clientStamp reports a microblog's stamp (see above): a time, a
// poster's IP place if any, then 来自 and the client's name, perhaps
// with 已编辑 after it. The time is a web stamp's (isWebStamp) or one
// of the forms a microblog prints for a recent post (microblogTime): with
// the client after it, no sentence reads so.
func clientStamp(s string) bool {
	if !atMost(s, 64) {
		return false
	}
	for _, w := range clientWords {
		k := strings.LastIndex(s, w)
		if k <= 0 {
			continue
		}
		client := trimSpace(strings.TrimSuffix(trimSpace(s[k+len(w):]), "已编辑"))
		if !clientName(client) {
			return false
		}
		head := trimSpace(s[:k])
		if h, ok := ipPlaceCut(head); ok && h != "" {
			head = h // 2026-12-05 18:20 发布于 江苏 来自 iPhone客户端
		}
		return isWebStamp(head) || microblogTime(head)
	}
	return false
}

// mayClientStamp reports whether a text with summary sm (or nil) may be
// a clientStamp: its 来自 has 自 (keyFrom).
func mayClientStamp(sm *textSum) bool { return sm == nil || sm.has(keyFrom) }

// clientName reports a posting client's name as a stamp gives it after
// 来自: one to 24 characters, Latin, digits, Han, spaces and dots
// (微博网页版, iPhone客户端, 微博 weibo.com, HUAWEI Mate 60 Pro), no
// clause or sentence mark and no bracket.
func clientName(s string) bool {
	if s == "" || !atMost(s, 24) {
		return false
	}
	for _, r := range s {
		if strings.ContainsRune("，。、；：！？,;:!?（）()【】《》“”\"", r) {
			return false
		}
	}
	return true
}

// microblogTime reports a post's time as a microblog prints it, with no
// year for this year's posts: a month and day (12-5, 12月5日) or 今天,
// 昨天, 前天, then a clock (18:20); or an age, 5分钟前, 3小时前, 30秒前,
// 刚刚.
func microblogTime(s string) bool {
	if s == "刚刚" || s == "剛剛" {
		return true
	}
	for _, u := range []string{"秒前", "分钟前", "分鐘前", "小时前", "小時前"} {
		if n, ok := strings.CutSuffix(s, u); ok {
			return n != "" && len(n) <= 2 && allDigits(n)
		}
	}
	d, c, ok := strings.Cut(s, " ")
	if !ok || !isClock(trimSpace(c)) {
		return false
	}
	switch d {
	case "今天", "昨天", "前天":
		return true
	}
	if m, rest, ok := strings.Cut(d, "月"); ok {
		dd, ok := strings.CutSuffix(rest, "日")
		return ok && monthDay(m+"-"+dd)
	}
	return monthDay(d) // 12-5 (updatedstamp.go)
}

// clientStampFirst reports the runes a microblog's stamp opening with a
// word may open with (刚刚, 今天, 昨天, 前天): gate admits them, and a
// stamp opening with a digit as a web stamp.
func clientStampFirst(r rune) bool {
	switch r {
	case '刚', '剛', '今', '昨', '前':
		return true
	}
	return false
}
