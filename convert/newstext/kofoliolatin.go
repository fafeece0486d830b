package newstext

// Korean papers name a page of technology news with its English
// abbreviation, alone or beside a Hangul section's name: 경제·IT, IT·과학,
// 산업·IT, ESG. In a folio (kofolio.go) such a word is the section's name
// as 경제 is, and a line 한빛일보　2026년 12월 7일 월요일　B5　경제·IT is the
// page's furniture. Only two to four capitals count (no word in lower
// case, Tech, and no longer run, TECHNOLOGY), and koreanFolio still asks
// for the full date and the page or weekday beside them.

// latinSectionAbbrev reports a section's abbreviation: two to four ASCII
// capitals (IT, AI, ESG).
func latinSectionAbbrev(t string) bool {
	if len(t) < 2 || len(t) > 4 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}
