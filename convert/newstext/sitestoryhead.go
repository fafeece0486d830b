package newstext

import "strings"

// A story copied from a news site sets its photos between its paragraphs,
// each under its caption (…成交熱絡。（圖／今周刊資料照）), and its heads
// where the text turns, one of them often right under a photo. The site's
// page holds one story: a title line after a caption inside it, over a
// paragraph that opens with no dateline or credit, is a head of that
// story (a section), not the headline of a new one, however the story
// opened (captionInDatedStory tells the same from a story's dateline on
// a printed page, where a caption may end a story).

// captionInSiteStory reports caption p inside the page's first story on
// a Chinese page copied from a site (a time stamp, its furniture or a
// link list among the units: siteCopy), where the text at j, under the
// title line after the caption, is body text with no dateline or credit
// leading it. Looking back from the caption, nothing closes a story
// (a trailer, an end mark) and no title line but a head inside the story
// (headOverUndated) stands before the page's own title group.
func (sc *scorer) captionInSiteStory(p, j int) bool {
	if !strings.HasPrefix(sc.lang, "zh") || j >= len(sc.us) || sc.us[j].kind != uText || sc.fs[j].title || sc.fs[j].dateline {
		return false
	}
	for k := p - 1; k >= 0; k-- {
		u, f := &sc.us[k], &sc.fs[k]
		switch {
		case u.kind == uText && f.dateline:
			return false // (a dated story: captionInDatedStory)
		case u.kind == uHeadline || u.kind == uText && f.title:
			if q := sc.beforeTitles(k); q < 0 || !sc.textBefore[q+1] {
				return siteCopy(sc.us) // the page's title group: its first story
			}
			if u.kind == uHeadline || !sc.headOverUndated(k) {
				return false
			}
		case u.kind == uText || u.kind == uByline || u.kind == uNoise:
			if sc.closesArticle(k) && !sc.headerSource(k) {
				return false
			}
		case u.kind == uCaption || u.kind == uNote:
		default:
			return false
		}
	}
	return siteCopy(sc.us)
}

// headerSource reports noise unit k a site's source line (2026-12-06
// 18:42　来源：澎湃新闻) set in the story's header, under its title and
// byline with no paragraph between: it opens the story there. Under the
// text the same line closes one (isEndNoise).
func (sc *scorer) headerSource(k int) bool {
	return sc.us[k].kind == uNoise && sc.us[k].noise == noiseSource && sc.parasBefore(k, 1) == 0
}
