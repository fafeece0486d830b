package newstext

import "strings"

// koreanCreditClosed reports a Korean caption closed by its credit after
// its sentence, in any of the forms a portal's copy keeps: the bare wire
// or supplier (… 있다. 뉴시스, … 현장. 연합뉴스, … 있다. 서울시 제공:
// koreanWireClosed), the wire after a slash (… 있다. /연합뉴스, /AFP
// 연합뉴스), the paper's photographer with or without the slash (…
// 있다. 이제원 기자, /남정탁 기자), or the credit in brackets (… 있다.
// (사진=뉴시스), [연합뉴스]). Such a line is a whole caption; the builder
// asks it on a page set one paragraph a line with no blank lines
// (koreanSentenceLines), where the line, ending in no sentence's mark,
// had been run into the lead paragraph under it, though with a blank
// line under it it was a caption (blind page ko-daum-web, variants). The
// builder also wants the classifier to take the line alone as a caption:
// a paragraph ending 밝혔다. 연합뉴스 is none, and a line above one that
// opens with the wire's name (연합뉴스에 따르면 …) ends in no credit.
// The caption's sentence ends in 있다 or a noun, as isKoreanAgencyCaption
// wants: a sentence in another verb (밝혔다) is a paragraph's.
func koreanCreditClosed(s string) bool {
	if koreanWireClosed(s) {
		return true
	}
	k := lastIndexNear(s, ". ", 24)
	if k <= 0 || !koreanCaptionText(s[:k+1]) {
		return false
	}
	if text := s[:k+1]; !strings.HasSuffix(text, "있다.") && strings.HasSuffix(text, "다.") {
		return false // 밝혔다. /연합뉴스: a paragraph's verb (as isKoreanAgencyCaption)
	}
	credit := s[k+2:]
	if inner, ok := cutEnclosing(credit); ok {
		inner = strings.TrimPrefix(inner, "사진=")
		return isKoreanAgencyCredit(inner) || koreanPhotographer(inner)
	}
	credit = strings.TrimPrefix(credit, "/")
	return isKoreanSource(credit) && isKoreanAgencyCredit(credit) || koreanPhotographer(credit)
}

// cutEnclosing returns what a pair of round or square brackets encloses
// when they enclose all of s.
func cutEnclosing(s string) (string, bool) {
	for _, p := range [...][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}} {
		if inner, ok := strings.CutPrefix(s, p[0]); ok {
			if inner, ok = strings.CutSuffix(inner, p[1]); ok {
				return inner, true
			}
		}
	}
	return "", false
}

// koreanPhotographer reports a photographer's credit, a name of two to
// four Hangul syllables and 기자 after a space (이제원 기자).
func koreanPhotographer(s string) bool {
	name, ok := strings.CutSuffix(s, " 기자")
	if !ok {
		return false
	}
	n := 0
	for _, r := range name {
		if !isHangul(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}
