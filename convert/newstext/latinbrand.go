package newstext

import "strings"

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
// no mark, AIブーム, is a word of the text, no brand).
func latinBrand(s string) bool {
	if !atMost(s, 24) {
		return false
	}
	var buf [4]string
	toks := appendFields(buf[:0], s, 4, isSpace)
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	first, glued := toks[0], ""
	if k := strings.IndexAny(first, "!！"); k > 0 {
		first, glued = first[:k], first[k:]
		_, w := firstRune(glued)
		glued = glued[w:]
	}
	if c := first[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || !latinWord(first) || upperCount(first) == 0 {
		return false
	}
	if glued != "" && !brandWord(glued) {
		return false
	}
	for _, t := range toks[1:] {
		if !latinWord(t) && !brandWord(t) {
			return false
		}
	}
	return true
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
// and dated by its stamp (datedTitleAt), on a page in any language. It
// reports whether it found one.
func (b *builder) markLatinBrandHead() bool {
	us := b.units
	if len(us) < 3 || us[0].kind != uText || us[0].para || us[0].verbatim || us[0].line != us[0].lastLine || !latinBrand(us[0].text) {
		return false
	}
	if !holdsCJK(us[1].text) || !b.datedTitleAt(1) {
		return false
	}
	us[0].kind, us[0].noise, us[0].summed = uNoise, noiseChrome, false
	return true
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
