package newstext

import (
	"slices"
	"testing"
)

// TestFollowCallPromise: a site's call to follow it that promises news
// after a comma (★快點加入《三立新聞網》LINE官方帳號，給你最新消息！) is the
// site's furniture as the bare call is (blind round 35 tw-setn-web,
// misread 4); a report on an account, a call with no promise of news, or
// a sentence going on, stays text.
func TestFollowCallPromise(t *testing.T) {
	for s, want := range map[string]bool{
		"★快點加入《三立新聞網》LINE官方帳號，給你最新消息！": true,
		"快點加入《三立新聞網》LINE官方帳號，給你最新消息！":  true,
		"☆加入TVBS新聞網LINE好友，新聞不漏接":       true,
		"▶追蹤我們的粉絲專頁，掌握第一手消息":           true,
		"歡迎關注我們的微信公众号，第一时间获取最新资讯":      true,
		"立即訂閱YouTube頻道，搶先看獨家影音！":       true,
		"民進黨宣布加入LINE官方帳號，掌握最新民意":       false,
		"關注公眾號，獲取更多資訊":                 false,
		"快點加入《三立新聞網》LINE官方帳號，共同守護台灣":   false,
		"加入LINE官方帳號，給你最新消息，還有好禮抽獎。":    false,
		"他說，加入LINE官方帳號，給你最新消息":         false,
		"快點加入我們的行列，給你最新消息！":            false,
	} {
		if got := followCall(s); got != want {
			t.Errorf("followCall(%q) = %v, want %v", s, got, want)
		}
		if last, _ := decodeLast(s); want && !followCallLast(last) {
			t.Errorf("%q: followCallLast(%q) keeps it from followCall", s, last)
		}
	}
	const story = "台中透天厝凌晨惡火　消防救出3人1命危\n\n2026/12/06 06:42\n\n記者陳怡君／台中報導\n\n台中市北屯區一棟4層樓透天厝今（6）日凌晨3時許發生火警，消防局獲報後派遣消防車到場搶救。\n\n"
	for _, call := range []string{"★快點加入《三立新聞網》LINE官方帳號，給你最新消息！", "加入TVBS新聞網LINE好友，新聞不漏接"} {
		d := mustRead(t, story+call+"\n")
		if k := allKinds(d); !slices.Contains(k, "noise "+call) {
			t.Errorf("%s: %v", call, k)
		}
		roundTrip(t, d)
	}
}
