package newstext

import (
	"slices"
	"strings"

	"github.com/paiban/paiban/convert/doc"
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
// the titles is the story's trailer (【编辑:…】), which the section holds,
// unless text follows it: then it is the next story's credit, and the
// title over it (with a short label over that) the story's.
func (sc *scorer) markReadingItems(i int) {
	us := sc.us
	j := i + 1
	for j < len(us) && us[j].kind == uText && !us[j].verbatim && linkLine(us[j].text) {
		j++
	}
	if j > i+1 && j < len(us) && us[j].kind != uByline && opensStory(&us[j], sc.lang) {
		j--
	} else if j > i+1 && j < len(us) && us[j].kind == uByline && sc.bylineOverText(j) {
		// A credit line over text (本报记者 X 通讯员 Y / 　　进入12月…)
		// opens the next story: the title above it is its headline, and
		// a short label over that its kicker (科普 / 流感疫苗为何要年年
		// 打), not links (blind page cn-kjrb-kepu-kuaixun).
		j--
		if j > i+1 && atMost(us[j-1].text, maxReadingLabel) {
			j--
		}
	}
	for k := i + 1; k < j; k++ {
		bodyOnly(&sc.fs[k], false)
		sc.fs[k].item = true
	}
}

// maxReadingLabel is the most runes of a column's label over a story's
// headline (科普, 健康提醒): a link's title runs longer.
const maxReadingLabel = 6

// bylineOverText reports the byline at j followed by body text, a
// paragraph that is no title line: a story's credit under its titles,
// not the trailer closing the story above (【编辑:…】).
func (sc *scorer) bylineOverText(j int) bool {
	n := sc.nextContent(j)
	return n < len(sc.us) && sc.us[n].kind == uText && !sc.fs[n].title
}

// readingListLabel reports a paragraph of a related-reading section that
// is a column's short label, no link's title (maxReadingLabel).
func readingListLabel(n *doc.Node) bool {
	return n.Kind == doc.KindParagraph && atMost(n.Text, maxReadingLabel) && isKicker(n.Text)
}
