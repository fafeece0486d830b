package newstext

import "strings"

// koreanTitleClosedEnd reports a Korean title line that ends its clause
// with a predicate's final form: its last word ends in 다 after a
// syllable closed by ㄴ or ㅆ, or after 는 (바뀐다, 뛴다, 늘었다, 하겠다,
// 먹는다), as a headline's verb does. A headline of two clauses on one
// line parts them by … or a comma (…23개 바뀐다…오송역 급행버스 신설),
// so such a line over another title line, with no mark after its verb,
// was ended by its writer: a headline over its subheadline, however
// little room it left (koTitleShortByColumns). A noun ending in 다 after
// an open syllable (바다, 앞바다), a particle (예상보다, 날마다) and a
// line whose quotation is still open (정부 "내년 2% 성장 가능하다 / …")
// stay as they were, and so do a loan noun and a list's last item
// (koListOrLoanEnd); a rare noun after ㄴ (판다, the animal) reads as the
// verb.
func koreanTitleClosedEnd(s string) bool {
	w, ok := strings.CutSuffix(s, "다")
	if !ok || w == "" || strings.HasSuffix(w, " ") {
		return false
	}
	r, _ := decodeLast(w)
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	if fin := (r - 0xAC00) % 28; fin != 4 && fin != 20 && r != '는' {
		return false // (ㄴ is the fourth final consonant, ㅆ the twentieth)
	}
	return quotesClosed(s) && !koListOrLoanEnd(s)
}

// koreanLoanDa are foreign names and loan nouns ending in 다 after ㄴ,
// frequent in business, politics and world copy (혼다 Honda, 어젠다
// agenda, 르완다 Rwanda): a noun, not a verb's final form.
var koreanLoanDa = []string{"혼다", "어젠다", "아젠다", "르완다", "우간다", "아만다", "미란다", "폰다"}

// koListOrLoanEnd reports a title line whose last word is a noun that
// only looks like a predicate's final 다: a loan noun (도요타·혼다, 새
// 어젠다) or the last item of a list (·, 、 or a comma inside the word,
// 도요타·혼다 / 제치고 판매 2위 올라): a list's item is a subject or an
// object, so the clause goes on in the next line.
func koListOrLoanEnd(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	if strings.ContainsAny(w, "·・、,，") {
		return true
	}
	for _, n := range koreanLoanDa {
		if strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// quotesClosed reports a line whose double and single quotation marks,
// curly or straight, all close: an open quotation goes on in the next
// line.
func quotesClosed(s string) bool {
	if strings.Count(s, "\"")%2 != 0 || strings.Count(s, "'")%2 != 0 {
		return false
	}
	return strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, "‘") == strings.Count(s, "’")
}
