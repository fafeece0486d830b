package newstext

import (
	"slices"
	"strings"
)

// A story copied from a site may close with its related reading under the
// link list's header in lenticular brackets, alone on its line:
//
//	【延伸阅读】
//	首艘国产大型邮轮累计接待游客超50万人次
//	长三角邮轮母港客流恢复至2019年水平
//
// The brackets make the header a run-in lead-in with nothing to run
// into: a section heading (samples/README.md, Heads), not a column's
// label over a kicker and headline. The titles under it are the
// section's items, a paragraph each: short unpunctuated lines that would
// otherwise read as the next story's title group. (The bare header,
// 延伸阅读 or 相关阅读： over a site's links, is the site's furniture:
// markLinkLists.)

// readingListHeader reports s a link list's header in lenticular brackets
// and nothing else: 【延伸阅读】, 【相关阅读】. Not 【相关链接】: a wire's
// copy appends its background under it (新华社's 【相关链接】 over a
// titled item and its text), a head over a head; only the bare 相关链接
// heads a government site's links (govLinkHeaders).
func readingListHeader(s string) bool {
	inner, ok := strings.CutPrefix(s, "【")
	if inner, ok = strings.CutSuffix(inner, "】"); !ok {
		return false
	}
	return isLinkHeader(inner) && !slices.Contains(govLinkHeaders, inner)
}

// markReadingItems makes body text of the link titles under a bracketed
// related-reading heading (unit i): each a paragraph, never a title line.
// The run of titles ends at the first unit that is no title line; its
// last title stays free when what follows opens a story (a time stamp, a
// dateline), as that one is the next story's headline; a byline after
// the titles is the story's trailer (【编辑:…】), which the section holds.
func (sc *scorer) markReadingItems(i int) {
	us := sc.us
	j := i + 1
	for j < len(us) && us[j].kind == uText && !us[j].verbatim && linkLine(us[j].text) {
		j++
	}
	if j > i+1 && j < len(us) && us[j].kind != uByline && opensStory(&us[j], sc.lang) {
		j--
	}
	for k := i + 1; k < j; k++ {
		bodyOnly(&sc.fs[k], false)
		sc.fs[k].item = true
	}
}
