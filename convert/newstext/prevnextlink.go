package newstext

import "strings"

// A Chinese news site's CMS closes a story with links to the story before
// and after it in its column, each on its line: 上一篇：冬季文旅惠民活动启动
// over 下一篇：非遗年货节下周开幕 (上一条/下一条, 上一條/下一條, 上一则,
// 前一篇, the label also in brackets, 【上一篇】, or spaced from the title;
// 上一篇：没有了 when there is none). They are the site's, not the story's:
// web furniture, one unit each, never a paragraph the story's text or the
// other link is joined to. The label needs its colon, bracket or space:
// 下一条地铁线路明年开通 and 上一篇文章中提到… are text.

// prevNextLabels name the story before or after in a CMS's links.
var prevNextLabels = []string{
	"上一篇", "下一篇", "上一条", "下一条", "上一條", "下一條", "上一则", "下一则", "上一則", "下一則",
	"前一篇", "后一篇", "後一篇",
}

// mayBePrevNext reports text opening as a previous/next link does: one
// of 上下前后後 and 一, or a bracket. Most lines are spared prevNextLink's
// comparisons (and gate admits only these to noiseKindSum for it).
func mayBePrevNext(s string) bool {
	r, w := firstRune(s)
	switch r {
	case '【', '[', '［':
		return true
	case '上', '下', '前', '后', '後':
		return strings.HasPrefix(s[w:], "一")
	}
	return false
}

// prevNextLink reports a CMS's link to the story before or after: one of
// prevNextLabels, bare or bracketed, alone or before a colon or a space
// and a title (a title has no 。).
func prevNextLink(s string) bool {
	if !atMost(s, 80) {
		return false
	}
	bracketed := false
	for _, b := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}} {
		if rest, ok := strings.CutPrefix(s, b[0]); ok {
			inner, after, ok := strings.Cut(rest, b[1])
			if !ok {
				return false
			}
			s, bracketed = inner+"："+after, true
			break
		}
	}
	for _, l := range prevNextLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		// 上一篇文章：, 下一篇新闻： (the label's longer wording).
		for _, w := range []string{"文章", "新闻", "新聞"} {
			if r, ok := strings.CutPrefix(rest, w); ok && (r == "" || strings.HasPrefix(r, "：") || strings.HasPrefix(r, ":")) {
				rest = r
				break
			}
		}
		if rest == "" || bracketed && rest == "：" {
			return true
		}
		title := strings.TrimLeft(rest, "：: 　")
		if title == rest || title == "" && !strings.ContainsAny(rest, "：:") {
			return false // no separator: the label's words run on in text
		}
		return !strings.Contains(title, "。")
	}
	return false
}
