package newstext

import "strings"

// isKoreanPoolCaption reports a Korean caption closed by the pool credit
// a shared photo carries, in square or round brackets after its sentence:
// "… 발언하고 있다. [공동취재]", "… 있다. (공동취재)", "… 있다.
// [국회사진기자단]", "… 모습. [사진공동취재단]" (koreanPoolCredit). The pool
// shoots where one camera stands for all papers (the Assembly, the
// presidential office), and each paper prints its name where the wire's
// stands, as … 있다. [연합뉴스] (isKoreanBracketWireCaption). The sentence
// ends in 있다 or a noun, as isKoreanAgencyCaption wants: a paragraph's
// verb (밝혔다.) before it, or more than one sentence, is none.
func isKoreanPoolCaption(s string) bool {
	if !koreanPoolLast(s) {
		return false
	}
	k := lastIndexNear(s, ". ", 24)
	if k <= 0 {
		return false
	}
	inner, ok := cutEnclosing(s[k+2:])
	if !ok || !koreanPoolCredit(inner) {
		return false
	}
	text := s[:k+1]
	return koreanCaptionText(text) && (strings.HasSuffix(text, "있다.") || !strings.HasSuffix(text, "다."))
}

// koreanPoolCredit reports a pool's credit: 공동취재 (공동취재단,
// 사진공동취재단, 공동취재사진), or a press corps' pool, one word of Hangul
// ending in 사진기자단 or 사진취재단 (국회사진기자단, 대통령실사진기자단),
// maybe after 사진=.
func koreanPoolCredit(in string) bool {
	in = strings.TrimPrefix(in, "사진=")
	switch in {
	case "공동취재", "공동취재단", "사진공동취재단", "공동취재사진":
		return true
	}
	if !atMost(in, 12) || !strings.HasSuffix(in, "사진기자단") && !strings.HasSuffix(in, "사진취재단") {
		return false
	}
	for _, r := range in {
		if !isHangul(r) {
			return false
		}
	}
	return true
}

// koreanPoolLast reports a text ending as a pool's credit in brackets
// ends (…취재], …기자단], …취재단), …사진)): the gate's cheap test for
// isKoreanPoolCaption.
func koreanPoolLast(s string) bool {
	r, w := decodeLast(s)
	if r != ']' && r != ')' {
		return false
	}
	p, _ := decodeLast(s[:len(s)-w])
	if p != '재' && p != '단' && p != '진' {
		return false
	}
	t := s[:len(s)-w]
	return strings.HasSuffix(t, "취재") || strings.HasSuffix(t, "기자단") || strings.HasSuffix(t, "취재단") || strings.HasSuffix(t, "취재사진")
}
