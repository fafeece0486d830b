package newstext

import (
	"strings"
	"unicode/utf8"
)

// Taiwan's television news sites (民視, 華視, 台視, 三立) credit their web
// copy under the headline with the outlet first, a slash, the reporters'
// names and, after a space, the place the report was filed from:
// 民視新聞／陳怡安、周家豪 台北報導. It is the paper forms the reader knows
// in another order (中時新聞網 林志成／台北報導, 記者 X 台北報導): a dateline
// with the outlet as its org, the names and the place. The outlet must be
// a broadcaster's or site's name (outletReportName), so a sentence with a
// slash and 報導 at its end stays text.

// outletNamesDateline reads s as an outlet's name, a slash, the
// reporters' names (parted by 、 or spaces, two or three runes each) and the place with 報導 after
// a space, and returns the dateline with what follows 報導.
func outletNamesDateline(s string) (dateline, string, bool) {
	// The slash stands within 12 runes of the start: only those bytes
	// are searched, so a paragraph is given up at once.
	k := indexSlash(s[:min(len(s), 12*utf8.UTFMax)])
	if k <= 0 {
		return dateline{}, "", false
	}
	org := trimSpace(s[:k])
	if !outletReportName(org) {
		return dateline{}, "", false
	}
	_, w := firstRune(s[k:])
	rest := s[k+w:]
	lead := rest[:min(len(rest), 32*utf8.UTFMax)]
	end, suf := -1, ""
	for _, t := range []string{"報導", "报道", "報道"} {
		if j := strings.Index(lead, t); j > 0 && (end < 0 || j < end) {
			end, suf = j, t
		}
	}
	if end < 0 {
		return dateline{}, "", false
	}
	head := strings.TrimRight(rest[:end], " 　")
	cut := strings.LastIndexFunc(head, isSpace)
	if cut < 0 {
		return dateline{}, "", false // 民視新聞／綜合報導: no names
	}
	_, sw := utf8.DecodeRuneInString(head[cut:])
	place := head[cut+sw:]
	if !atMost(place, 6) || !isOrg(place) || startsWithRole(place) {
		return dateline{}, "", false
	}
	d := dateline{org: org, place: filedPlace(place)}
	if noFiledPlace(d.place) {
		d.place = "" // 綜合報導: compiled, from no one place
	}
	for _, n := range nameFields(head[:cut]) {
		// (A name of two or three runes, as Taiwan's are: a headline's
		// four-rune phrase, 寒流來襲, is none.)
		if k := utf8.RuneCountInString(n); k < 2 || k > 3 || !isName(n) || startsWithRole(n) {
			return dateline{}, "", false
		}
		d.names = append(d.names, n)
	}
	if len(d.names) == 0 {
		return dateline{}, "", false
	}
	d.text = s[:k+w+end+len(suf)]
	return d, trimSpace(rest[end+len(suf):]), true
}
