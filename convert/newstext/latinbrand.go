package newstext

import (
	"slices"
	"strings"
)

// A site whose name is a Latin brand sets it alone over the story on a
// Japanese, Chinese or Korean page: ITmedia NEWS, ITmedia ビジネスオンライン,
// Impress Watch, CNET Japan, GIGAZINE, Engadget 日本版, ETtoday 新聞雲. It
// is the site's masthead, furniture, not a headline of its own over the
// story's: a line of Latin letters over a title in the page's own script
// dated by its stamp is a site's name, whatever the site (no list of
// names: markJaSiteHead knows the Japanese ones by their endings).

// latinBrand reports a site's brand as it is set: a Latin word opening
// it, holding a capital (ITmedia, GIGAZINE, PC, Impress), then at most
// two more words, Latin (NEWS, Watch, Japan) or a short word of katakana
// and kanji with no kana particle (ビジネスオンライン, 日本版): ITmedia NEWS,
// Engadget 日本版. Twenty-four runes at most. The Latin word may end in
// the brand's exclamation mark, and a portal's service word in katakana
// and kanji may follow that mark with no space: Yahoo!ニュース,
// Yahoo!ファイナンス, Yahoo! JAPAN (a Latin word glued to katakana with
// no mark, AIブーム, is a word of the text, no brand). A broadcaster's
// brand glues its call letters to its site's word, or its name to NEWS
// (FNNプライムオンライン, MBSニュース, 日テレNEWS, テレ朝news:
// broadcastWord), and a network's site may name the network it is
// powered by after the brand (TBS NEWS DIG Powered by JNN: poweredBy).
func latinBrand(s string) bool {
	s = cutPoweredBy(s)
	if !atMost(s, 24) {
		return false
	}
	var buf [4]string
	toks := appendFields(buf[:0], s, 4, isSpace)
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	first, glued := toks[0], ""
	if k := indexAnyRune(first, "!！"); k > 0 {
		first, glued = first[:k], first[k:]
		_, w := firstRune(glued)
		glued = glued[w:]
	}
	if glued == "" && broadcastWord(first) {
		// FNNプライムオンライン, 日テレNEWS: the brand's first word
	} else if c := first[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || !latinWord(first) || upperCount(first) == 0 {
		return false
	}
	if glued != "" && !brandWord(glued) {
		return false
	}
	for _, t := range toks[1:] {
		if !latinWord(t) && !brandWord(t) && !broadcastWord(t) {
			return false
		}
	}
	return true
}

// jaBroadcastEnds end the word a broadcaster's site glues to its call
// letters: FNNプライムオンライン, MBSニュース, TBSテレビ.
var jaBroadcastEnds = []string{"ニュース", "オンライン", "デジタル", "テレビ", "放送"}

// broadcastWord reports a broadcaster's brand glued into one word (see
// latinBrand): call letters, two to five capitals, before a word of
// katakana and kanji that ends as a site's or a station's name
// (jaBroadcastEnds), FNNプライムオンライン, MBSニュース; or a short name of
// katakana and kanji before NEWS in any case, 日テレNEWS, テレ朝news.
// Capitals glued to any other word, AIブーム, GDP成長率, are the text's.
func broadcastWord(t string) bool {
	k := 0
	for k < len(t) && t[k] >= 'A' && t[k] <= 'Z' {
		k++
	}
	if k >= 2 && k <= 5 {
		return brandWord(t[k:]) && hasAnySuffix(t[k:], jaBroadcastEnds)
	}
	if k > 0 {
		return false
	}
	for _, news := range []string{"NEWS", "News", "news"} {
		if name, ok := strings.CutSuffix(t, news); ok {
			return name != "" && atMost(name, 4) && brandWord(name)
		}
	}
	return false
}

// cutPoweredBy cuts the network a site names after its brand, Powered by
// and a short Latin name with a capital (TBS NEWS DIG Powered by JNN),
// and returns the brand before it; any other s is returned as it is.
func cutPoweredBy(s string) string {
	k := strings.Index(s, " Powered by ")
	if k < 0 {
		k = strings.Index(s, " powered by ")
	}
	if k <= 0 {
		return s
	}
	net := trimSpace(s[k+len(" powered by "):])
	if !atMost(net, 12) || !latinWord(net) || upperCount(net) == 0 {
		return s
	}
	return trimSpace(s[:k])
}

// brandWord reports a brand's word in katakana and kanji, nine runes at
// most, with no kana particle: ビジネスオンライン, 日本版, ニュース.
func brandWord(t string) bool {
	if t == "" || !atMost(t, 9) {
		return false
	}
	for _, r := range t {
		if !isHan(r) && !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' {
			return false
		}
	}
	return true
}

// markLatinBrandHead makes noise of a Latin brand (latinBrand) as the
// page's first unit when the title under it is written in a CJK script
// and dated by its stamp (datedTitleAt), on a page in any language, and
// the section the story ran in alone between them (TBS NEWS DIG / 社会,
// 연합뉴스's 사회: siteSection), or a breadcrumb of two such lines
// (FNNプライムオンライン / ニュース / 社会), which are the site's furniture too. It
// reports whether it found one.
func (b *builder) markLatinBrandHead() bool {
	us := b.units
	if len(us) < 3 || us[0].kind != uText || us[0].para || us[0].verbatim || us[0].line != us[0].lastLine || !latinBrand(us[0].text) {
		return false
	}
	// A breadcrumb may name two: the site's news and the section in it
	// (FNNプライムオンライン / ニュース / 社会).
	k := 1
	for k < 3 && k+1 < len(us) && us[k].kind == uText && !us[k].para && !us[k].verbatim && us[k].line == us[k].lastLine && siteSection(us[k].text) {
		k++
	}
	if !holdsCJK(us[k].text) || !b.datedTitleAt(k) {
		return false
	}
	for i := 0; i < k; i++ {
		us[i].kind, us[i].noise, us[i].summed = uNoise, noiseChrome, false
	}
	return true
}

// siteSection reports the name of a news site's section alone, Japanese
// (社会, マーケット　株式, 自動車・機械) or Korean (사회).
func siteSection(s string) bool {
	return jaSectionTrail(s) || jaSectionLabel(s) || slices.Contains(koreanSections, s)
}

// holdsCJK reports whether s holds a CJK character (isCJKChar) or a
// Hangul syllable.
func holdsCJK(s string) bool {
	for _, r := range s {
		if isCJKChar(r) || r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}
