package newstext

import "strings"

// A Korean or Japanese magazine, and a paper's weekend section, heads its
// pages with a rubric in English capitals over the story's headline in
// the page's own script: INTERVIEW, COVER STORY, FOCUS, PEOPLE. It says
// what kind of piece follows, as a kicker does; it is not the headline,
// however rare kickers are on such pages. Only a line of one to three
// words of capital Latin letters over a title line in Hangul, kana or
// Han is read so: a Latin headline over a Latin subheadline, a word in
// mixed case (a brand: ITmedia NEWS, latinbrand.go) and a line with
// figures or marks (K-POP 2026) are left to the other rules.

// latinRubricRunes is the longest such rubric (SPECIAL REPORT is 14).
const latinRubricRunes = 24

// latinCapsRubric reports s one to three words of capital ASCII letters,
// four letters at least, parted by single spaces or an ampersand between
// spaces (ISSUE & PEOPLE).
func latinCapsRubric(s string) bool {
	if len(s) < 4 || len(s) > latinRubricRunes {
		return false
	}
	words, letters, inWord := 0, 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
			if !inWord {
				words++
				inWord = true
			}
		case c == ' ' && (inWord || i > 0 && s[i-1] == '&'):
			inWord = false
		case c == '&' && i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ':
		default:
			return false
		}
	}
	return inWord && words <= 3 && letters >= 4
}

// latinRubricOver reports title line i a Latin rubric (latinCapsRubric)
// over title line n written in the page's own script: Hangul, kana or Han
// (cjkOrHangul).
func (sc *scorer) latinRubricOver(i, n int) bool {
	if sc.lang != "ko" && sc.lang != "ja" && !strings.HasPrefix(sc.lang, "zh") {
		return false
	}
	return latinCapsRubric(sc.us[i].text) && holdsEastAsian(sc.us[n].text)
}

// holdsEastAsian reports s holding a Hangul syllable, a kana or a Han
// character.
func holdsEastAsian(s string) bool {
	for _, r := range s {
		if r >= 0xAC00 && r <= 0xD7A3 || isKana(r) || isHan(r) {
			return true
		}
	}
	return false
}
