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
// stay as they were; a rare noun after ㄴ (판다, the animal) reads as the
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
	return quotesClosed(s)
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
