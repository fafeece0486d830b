package newstext

import (
	"slices"
	"strings"
)

// Sites in Malaysia, Singapore and Hong Kong stamp a story with a
// twelve-hour clock: 光明日报's 发布: 2026年12月5日 8:30PM, 8:30 PM,
// 8:30pm, 05:00 AM (联合早报), or the part of the day in Chinese before
// the time, 晚上8:30, 下午3时, 下午3時45分, 晚上 8点. The stamp is the
// same furniture as one with a 24-hour clock (webstamp.go): read as no
// time, it was glued to the share row or to the first paragraph, its
// run-in dateline with it.

// meridiems name the half of the day after a twelve-hour clock's time,
// spaced (8:30 PM) or run on (8:30PM).
var meridiems = []string{"AM", "PM", "am", "pm", "a.m.", "p.m.", "A.M.", "P.M."}

// meridiem reports t as the half of the day after a clock: AM, p.m. …
func meridiem(t string) bool { return slices.Contains(meridiems, t) }

// twelveHourClock reports a twelve-hour clock's time as one token of a
// stamp: the time with its half of the day run on (8:30PM, 11:05am,
// 8:30p.m.), or after the part of the day in Chinese (晚上8:30, 下午3时,
// 下午3時45分, 上午10点半). The hour is at most 12: 20:30PM is no time,
// and the Chinese part of the day never stands before one of the digits'
// own forms for a sentence's words (下午3时许, 下午3至5时).
func twelveHourClock(t string) bool {
	for _, m := range meridiems {
		if c, ok := strings.CutSuffix(t, m); ok {
			return isClock(c) && clockHour(c) >= 1 && clockHour(c) <= 12
		}
	}
	for _, p := range dayParts {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return dayPartTime(rest)
		}
	}
	for _, p := range jaDayParts {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return dayPartTime(rest) // 午後6:42 (jaclock12.go)
		}
	}
	return false
}

// dayPartTime reports the time after a Chinese part of the day (下午,
// 晚上 …): a clock (3:45), or the hour with 时, 時, 点 or 點 and then
// nothing, 半, or the minutes with 分 (3时, 3時45分, 8点半), the hour
// at most 12.
func dayPartTime(t string) bool {
	if isClock(t) {
		return clockHour(t) <= 12
	}
	i := 0
	for i < len(t) && i < 2 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || clockHour(t[:i]) > 12 {
		return false
	}
	rest := t[i:]
	for _, w := range []string{"时", "時", "点", "點"} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			if r == "" || r == "半" {
				return true
			}
			m, ok := strings.CutSuffix(r, "分")
			return ok && len(m) >= 1 && len(m) <= 2 && allDigits(m)
		}
	}
	return false
}

// clockHour returns the hour of a clock's digits (8:30 gives 8, 12 gives
// 12): the digits before its first colon.
func clockHour(c string) int {
	h := 0
	for i := 0; i < len(c) && c[i] >= '0' && c[i] <= '9'; i++ {
		h = h*10 + int(c[i]-'0')
	}
	return h
}

// dayPart reports t as a Chinese or Japanese part of the day standing
// alone before its time (晚上 8:30, 午後 6:42).
func dayPart(t string) bool { return slices.Contains(dayParts, t) || slices.Contains(jaDayParts, t) }

// endsInTwelveHourClock reports s ending in a twelve-hour clock's time
// (…8:30PM, … 8:30 PM, …下午3时): where stampTail, which looks only at
// lines ending in a time's digit, should look too.
func endsInTwelveHourClock(s string) bool {
	f := lastField(s)
	if meridiem(f) {
		f = lastField(trimSpace(s[:len(s)-len(f)]))
		return isClock(f) && clockHour(f) >= 1 && clockHour(f) <= 12
	}
	return twelveHourClock(f) || dayPartTime(f) && dayPart(lastField(trimSpace(s[:len(s)-len(f)])))
}
