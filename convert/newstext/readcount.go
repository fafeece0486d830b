package newstext

import (
	"slices"
	"strings"
)

// A Chinese site (a 搜狐号 post, a 公众号 article copied out, a forum's
// thread) shows how many have read the story, at its foot or under its
// stamp: 阅读 (3521), 阅读 3521, 阅读量：1.2万, 浏览 (88), 3521 阅读, and
// beside it other counters, 阅读 3521　点赞 12　评论 (5). The counter is
// the site's furniture, not the story's: a word and a figure parted by a
// space look to the row rule like a table's row, and were one paragraph of
// a row (readCount).
//
// A 公众号 article copied out of WeChat closes with the platform's buttons
// under it, 分享　点赞　在看 (share, like, and 在看, WeChat's "wow"), with
// their counts or without: the same furniture, as a row of two or more
// of countWords with no count and no read counter (readCount; it had
// been a table's row, a paragraph). One such word alone (分享, 在看) is
// left to the text, as a row of buttons with other words among them.
//
// A microblog sets its own counters under every post with no read counter
// among them, Weibo's 转发 126　评论 348　赞 1562 (repost, comment, like):
// three counters with their counts, or two with a repost, which only a
// platform counts, are its action bar, furniture too (two others alone
// with counts, 点赞 12　评论 5, are not told).

// readWords name a read or view counter; every counter line holds one.
var readWords = []string{
	"阅读量", "閱讀量", "阅读数", "閱讀數", "阅读", "閱讀", "浏览量", "瀏覽量", "浏览次数", "瀏覽次數", "浏览", "瀏覽",
	// A government or institution CMS's counter after its stamp (浏览次数：1268)
	// in its other wordings.
	"阅读次数", "閱讀次數", "点击数", "點擊數", "点击次数", "點擊次數", "访问量", "訪問量", "访问次数", "訪問次數",
	"点击量", "點擊量", "点击", "點擊", "播放量", "播放",
}

// countWords name the other counters set beside a read counter.
var countWords = []string{"点赞", "點讚", "点赞数", "評論", "评论", "收藏", "转发", "轉發", "分享", "在看", "喜欢", "喜歡", "推荐", "推薦", "赞", "讚", "留言", "写留言", "寫留言"}

// repostWords name a microblog's repost counter (see above).
var repostWords = []string{"转发", "轉發"}

// readCountFirst reports the runes a counter line may open with: a
// counter's word's first (a read counter's, or another counter's opening
// a row of buttons) or a figure's digit (gate asks it).
func readCountFirst(r rune) bool {
	switch r {
	case '阅', '閱', '浏', '瀏', '点', '點', '播', '分', '评', '評', '收', '转', '轉', '在', '喜', '推', '赞', '讚', '留', '写', '寫':
		return true
	}
	return r >= '0' && r <= '9'
}

// readCount reports a line of a site's counters and nothing else (see
// above): each a counter's word and its figure, the figure after the
// word (with a colon, a space or nothing between, or in brackets) or
// before it, one of the words a read or view counter's, or three
// counters or more, or two with a repost among them (a microblog's action
// bar). A figure is digits, perhaps with a thousands comma or a decimal
// point and 万, 萬, w, k or + after them (1.2万, 10w+).
func readCount(s string) bool {
	if !atMost(s, 40) || hasClauseEnd(s) {
		return false
	}
	if countButtonRow(s) {
		return true // 分享　点赞　在看
	}
	read, repost, counters := false, false, 0
	word, fig := false, false // a word waiting for its figure, a figure for its word
	for rest := s; rest != ""; {
		var t string
		t, rest = nextCountToken(rest)
		if t == "" {
			continue
		}
		w, f := countParts(t)
		switch {
		case w == "" && !countFigure(f):
			return false
		case w == "" && word:
			word = false // 阅读 3521, 阅读 (3521)
			continue
		case w == "":
			if fig {
				return false
			}
			fig = true // 3521 阅读
			continue
		case word, fig && f != "":
			return false
		}
		r := isReadWord(w)
		if !r && !isCountWord(w) {
			return false
		}
		read = read || r
		repost = repost || slices.Contains(repostWords, w)
		counters++
		switch {
		case fig:
			fig = false
		case f == "":
			word = true
		case !countFigure(f):
			return false
		}
	}
	return (read || counters >= 3 || counters == 2 && repost) && !word && !fig
}

// countParts splits a counter's token into its word and its figure
// (阅读3521, 阅读量：1.2万, 阅读(3521), 3521阅读, 10w+阅读, (3521)), either
// of them "" when the token has none.
func countParts(t string) (word, fig string) {
	if r, w := firstRune(t); r == '(' || r == '（' {
		t = t[w:] // (3521)
	}
	switch k := strings.IndexAny(t, "0123456789"); {
	case k < 0:
		word = t
	case k == 0:
		end := figureEnd(t)
		fig, word = t[:end], t[end:]
	default:
		word, fig = t[:k], t[k:]
	}
	return strings.Trim(word, "：:()（）"), strings.TrimRight(fig, ")）")
}

// nextCountToken splits s at its first space (or a bar or a middle dot):
// the token before and the rest. A bracket opening a figure after a word
// stays with the figure (阅读 (3521)).
func nextCountToken(s string) (string, string) {
	for i, r := range s {
		if isSpace(r) || r == '|' || r == '｜' || r == '·' {
			_, w := firstRune(s[i:])
			return s[:i], s[i+w:]
		}
	}
	return s, ""
}

// figureEnd returns where the figure opening t ends: its digits, comma,
// point, and unit (万, 萬, w, W, k, K, +).
func figureEnd(t string) int {
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == ',' || t[i] == '.') {
		i++
	}
	for _, u := range []string{"万", "萬", "w", "W", "k", "K"} {
		if strings.HasPrefix(t[i:], u) {
			i += len(u)
			break
		}
	}
	if i < len(t) && t[i] == '+' {
		i++
	}
	return i
}

// countFigure reports a counter's figure: digits, perhaps with a comma
// or a point, and a unit (figureEnd), nothing else.
func countFigure(f string) bool {
	return f != "" && f[0] >= '0' && f[0] <= '9' && figureEnd(f) == len(f)
}

// isReadWord reports one of readWords.
func isReadWord(w string) bool { return slices.Contains(readWords, w) }

// countButtonRow reports a row of two or more of countWords with no
// figures and nothing else: a platform's buttons (分享　点赞　在看).
func countButtonRow(s string) bool {
	n := 0
	for rest := s; rest != ""; {
		var t string
		t, rest = nextCountToken(rest)
		if t == "" {
			continue
		}
		if !isCountWord(t) {
			return false
		}
		n++
	}
	return n >= 2
}

// isCountWord reports one of countWords.
func isCountWord(w string) bool { return slices.Contains(countWords, w) }
