package newstext

import "strings"

// updatedStamp reports a web time stamp followed by the time of its
// update in brackets: 日経電子版's 2026年3月4日 11:05 (2026年3月4日
// 12:20更新), maybe with the story's tag for members after a space, …
// 12:20更新) [会員限定記事], and 中央社's 2026/12/05 14:32（12/05 15:10
// 更新）, whose update gives its date without the year (or, the same
// day, the time alone): the stamp before it has the year. The whole line
// is the site's furniture, noise; read as a title line it was the
// headline's subheadline.
func updatedStamp(s string) bool {
	if r, _ := decodeLast(s); r == ']' || r == '］' || r == '】' {
		k := strings.LastIndexFunc(s, isSpace)
		if k <= 0 || !jaMemberTag(trimSpace(s[k:])) {
			return false
		}
		s = trimSpace(s[:k])
	}
	in, ok := strings.CutSuffix(s, "更新)")
	open := "("
	if !ok {
		if in, ok = strings.CutSuffix(s, "更新）"); !ok {
			return false
		}
		open = "（"
	}
	k := strings.LastIndex(in, open)
	if k <= 0 || !isWebStamp(trimSpace(in[:k])) {
		return false
	}
	return updateTime(trimSpace(in[k+len(open):]))
}

// updateTime reports the time of an update inside the brackets after a
// stamp (updatedStamp): a stamp of its own (2026年3月4日 12:20), or a
// month and day in digits and a time (12/05 15:10), or a time alone
// (15:10).
func updateTime(s string) bool {
	if isWebStamp(s) || isClock(s) {
		return true
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
