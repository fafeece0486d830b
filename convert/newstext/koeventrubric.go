package newstext

// A Korean page names the event a run of stories covers in a rubric of
// its year or date and its name, 2026 국정감사, 2026 지방선거, 6·3 지방선거,
// 4·10 총선, set over each story's headline. The year makes it longer
// than the word or two rubricOver reads, yet no headline is a year and a
// noun: such a line over a longer title line is the kicker over that
// headline, as a quote headline under it (이정훈 “…”) is the story's
// headline and not a subheadline. A year before two words or more
// (2026 예산 국회 통과), a year with 년 (2026년 국정감사), a month
// (10월 국정감사) or a word in Latin letters (2026 KBO) are left to the
// other rules.

// koEventRubric reports s a Korean event rubric: a year (19xx, 20xx) or
// a date of month·day (6·3, 4·10), one space, and one word of two to six
// Hangul syllables.
func koEventRubric(s string) bool {
	n := koEventDate(s)
	if n == 0 || n >= len(s) || s[n] != ' ' {
		return false
	}
	syl := 0
	for _, r := range s[n+1:] {
		if r < 0xAC00 || r > 0xD7A3 { // (syllables, no jamo)
			return false
		}
		syl++
	}
	return syl >= 2 && syl <= 6
}

// koEventDate returns the length of the year (four digits from 19 or
// 20) or the month·day (one or two digits each side of the middle dot)
// opening s, or 0.
func koEventDate(s string) int {
	d := 0
	for d < len(s) && isASCIIDigit(s[d]) {
		d++
	}
	switch {
	case d == 4 && (s[:2] == "19" || s[:2] == "20"):
		return 4
	case d == 0 || d > 2 || len(s) < d+len("·") || s[d:d+len("·")] != "·":
		return 0
	}
	e := d + len("·")
	k := e
	for k < len(s) && isASCIIDigit(s[k]) {
		k++
	}
	if k == e || k-e > 2 {
		return 0
	}
	return k
}
