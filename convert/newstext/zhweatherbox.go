package newstext

import "strings"

// A Hong Kong or mainland page sets its weather box, the forecast and a
// few rows of temperatures, under its name alone, 天氣 (天气), as a
// Japanese page sets 天気 and a Korean one 날씨 (standingBoxes): an
// article of its own, never a head of the story or letter above it
// (blind page hk-sheping-duzhe-65: the box ran into the last letter).
// The same word heads a section of a story, a travel guide's 交通 /
// 天氣 / 住宿, so it names the box only where a box stands: opening the
// page, after the end of an article, or right under furniture (the
// letters column's call for letters) that itself follows an article's
// end or opens the page: a page's folio that a page break drops into a
// running story (…方便往來各景點。 / 2026年12月6日（星期日）　B6　旅遊 /
// 天氣) ends nothing.

// zhWeatherBox reports unit i as a Chinese page's weather box name (see
// above).
func (sc *scorer) zhWeatherBox(i int) bool {
	if sc.lang != "zh-Hant" && sc.lang != "zh-Hans" || len(sc.us[i].text) > 12 || !strings.HasPrefix(sc.us[i].text, "天") {
		return false // (most title lines: asked for every short one the grammar scores)
	}
	if t := unspaced(sc.us[i].text); t != "天氣" && t != "天气" {
		return false
	}
	if i > 0 && sc.us[i-1].kind == uNoise {
		return sc.furnitureEnds(i - 1)
	}
	p := sc.prevContent(i)
	return p < 0 || !sc.textBefore[p+1] || sc.closesArticle(p) || bulletedBrief(sc.us[p].text)
}

// bulletedBrief reports a finished item of a column of briefs, a
// sentence after its bullet (●警方昨日在深水埗拘捕三名男子…。): the items
// have no sections, so a box's name under the last is the next box's
// (blind page hk-dongfang-gangwen-duanxun, where 天氣 became a head of
// 港聞短訊).
func bulletedBrief(t string) bool {
	r, _ := firstRune(t)
	return (r == '●' || r == '▲' || r == '■' || r == '◆') && endsSentence(t)
}

// furnitureEnds reports the furniture (noise) run ending at unit j a
// box's place: it opens the page, holds a column's call for letters
// (歡迎讀者來函…, the column's foot), or follows the end of an article
// (closesArticle).
func (sc *scorer) furnitureEnds(j int) bool {
	for ; j >= 0 && sc.us[j].kind == uNoise; j-- {
		if t := sc.us[j].text; containsAnyOf(t, lettersCallCues) && containsAnyOf(t, lettersPageCues) || sc.fs[j].endMark {
			return true
		}
	}
	return j < 0 || sc.closesArticle(j)
}
