package newstext

import "strings"

// koreanCreditClosed reports a Korean caption closed by its credit after
// its sentence, in any of the forms a portal's copy keeps: the bare wire
// or supplier (… 있다. 뉴시스, … 현장. 연합뉴스, … 있다. 서울시 제공:
// koreanWireClosed), the paper's name bare (… 있다. 세계일보:
// isKoreanPaperCaption), the wire after a slash (… 있다. /연합뉴스, /AFP
// 연합뉴스), the paper's photographer with or without the slash (…
// 있다. 이제원 기자, /남정탁 기자), or the credit in brackets (… 있다.
// (사진=뉴시스), [연합뉴스], [AP=연합뉴스]), or the paper's archive (… 있다.
// 세계일보 자료사진). Such a line is a whole caption; the builder
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
	if koreanWireClosed(s) || isKoreanPaperCaption(s) || isKoreanArchiveCaption(s) || isKoreanBracketWireCaption(s) || isKoreanPoolCaption(s) || isKoreanLabelledCredit(s) {
		return true // (… 있다. 세계일보 자료사진: the paper's own archive; … 있다. 세계일보, its name bare; … 있다. 사진=연합뉴스, [중앙포토]: kophotolabel.go)
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
		return bracketedWire(inner) || koreanPhotographer(inner)
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

// isKoreanBracketWireCaption reports a caption closed by its wire in
// square or round brackets after its sentence, as 중앙일보 and others
// set it: "… 출근하고 있다. [연합뉴스]", "… 있다. [AP=연합뉴스]", "… 모습.
// (뉴스1)". Before the wire may stand the agency that took the photo in
// Latin capitals and an equals sign (AP=, EPA=) or 사진=; a place before
// it, (서울=연합뉴스), opens a wire story and is none. The sentence ends
// in 있다 or a noun, as isKoreanAgencyCaption wants.
func isKoreanBracketWireCaption(s string) bool {
	if !bracketedAgencyLast(s) {
		return false
	}
	k := lastIndexNear(s, ". ", 24)
	if k <= 0 {
		return false
	}
	inner, ok := cutEnclosing(cutWireDate(s[k+2:]))
	if !ok {
		return false
	}
	if !bracketedWire(inner) || strings.HasSuffix(inner, "제공") {
		return false // ([서울시 제공]: the supplier's forms)
	}
	text := s[:k+1]
	return koreanCaptionText(text) && (strings.HasSuffix(text, "있다.") || !strings.HasSuffix(text, "다."))
}

// cutWireDate returns s without the photo's date a Korean wire sets
// between its caption's sentence and the credit, 2026.12.7 (… 있다.
// 2026.12.7 [AP=연합뉴스]): a year of four digits, month and day, dots
// between, and a space. Without one s is returned whole.
func cutWireDate(s string) string {
	i, parts := 0, 0
	for parts < 3 {
		j := i
		for j < len(s) && j-i < 4 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if n := j - i; n == 0 || parts == 0 && n != 4 || parts > 0 && n > 2 || j == len(s) {
			return s
		}
		if parts++; parts < 3 && s[j] != '.' || parts == 3 && s[j] != ' ' {
			return s
		}
		i = j + 1
	}
	return s[i:]
}

// bracketedWire reports what brackets closing a caption hold when they
// credit its wire or supplier: the name alone (연합뉴스, 뉴스1, 서울시
// 제공), or after 사진= or an agency's Latin initials and an equals sign
// (사진=뉴시스, AP=연합뉴스), or the foreign agency the wire relays the
// photo from, its place before it or not (로이터=연합뉴스, 평양
// 조선중앙통신=연합뉴스: koreanRelayedCredit), or with a slash for the
// sign as 뉴시스 sets it (AP/뉴시스: koreanSlashRelayed); a place alone
// before the sign (서울=연합뉴스) opens a wire story's text and is none.
func bracketedWire(inner string) bool {
	if koreanSlashRelayed(inner) {
		return true
	}
	if by, wire, ok := strings.Cut(inner, "="); ok {
		if by != "사진" && !latinCapitals(by) && !koreanRelayedCredit(by) {
			return false
		}
		inner = wire
	}
	return isKoreanSource(inner) && isKoreanAgencyCredit(inner)
}

// bracketedAgencyLast reports a text ending in a closing bracket after
// one of koreanAgencyLast's runes (…연합뉴스], …뉴스1)): the gate's cheap
// test for isKoreanBracketWireCaption.
func bracketedAgencyLast(s string) bool {
	r, w := decodeLast(s)
	if r != ']' && r != ')' {
		return false
	}
	p, _ := decodeLast(s[:len(s)-w])
	return koreanAgencyLast(p)
}

// latinCapitals reports a short run of Latin capitals, an agency's
// initials (AP, AFP, EPA).
func latinCapitals(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
