package newstext

import (
	"strings"
	"unicode/utf8"
)

// appWords name a paper's or site's news app in the dateline it files
// under: 中国青年报客户端北京12月5日电, 极目新闻客户端讯, 北京日报APP北京12月5日电.
var appWords = []string{"客户端", "客戶端", "APP", "App"}

// appOrgPlace splits the head of a dateline filed under a news app
// (人民日报客户端北京, 极目新闻客户端武汉, 北京日报APP北京) into the
// organisation, the app's name with its word for app, and the place
// after it: the word belongs to the organisation, never to the place
// (the paper's name alone ends at 报, which left 客户端北京 as the place;
// 极目新闻 ends as no organisation does, which left no org). The name
// before the word is two to twelve Han runes, letters or digits; the
// place may be empty (人民日报客户端12月5日电).
func appOrgPlace(pre string) (org, place string, ok bool) {
	for _, w := range appWords {
		k := strings.Index(pre, w)
		if k < 0 {
			continue
		}
		name := pre[:k]
		if next, _ := firstRune(pre[k+len(w):]); w[0] < utf8.RuneSelf && (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') {
			continue // Apple: a word, not the app
		}
		if n := utf8.RuneCountInString(name); n < 2 || n > 12 || !isOrg(name) {
			continue
		}
		return pre[:k+len(w)], pre[k+len(w):], true
	}
	return "", "", false
}

// latinAppOnly reports a dateline's head whose only letters are one
// app word after the organisation's name (北京日报APP北京12月5日): the
// head is a news app's dateline, not a paper's channel, which only 讯
// follows (证券时报e公司讯).
func latinAppOnly(h string) bool {
	for _, w := range appWords {
		if k := strings.Index(h, w); k > 0 && w[0] < utf8.RuneSelf {
			return !hasChannelRune(h[:k]) && !hasChannelRune(h[k+len(w):])
		}
	}
	return false
}
