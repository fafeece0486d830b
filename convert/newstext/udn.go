package newstext

import "strings"

// Taiwan's 聯合報 (UDN) sets the credit of its web copy on one line under
// the headline: the time it was posted, the paper, and the reporter with
// where the report was filed, 2024-12-03 11:02 聯合報／ 記者陳秀玲／台中即時報導.
// It is the story's dateline: the paper is its organisation, the rest the
// reporter's 記者X／台中報導 (reporterDateline), filed 即時 (as it
// happened), which names no place.

// webCreditDateline recognises that credit line opening s, with its time
// or without it (聯合報／記者陳秀玲／台中即時報導, as copied without the
// web page's time), and returns it with the rest of s.
func webCreditDateline(s string) (dateline, string, bool) {
	// The time first: the reader asks this of every text that may open
	// with a dateline, and most open with no date in digits.
	if !numericDateStart(s) {
		return paperReporterDateline(s, s)
	}
	day, rest := nextStampToken(s)
	clock, rest := nextStampToken(rest)
	if !isNumericDate(day) || !isClock(clock) {
		return dateline{}, "", false
	}
	return paperReporterDateline(s, trimSpace(rest))
}

// paperReporterDateline parses t, the end of s, as the paper, a slash and
// its reporter's 記者X／台中報導; the dateline's text runs from the start
// of s. After the paper's name and a slash or a space the reporter may
// go without a role (中時新聞網 林志成／台北報導, as 中時新聞網 credits its
// own): the paper says whose reporter it is. (With the role after a
// space, 聯合報　記者林志豪／台中報導, the strict credit parse reads a
// byline first.)
func paperReporterDateline(s, t string) (dateline, string, bool) {
	// The paper's name, of a few Han runes, before a slash or a space: a
	// paragraph is given up at its first rune of another kind, most often
	// within a few runes.
	k := -1
	for i, n := 0, 0; i < len(t) && n <= 10 && k < 0; n++ {
		r, w := runeAt(t, i)
		switch {
		case isSlash(r) || isSpace(r):
			k = i
		case !isHan(r):
			return dateline{}, "", false
		}
		i += w
	}
	if k <= 0 {
		return dateline{}, "", false
	}
	org := t[:k]
	if !isOrgEnd(lastRune(org)) {
		return dateline{}, "", false
	}
	_, w := firstRune(t[k:])
	rest := trimSpace(t[k+w:])
	d, after, ok := reporterDateline(rest)
	if !ok {
		if r, _ := firstRune(rest); !isHan(r) {
			return dateline{}, "", false
		}
		if d, after, ok = filedDateline(rest, ""); !ok {
			return dateline{}, "", false
		}
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

// noFiledPlace reports the word before 報導 in a filed credit that names
// the kind of report, not where it was filed from: compiled (綜合報導),
// joint (連線報導, 聯合報導), compiled from foreign wires (綜合外電報導,
// 外電報導, a translator's credit, 編譯X／綜合外電報導).
func noFiledPlace(p string) bool {
	switch p {
	case "綜合", "综合", "連線", "连线", "聯合", "联合", "綜合外電", "综合外电", "外電", "外电":
		return true
	}
	return false
}
