package newstext

import "strings"

// rubricOver reports title line i a rubric over title line n, the line
// under it: a page's or column's label of a word or two (社区食堂, 地铁
// 新线, くらしナビ, ニュース短信, 경제 단신) set over a story's headline at least
// three times its length, and of a headline's length (rubricUnder
// runes at least). So short a line says what the page or column
// covers, not what happened: the kicker, with the longer line the
// headline, however that line is punctuated or parted (长者饭堂增设晚餐档
// 老人楼下吃上热饭, 給食の食べ残し　ゼロへ挑む小学校) — unless it opens
// with a dash or speaks for someone (天文台：…), as only a subheadline
// does, or a title line stands above i (i is then a headline's second
// line or a second kicker). A short headline over a long subheadline is
// no rubric: its subheadline is half as long again, not three times.
// A Korean event's rubric (2026 국정감사: koEventRubric) is one by its
// form, over any longer title line of a headline's length.
func (sc *scorer) rubricOver(i, n int) bool {
	f, g := &sc.fs[i], &sc.fs[n]
	if sc.lang == "ko" && f.runes <= 2*rubricRunes && koEventRubric(sc.us[i].text) {
		// (2026 국정감사: the year and the event's name, a rubric by its
		// form, over any longer title line: koeventrubric.go.)
		if g.runes <= f.runes || g.runes < rubricUnder || g.dash || g.row || g.headMark != "" {
			return false
		}
	} else if f.runes > rubricRunes || f.runes < 2 || f.innerPunct || f.spaced || f.label || f.cue != "" || g.runes < 3*f.runes || g.runes < rubricUnder || g.dash || g.row || g.headMark != "" {
		return false
	}
	// (A Chinese or Japanese rubric is one word, unspaced: 地铁新线. A
	// Korean one may be two, as Korean parts its words by spaces: 사회
	// 브리핑.)
	if sc.lang != "ko" && !unspacedWord(sc.us[i].text) || attributedTitle(sc.us[n].text) {
		return false
	}
	if sc.lang == "ja" && !jaRubric(sc.us[i].text, f.runes) {
		return false
	}
	p := sc.prevContent(i)
	return p < 0 || !(sc.us[p].kind == uText && sc.fs[p].title || sc.us[p].kind == uHeadline || sc.us[p].kind == uSubhead)
}

// rubricOverNext reports title line i a rubric over the title line
// under it (rubricOver).
func (sc *scorer) rubricOverNext(i int) bool {
	n := sc.nextContent(i)
	return n < len(sc.us) && sc.us[n].kind == uText && sc.fs[n].title && sc.rubricOver(i, n)
}

// rubricRunes is the longest rubric rubricOver reads, a word or two;
// rubricUnder the shortest title line it reads one over, a headline's
// length (as score counts one).
const (
	rubricRunes = 6
	rubricUnder = 10
)

// unspacedWord reports a text with no space in it.
func unspacedWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 { // U+3000 is E3 80 80
			return false
		}
	}
	return true
}

// jaRubric reports a short Japanese title line that reads as a page's or
// column's label rather than a main headline: one with kana in it
// (くらしナビ, まちの話題, ニュース短信), a word of three kanji at most
// (社説, 地域面), or a brief column's name (県内短信, 地域通信). A Japanese
// paper sets a short main headline of kanji compounds over a side
// headline three times its length (円安加速 / 一時１５５円台　３４年ぶり),
// which is a headline over its subheadline, not a label over a headline.
func jaRubric(s string, runes int) bool {
	if runes <= 3 {
		return true
	}
	for _, r := range s {
		if isKana(r) {
			return true
		}
	}
	for _, w := range jaRubricWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// jaRubricWords end the names of Japanese papers' brief columns.
var jaRubricWords = []string{"短信", "通信", "特集", "点描", "余滴"}
