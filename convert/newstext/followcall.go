package newstext

import "strings"

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
// asks it): the last rune of an account name or of followTails.
func followCallLast(r rune) bool {
	switch r {
	case '號', '号', '友', '@', '頁', '页', '專', '道', 'G', 'm', '書', '书', 'k', '博':
		return true
	}
	return strings.ContainsRune(followTails, r)
}

// followCall reports a short line calling readers to join, follow or
// subscribe to the site's account (followVerbs before one of
// followAccounts), the account closing the line but for an urging
// particle and its mark. A report on an account (…宣布加入LINE官方帳號認證
// 計畫。) goes on after the account's name and is no call.
func followCall(s string) bool {
	if !atMost(s, 60) {
		return false
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
