package newstext

import (
	"strings"
	"unicode/utf8"
)

// Taiwan's 聯合報 (UDN) sets the credit of its web copy on one line under
// the headline: the time it was posted, the paper, and the reporter with
// where the report was filed, 2024-12-03 11:02 聯合報／ 記者陳秀玲／台中即時報導.
// It is the story's dateline: the paper is its organisation, the rest the
// reporter's 記者X／台中報導 (reporterDateline), filed 即時 (as it
// happened), which names no place.

// webCreditDateline recognises that credit line opening s, with or
// without the time before the paper, and returns it with the rest of s.
func webCreditDateline(s string) (dateline, string, bool) {
	t := s
	if r, _ := firstRune(t); r >= '0' && r <= '9' {
		if !numericDateStart(t) {
			return dateline{}, "", false
		}
		day, rest := nextStampToken(t)
		clock, rest := nextStampToken(rest)
		if !isNumericDate(day) || !isClock(clock) {
			return dateline{}, "", false
		}
		t = trimSpace(rest)
	}
	// The paper's name, of a few runes, before the first slash (only
	// those bytes are searched: a paragraph is not searched to its end).
	k := indexSlash(t[:min(len(t), 10*utf8.UTFMax+len("／"))])
	if k <= 0 {
		return dateline{}, "", false
	}
	org := trimSpace(t[:k])
	if !atMost(org, 10) || !isOrg(org) || !isOrgEnd(lastRune(org)) {
		return dateline{}, "", false
	}
	_, w := firstRune(t[k:])
	rest := trimSpace(t[k+w:])
	d, after, ok := reporterDateline(rest)
	if !ok {
		return dateline{}, "", false
	}
	d.org = org
	d.text = s[:len(s)-len(rest)+len(d.text)]
	return d, after, true
}

// filedPlace is the place a report was filed from, without 即時 (filed
// as it happened: 台中即時報導 was filed in 台中).
func filedPlace(p string) string {
	for _, w := range []string{"即時", "即时"} {
		if h, ok := strings.CutSuffix(p, w); ok {
			return h
		}
	}
	return p
}
