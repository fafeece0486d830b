package newstext

import (
	"slices"
	"strings"
)

// A mainland site's share widget names its targets by their apps, often
// on a line of their own under its label: 分享到： over 微信　微博　QQ空间
// or 抖音　快手　小红书. The same names head a story's table of the
// platforms, 微信　微博　抖音　快手 over 13.8　5.9　7.6　4.1, and a line
// of apps alone says nothing of which it is. Its neighbours do: a row of
// apps is the widget's, noise, right under or over other web furniture
// (the label, 相关新闻), and never over a row of figures, the table it
// heads.

// shareApps are the apps a mainland site's share widget names.
var shareApps = []string{
	"微信", "微博", "QQ", "QQ空间", "QQ空間", "朋友圈", "微信好友", "QQ好友", "新浪微博", "腾讯微博", "騰訊微博",
	"抖音", "快手", "豆瓣", "小红书", "小紅書", "今日头条", "今日頭條",
}

// shareAppKeys holds a rune every row of apps webChrome takes alone holds:
// 微 of WeChat and Weibo, Q of QQ (chromeKeys has them). A row naming none
// of them, 抖音　快手　小红书, is left to markShareAppRows, which asks its
// neighbours, not to the gate.
const shareAppKeys = "微Q"

// maxShareAppRow bounds the bytes of a row of apps: six of the longest.
const maxShareAppRow = 6 * (len("今日头条") + len("　"))

// shareAppRow reports a line of two or more of shareApps and nothing
// else, parted by spaces (微信　微博　QQ空间, 微信 微博 抖音).
func shareAppRow(s string) bool {
	if len(s) > maxShareAppRow {
		return false
	}
	n := 0
	for rest := trimSpace(s); rest != ""; {
		w, next := cutAtSpace(rest)
		if !slices.Contains(shareApps, w) {
			return false
		}
		n++
		rest = next
	}
	return n >= 2
}

// markShareAppRows decides each line of apps alone by its neighbours (see
// shareApps): noise right under or over a line of web furniture (分享到：,
// 相关新闻), unless the line under it is a row of figures it heads
// (headerOver); text, as a table's header row or a title, where the story
// goes on under it; otherwise as webChrome read it (a row with 微 or Q at
// the story's foot, under its last paragraph or its editor's credit, is
// the widget's, but for one a sentence above announces: announcedRow).
func (b *builder) markShareAppRows() {
	us := b.units
	chrome := func(j int) bool { return j >= 0 && j < len(us) && us[j].kind == uNoise && us[j].noise == noiseChrome }
	for i := range us {
		u := &us[i]
		if len(u.text) > maxShareAppRow || u.line != u.lastLine || u.verbatim || !(u.kind == uText || u.kind == uNoise && u.noise == noiseChrome) || !shareAppRow(u.text) {
			continue
		}
		textUnder := i+1 < len(us) && us[i+1].kind == uText
		header := textUnder && headerOver(u.text, us[i+1].text)
		switch widget := !header && (chrome(i-1) || chrome(i+1)); {
		case widget && u.kind == uText:
			u.kind, u.noise, u.summed = uNoise, noiseChrome, false
		case !widget && u.kind == uNoise && (textUnder || announcedRow(us, i)):
			// Only a row the story goes on under, a table's header or a
			// line between paragraphs, turns back to text: at the story's
			// foot (under its last paragraph, under 责任编辑：李娜, or the
			// page's last line) the row is the widget's, as webChrome says,
			// unless the paragraph over it announces it (…依次为：).
			u.kind, u.noise, u.summed = uText, "", false
		}
	}
}

// announcedRow reports unit i, a row of apps, right under a text unit
// ending in a colon: the story's sentence announcing it (老年网民最常用的
// 四款应用依次为：), whose answer the row is, at the story's foot too. The
// share widget's own label, 分享到：, is web furniture, not text.
func announcedRow(us []unit, i int) bool {
	if i == 0 || us[i-1].kind != uText {
		return false
	}
	t := us[i-1].text
	r, _ := decodeLast(t)
	return (r == '：' || r == ':') && !shareCall(t)
}

// shareCall reports a label calling the reader to share or follow the
// page, 把文章分享到：, 关注我们：, 分享給朋友：, 更多资讯请关注：: the
// share or follow widget's own label, never the story's sentence
// announcing a row of apps. A label is one clause: a line with a comma
// is a sentence (调查显示，最受关注的三款应用是：) and stays the story's.
func shareCall(t string) bool {
	if strings.ContainsAny(t, "，,") {
		return false
	}
	for _, w := range shareCallWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// shareCallWords are the verbs of a share or follow widget's label.
var shareCallWords = []string{"分享", "关注", "關注", "扫码", "掃碼", "扫一扫", "掃一掃"}
