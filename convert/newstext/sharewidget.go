package newstext

import "strings"

// A mainland self-media platform's page (网易号, 搜狐号, 百家号) copies
// with the story the platform's own buttons and its share widget, one a
// line, between the stamp and the text: 申请入驻 (apply to post there),
// 举报 (report the post), and the QR code's two lines, 用微信扫码二维码 /
// 分享至好友和朋友圈. They are the site's, not the story's: read as title
// lines, they made the kicker over the story's headline, or a headline
// and subheadline of their own that took the story's text from its real
// headline. Each is noise wherever it stands (webChrome).

// loneSiteButtons are a platform's buttons that stand alone on their line
// and never head a story's part: apply to post on the platform, report or
// complain about the post. (收藏, a column's head too, is left to
// markLoneButtons, which needs the buttons' row beside it.) A word with
// more to it (举报电话, 投诉渠道, 申请入驻条件) is text.
var loneSiteButtons = []string{
	"申请入驻", "申請入駐", "我要入驻", "我要入駐",
	"举报", "舉報", "檢舉", "我要举报", "我要舉報", "投诉", "投訴", "我要投诉", "我要投訴", "举报/反馈", "投诉/举报", "举报/投诉",
}

// shareWidgetWords are the words a share widget's lines are made of: the
// scan (用微信扫码二维码, 微信扫一扫), and the share and its targets
// (分享至好友和朋友圈). No line of prose is made of nothing else.
var shareWidgetWords = []string{
	"用", "使用", "打开", "打開", "微信", "扫码", "掃碼", "扫一扫", "掃一掃", "扫描", "掃描", "二维码", "二維碼", "即可",
	"分享至", "分享到", "分享给", "分享給", "分享", "好友", "朋友圈", "微博", "QQ", "QQ空间", "QQ空間", "和", "及", "或", "与", "與", "、",
	// A government site's code to open the page on a phone (扫一扫在手机
	// 打开当前页, 用手机扫描二维码打开本页).
	"在", "手机", "手機", "上", "当前页", "當前頁", "本页", "本頁", "此页", "此頁", "当前页面", "當前頁面", "本页面", "本頁面",
}

// shareWidget reports a line of a share widget (see above): made only of
// shareWidgetWords (spaces and commas between them allowed), holding a
// scan with WeChat or with a share (扫码分享), or a share with its target,
// or a scan to open the page on a phone (扫一扫在手机打开当前页).
// A scan alone (扫描二维码, 扫一扫) is a print caption's prompt too. Short, no sentence: a
// line that says more (微信扫码支付, 扫码看视频, 分享到朋友圈被拘) is not.
func shareWidget(s string) bool {
	if !atMost(s, 24) {
		return false
	}
	scan, share, target, page := false, false, false, false
	for rest := s; rest != ""; {
		r, w := firstRune(rest)
		if isSpace(r) || r == '，' || r == ',' {
			rest = rest[w:]
			continue
		}
		best := ""
		for _, t := range shareWidgetWords {
			if len(t) > len(best) && strings.HasPrefix(rest, t) {
				best = t
			}
		}
		if best == "" {
			return false
		}
		switch best {
		case "扫码", "掃碼", "扫一扫", "掃一掃", "扫描", "掃描", "二维码", "二維碼":
			scan = true
		case "分享至", "分享到", "分享给", "分享給", "分享":
			share = true
		case "好友", "朋友圈", "微博", "QQ空间", "QQ空間":
			target = true
		case "当前页", "當前頁", "本页", "本頁", "此页", "此頁", "当前页面", "當前頁面", "本页面", "本頁面":
			page = true
		}
		rest = rest[len(best):]
	}
	return scan && (strings.Contains(s, "微信") || share || page && (strings.Contains(s, "手机") || strings.Contains(s, "手機"))) || share && target
}
