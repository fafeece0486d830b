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
// speaker) before a quotation that closes the line, or of the quotation
// alone, its quotes balanced.
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
	if k < 0 || k > 0 && s[k-1] != ' ' || !quotesClosed(s) {
		return false
	}
	if k == 0 {
		// The quotation alone, a profile's or an interview's headline
		// in its subject's words (“폐교를 마을 책방으로…주민 손으로
		// 살렸죠”): no speaker, the line the one quotation.
		return hasHangul(s) && k+len(open) < len(s)-w
	}
	speaker := s[:k-1]
	return hasHangul(s) && speaker != "" && strings.Count(speaker, " ") <= 1 && !hasAnyRune(speaker, "…,，\"“”")
}

// koreanQuoteTitleOver reports quote headline a over title line l that
// holds a clause of its own: … or a quotation, in double quotes or in
// single ones closed on the line (괴산 ‘느티나무책방’ 한영숙 대표, the
// profile's subject under the words in his quotes).
func koreanQuoteTitleOver(a, l string) bool {
	if !koreanQuoteTitle(a) {
		return false
	}
	if strings.Contains(l, "…") || strings.ContainsAny(l, "\"“") {
		return true
	}
	k := strings.Index(l, "‘")
	return k >= 0 && strings.Contains(l[k:], "’")
}
