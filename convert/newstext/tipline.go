package newstext

import "strings"

// noiseTipLine names a news site's call for tips (see tipLine).
const noiseTipLine = "tip line"

// tipWords open the number a site gives readers to send it news.
var tipWords = []string{"报料", "報料", "爆料", "新闻热线", "新聞熱線", "报料热线", "報料熱線", "爆料热线", "爆料電話", "爆料电话", "报料电话", "報料電話"}

// tipLine reports a site's tip line under a story, 澎湃新闻报料：021-962866:
// a tip word (after the site's name, at most 12 runes) before a colon and
// a telephone number (digits, ASCII or full width, hyphens, spaces, at
// most 24 bytes).
func tipLine(s string) bool {
	k := strings.Index(s, "：")
	w := len("：")
	if j := strings.IndexByte(s, ':'); j >= 0 && (k < 0 || j < k) {
		k, w = j, 1
	}
	if k <= 0 || !atMost(s[:k], 12) {
		return false
	}
	head, num := s[:k], trimSpace(s[k+w:])
	if !hasAnySuffix(head, tipWords) {
		return false
	}
	// 025-96060　扬眼APP“我要报料”24小时在线: the site's other channel
	// for tips after the number, set apart by an ideographic space.
	if j := strings.Index(num, "　"); j > 0 {
		if !tipChannel(trimSpace(num[j+len("　"):])) {
			return false
		}
		num = trimSpace(num[:j])
	}
	// 本报新闻热线：２３６０２３６０: a page head set in full-width forms
	// sets the number in full-width digits too (fullwidthlabel.go).
	if r, _ := firstRune(num); r >= '０' && r <= '９' || r == '（' || r == '＋' {
		num = foldFullwidth(num)
	}
	if num == "" || len(num) > 24 {
		return false
	}
	digits := 0
	for i := 0; i < len(num); i++ {
		switch c := num[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == ' ' || c == '+' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return digits >= 5
}

// tipChannel reports a short field naming another way to send the site
// news (扬眼APP“我要报料”24小时在线), or asking for it (欢迎提供新闻线索,
// after 羊城晚报新闻热线：020-87133000): a tip word or 线索 in it, no
// sentence.
func tipChannel(s string) bool {
	if s == "" || !atMost(s, 24) || hasClauseEnd(s) {
		return false
	}
	for _, t := range tipWords[:3] { // 报料, 報料, 爆料 (the others hold one of them or 热线)
		if strings.Contains(s, t) {
			return true
		}
	}
	// 欢迎提供新闻线索: a call for leads (线索), the paper's own words.
	return strings.Contains(s, "热线") || strings.Contains(s, "熱線") || strings.Contains(s, "线索") || strings.Contains(s, "線索")
}

// noiseCopyCall names a page's call for contributions (see copyCall).
const noiseCopyCall = "call for contributions"

// copyWords ask readers for contributions: 欢迎投稿, 来稿请寄, 征稿; or,
// on a letters page, for letters: 欢迎读者来函 (联合早报's 读者来函),
// 读者来信请寄, 歡迎投書 (a Taiwan paper's 民意論壇); a Korean page's
// 독자 의견 보내실 곳, 독자투고.
var copyWords = []string{"投稿", "来稿", "來稿", "征稿", "徵稿", "赐稿", "賜稿", "供稿",
	"来函", "來函", "来信", "來信", "投书", "投書",
	// A Korean opinion page's call for readers' views and letters at its
	// foot: 독자 의견 보내실 곳: opinion@…, 독자투고: …, 투고 문의 ….
	"독자 의견", "독자의견", "독자투고", "독자 투고", "투고", "독자의 소리"}

// copyCall reports the call for contributions a page (a comment page,
// a supplement, a magazine, a letters page) sets at its foot with the
// address to send them to: 欢迎投稿　评论版邮箱：jwpl@jcwb.com.cn,
// 本版投稿邮箱：a@b.cn, 來稿請寄 a@b.com.tw, and written as a sentence
// with a comma, 欢迎读者来函，电邮：forum@zaobao.com.sg, 欢迎投稿，电邮：….
// Short, a contribution word, and an e-mail address closing it: page
// furniture, not the story's text (noiseKindSum asks it before it
// turns away lines with a clause's end, which the sentence form has).
func copyCall(s string) bool {
	// (The address's @ first: a byte search, and most lines have none.)
	if !atMost(s, 48) || strings.IndexByte(s, '@') < 0 {
		return false
	}
	k := strings.LastIndexAny(s, " 　：:")
	if k < 0 {
		return false
	}
	_, w := firstRune(s[k:])
	if !isEmail(s[k+w:]) {
		return false
	}
	for _, c := range copyWords {
		if strings.Contains(s[:k], c) {
			return true
		}
	}
	return false
}
