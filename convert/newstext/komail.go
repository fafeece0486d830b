package newstext

import "strings"

// Korean photo captions that end in an e-mail address:
//
//   - 한겨레's, the description (one or two sentences) and the
//     photographer's name, 기자 and address: … 놀이를 하고 있다. 김정효 기자
//     hyopd@hani.co.kr. The article's closing byline has the same credit
//     alone on its line (이승준 기자 gamja@hani.co.kr), and a last
//     paragraph may carry its reporter run on after what someone said (…
//     말했다. 홍길동 기자 hong@…): a caption describes the photo as it is,
//     …하고 있다, or names it (…의 모습.), where a paragraph's last sentence
//     ends in another verb (말했다, 밝혔다).
//   - 뉴시스's, opened as a story is, by a dateline and the photographer
//     (the credit 뉴시스 prints before every caption): [세종=뉴시스] 김명원 기자
//     = 2일 … 고르고 있다. 2026.12.02. kmx1105@newsis.com, a description
//     closed by the date and the address (isKoreanStampCaption), not a
//     new story's dateline and lead.
//   - 뉴시스's graphic credit, [서울=뉴시스] (그래픽=안지혜 기자)
//     hokma@newsis.com: a dateline, who drew it in brackets and an
//     address, and nothing else (with what the graphic shows before the
//     bracket: isKoreanGraphicCaption).

// isKoreanMailedCaption reports a caption of the first form.
func isKoreanMailedCaption(s string) bool {
	if n := len(s); n == 0 || s[n-1] >= 0x80 || !mailLast(rune(s[n-1])) {
		return false // (most lines: no address can end them)
	}
	k := lastIndexNear(s, " ", 40)
	if k <= 0 || !isEmail(s[k+1:]) {
		return false
	}
	head := s[:k]
	j := lastIndexNear(head, ". ", 16)
	if j <= 0 {
		return false
	}
	kr, ok := koreanCredit(strings.TrimSuffix(head[j+2:], " 기자"))
	if !ok || kr.name == "" || !strings.HasSuffix(head, " 기자") {
		return false
	}
	text := head[:j+1]
	if !koreanCaptionText(text) {
		return false
	}
	// …하고 있다, or a noun (…의 모습.); a paragraph's sentence ends in
	// another verb's 다 (말했다, 밝혔다).
	return strings.HasSuffix(text, "있다.") || !strings.HasSuffix(text, "다.")
}

// koreanWireCaptionHead returns the rest of a caption after the dateline
// and photographer 뉴시스 opens it with, [세종=뉴시스] 김명원 기자 = (or
// (서울=연합뉴스)), or s itself when it opens with none.
func koreanWireCaptionHead(s string) string {
	if s == "" || s[0] != '[' && s[0] != '(' {
		return s
	}
	inner, end, ok := leadingBracket(s)
	if !ok || strings.IndexByte(inner, '=') <= 0 || !atMost(inner, 16) {
		return s
	}
	rest := trimSpace(s[end:])
	if e, _, ok := koreanLeadCredit(rest); ok {
		return trimSpace(rest[e:])
	}
	return s
}

// isKoreanGraphicCredit reports a graphic's or photo's credit alone:
// [서울=뉴시스] (그래픽=안지혜 기자) hokma@newsis.com, the dateline and the
// address each optional.
func isKoreanGraphicCredit(s string) bool {
	if !atMost(s, 60) {
		return false
	}
	if s != "" && s[0] == '[' {
		inner, end, ok := leadingBracket(s)
		if !ok || strings.IndexByte(inner, '=') <= 0 {
			return false
		}
		s = trimSpace(s[end:])
	}
	inner, end, ok := leadingBracket(s)
	if !ok || s[0] != '(' && !strings.HasPrefix(s, "（") {
		return false
	}
	if !koreanGraphicWho(inner) {
		return false
	}
	rest := trimSpace(s[end:])
	return rest == "" || isEmail(rest)
}

// koreanGraphicWho reports the inside of a graphic's or photo's credit
// bracket: 그래픽=, 사진= or 일러스트= and a reporter's name, 기자 after
// it or not (그래픽=안지혜 기자).
func koreanGraphicWho(inner string) bool {
	for _, p := range []string{"그래픽=", "그래픽 =", "사진=", "사진 =", "일러스트=", "일러스트 ="} {
		if w, ok := strings.CutPrefix(inner, p); ok {
			kr, ok := koreanCredit(strings.TrimSuffix(trimSpace(w), " 기자"))
			return ok && kr.name != ""
		}
	}
	return false
}

// mailUnderCaption reports an e-mail address alone on line next under
// the lines ls of a Korean caption closed by its photographer's name
// (… 붙어 있다. 김동주 기자 / zoo@donga.com): the address ends that
// caption, as it does run on (isKoreanMailedCaption), and is no byline
// of its own.
func mailUnderCaption(ls []srcLine, next string) bool {
	if len(ls) == 0 || len(ls) > 6 || !strings.HasSuffix(ls[len(ls)-1].text, " 기자") || !isEmail(next) {
		return false
	}
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(l.text)
		b.WriteByte(' ')
	}
	b.WriteString(next)
	return isKoreanMailedCaption(b.String())
}
