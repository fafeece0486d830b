package newstext

import (
	"slices"
	"strings"
)

// reportedDateline parses a dateline ending in 报道 where 电 would stand,
// as a news site dates the story it reports from its own desk: 参考消息网12月4日报道
// 据法新社…. i is where 报 (or 報 of 報導) stands in s. The head is an
// organisation and a date (datelineHead), and the dateline is set apart
// from the text by a space or stands alone: 据法新社巴黎12月2日报道， is the
// text's own attribution, never a dateline. It returns the dateline and
// where it ends.
func reportedDateline(s string, i int) (dateline, int, bool) {
	t := "报道"
	if !strings.HasPrefix(s[i:], t) {
		t = "報導"
		if !strings.HasPrefix(s[i:], t) {
			return dateline{}, 0, false
		}
	}
	end := i + len(t)
	if r, _ := firstRune(s[end:]); end < len(s) && !isSpace(r) {
		return dateline{}, 0, false
	}
	head := s[:i]
	if strings.HasPrefix(head, "据") || strings.HasPrefix(head, "據") {
		return dateline{}, 0, false
	}
	d, ok := datelineHead(head, '电')
	if !ok || d.date == "" || d.org == "" {
		return dateline{}, 0, false
	}
	d.text = s[:end]
	return d, end, true
}

// roleSlash returns a bracketed credit whose one role is parted from its
// names by a slash (编译/王晓, 编译／王晓, as 参考消息 closes a translated
// story) with a space there instead, as parseCredit reads it; any other
// text comes back as it is.
func roleSlash(inner string) string {
	k := indexSlash(inner)
	if k <= 0 || !slices.Contains(roleWords, inner[:k]) {
		return inner
	}
	_, w := firstRune(inner[k:])
	if hasAnyRune(inner[k+w:], "/／") {
		return inner
	}
	return inner[:k] + " " + inner[k+w:]
}

// foreignReportDateline parses the inside of the bracket 参考消息 sets
// over a translated story: the foreign paper or site, the date and 文章
// or 报道 (韩国《中央日报》网站11月28日文章, 美国《纽约时报》12月1日报道). The
// source is a title in 《》 or a site (…网站); the dateline holds the
// date and the title in 《》 as its org (the organisation it names), no
// place, as the story is not filed from one.
func foreignReportDateline(in string) (dateline, bool) {
	var h string
	for _, t := range []string{"文章", "报道", "報導", "评论", "社论"} {
		if p, ok := strings.CutSuffix(in, t); ok {
			h = p
			break
		}
	}
	j := trailingDate(h)
	if j < 0 {
		return dateline{}, false
	}
	src := h[:j]
	if src == "" || !strings.Contains(src, "》") && !strings.HasSuffix(src, "网站") && !strings.HasSuffix(src, "網站") {
		return dateline{}, false
	}
	d := dateline{date: h[j:]}
	if a := strings.Index(src, "《"); a >= 0 {
		if b := strings.Index(src[a:], "》"); b > len("《") {
			d.org = src[a+len("《") : a+b] // the paper or site it names: 环球航运评论
		}
	}
	return d, true
}
