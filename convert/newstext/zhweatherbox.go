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
// letters column's call for letters).

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
		return true
	}
	p := sc.prevContent(i)
	return p < 0 || !sc.textBefore[p+1] || sc.closesArticle(p)
}
