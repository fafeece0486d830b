package newstext

import "strings"

// A Korean paper's quote headline names its speaker in a word or two and
// gives the words in quotes, 北 “美 핵항모 전개는 엄중한 도발”, 정부 "내년 2%
// 성장 가능", the quotation closing the headline; the subheadline under it
// names the source and sums the story up in a clause of its own,
// 조선중앙통신 논평…“지역 정세 통제 불능” 주장. The quotation's close ends
// the headline as a predicate's 다 does (kotitleclosed.go), however full the
// line: a headline wrapped there would leave its second line a
// fragment, not a clause parted by … or a quotation of its own. A line
// whose quotation opens after a longer clause (한빛금융그룹, 계열사 대표 3명
// 교체 "디지털 전환 속도") or stays open, and a second line with neither …
// nor a quotation, are left to the measure.

// koreanQuoteTitle reports a Korean title line of one or two words (the
// speaker) before a quotation that closes the line, its quotes balanced.
func koreanQuoteTitle(s string) bool {
	r, w := decodeLast(s)
	var open string
	switch r {
	case '”':
		open = "“"
	case '"':
		open = "\""
	default:
		return false
	}
	k := strings.LastIndex(s[:len(s)-w], open)
	if k <= 0 || s[k-1] != ' ' || !quotesClosed(s) {
		return false
	}
	speaker := s[:k-1]
	return hasHangul(s) && speaker != "" && strings.Count(speaker, " ") <= 1 && !hasAnyRune(speaker, "…,，\"“”")
}

// koreanQuoteTitleOver reports quote headline a over title line l that
// holds a clause of its own: … or a quotation.
func koreanQuoteTitleOver(a, l string) bool {
	return koreanQuoteTitle(a) && (strings.Contains(l, "…") || strings.ContainsAny(l, "\"“"))
}
