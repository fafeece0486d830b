package newstext

import "strings"

// updatedStamp reports a web time stamp followed by the time of its
// update in brackets: 日経電子版's 2026年3月4日 11:05 (2026年3月4日
// 12:20更新), maybe with the story's tag for members after a space, …
// 12:20更新) [会員限定記事], and 中央社's 2026/12/05 14:32（12/05 15:10
// 更新）, whose update gives its date without the year (or, the same
// day, the time alone): the stamp before it has the year. 毎日新聞 puts
// the word first, 2026/12/5 18:20（最終更新 12/5 19:02）, after its name
// (毎日新聞 2026/12/5 18:20(最終更新 12/5 19:02), a sourced stamp,
// sourcedStamp). The whole line is the site's furniture, noise; read as
// a title line it was the headline's subheadline.
func updatedStamp(s string) bool {
	if r, _ := decodeLast(s); r == ']' || r == '］' || r == '】' {
		k := strings.LastIndexFunc(s, isSpace)
		if k <= 0 || !jaMemberTag(trimSpace(s[k:])) {
			return false
		}
		s = trimSpace(s[:k])
	}
	last, lw := decodeLast(s)
	open := "("
	switch last {
	case ')':
	case '）':
		open = "（"
	default:
		return false
	}
	k := strings.LastIndex(s, open)
	if k <= 0 {
		return false
	}
	in := trimSpace(s[k+len(open) : len(s)-lw])
	if t, ok := strings.CutSuffix(in, "更新"); ok {
		in = trimSpace(t) // 12/05 15:10更新
	} else if t, ok := cutUpdateWord(in); ok {
		in = t // 最終更新 12/5 19:02
	} else {
		return false
	}
	stamp := trimSpace(s[:k])
	return updateTime(in) && (isWebStamp(stamp) || sourcedStamp(stamp))
}

// cutUpdateWord cuts the word that says an update's time opening the
// bracket after a stamp (最終更新 12/5 19:02, 更新：12/5 19:02), with the
// space or colon after it: the time after it and whether it was there.
func cutUpdateWord(in string) (string, bool) {
	for _, w := range []string{"最終更新", "更新"} {
		if t, ok := strings.CutPrefix(in, w); ok {
			return trimSpace(strings.TrimLeft(t, ":：")), true
		}
	}
	return "", false
}

// updateTime reports the time of an update inside the brackets after a
// stamp (updatedStamp): a stamp of its own (2026年3月4日 12:20), or a
// month and day in digits and a time (12/05 15:10, 12月5日 15:10), or a
// time alone (15:10).
func updateTime(s string) bool {
	if isWebStamp(s) || isClock(s) || hanMonthDayClock(s) {
		return true // (12月6日 22:40: hanMonthDayClock)
	}
	date, clock, ok := strings.Cut(s, " ")
	return ok && monthDay(date) && isClock(trimSpace(clock))
}

// monthDay reports a month and day in digits parted by a slash, dash or
// dot, the year left out: 12/05, 3/4, 12-05 (not 13/45, a score's).
func monthDay(t string) bool {
	var buf [3]string
	parts := appendFields(buf[:0], t, 3, isDateSep)
	if len(parts) != 2 || len(t) != len(parts[0])+len(parts[1])+1 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 2 || !allDigits(p) {
			return false
		}
	}
	m, d := atoi2(parts[0]), atoi2(parts[1])
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// atoi2 is the value of one or two ASCII digits.
func atoi2(p string) int {
	n := 0
	for i := 0; i < len(p); i++ {
		n = n*10 + int(p[i]-'0')
	}
	return n
}

// hanMonthDayClock reports an update's time as a Japanese site writes it
// without the year, its month and day with their units and a clock:
// 12月6日 22:40, 12月6日22:40, 12月6日 22時40分.
func hanMonthDayClock(s string) bool {
	m, rest, ok := strings.Cut(s, "月")
	if !ok || m == "" || len(m) > 2 || !allDigits(m) {
		return false
	}
	d, clock, ok := strings.Cut(rest, "日")
	if !ok || d == "" || len(d) > 2 || !allDigits(d) {
		return false
	}
	if clock = trimSpace(clock); isClock(clock) {
		return true
	}
	h, min, ok := strings.Cut(clock, "時")
	min, okm := strings.CutSuffix(min, "分")
	return ok && okm && h != "" && len(h) <= 2 && allDigits(h) && min != "" && len(min) <= 2 && allDigits(min)
}

// bracketedUpdateStamp reports a Japanese site's update stamp alone in
// brackets, under the posting stamp or the headline: （2026年12月6日
// 22:40更新）, （12月6日 22:40 更新）, (更新 2026年12月6日 22:40), in
// full-width digits too (（２０２６年１２月６日　２２：４０更新）). The
// word that says which time it is (jaStampWords: 更新, 最終更新, 配信 …)
// is what makes a bracketed month, day and time a stamp; read as a title
// line it was the headline of an article holding the story. A bracket
// with no such word, or with more words (（毎月更新）, （記録を更新）), is
// text.
func bracketedUpdateStamp(s string) bool {
	inner, ok := bracketedLine(s)
	if !ok {
		return false
	}
	inner = foldFullwidth(inner)
	t := trimJaStampWord(inner)
	return t != inner && t != "" && (updateTime(t) || hanClockStamp(t))
}
