package newstext

import "strings"

// A dated page head names its page after the date, but where the name
// stands varies with the paper: a mainland folio ends with it
// (2026年12月6日　星期日　第13版　民意論壇), a Taiwan or Hong Kong folio,
// like a Korean or Japanese one, sets the page's number after it
// (2026年12月6日／星期日　　民意論壇　A13), and a left-hand page turns the
// head round (A13　民意論壇　2026年12月6日／星期日). The page's name is the
// last word before the number, date and weekday that close the head, so
// the rubric the head repeats over the first story (markRubric) is told
// in every order, not only where the name ends the line.

// pageNameWord returns the name a dated page head's words f give its
// page: the last word once the number, date and weekday closing the head
// are set aside; "" when nothing else is left.
func pageNameWord(f []string) string {
	n := len(f)
	for n > 0 && folioPart(f[n-1]) {
		n--
	}
	if n == 0 {
		return ""
	}
	return f[n-1]
}

// folioPart reports a word of a page head that is no name: the page's
// number (A13, 13, 第13版, A13版, 11면, １３面), the date (2026年12月6日, 2026/12/06,
// 2026년, 12월, 5일) or the weekday (星期日, 土曜日, 토요일, （日）).
func folioPart(t string) bool {
	if t == "" {
		return false
	}
	switch {
	case isPageNumber(t), isPageLabel(t), isFolio(t), koreanPageNumber(t):
		return true
	case isEditionDate(t), isNumericDate(t), isWeekday(t), koreanWeekday(t):
		return true
	}
	if n, ok := strings.CutSuffix(t, "面"); ok && n != "" && (isPageNumber(n) || isPageLabel(n)) {
		return true // １３面
	}
	stage := 0
	if t[0] >= '0' && t[0] <= '9' && koreanDateParts(t, &stage) {
		return true // 2026년, 12월 (koreanDateParts reads them in order)
	}
	if in := unbracket(t); in != "" {
		return isWeekday(in) || atMost(in, 1) && strings.Contains("月火水木金土日", in)
	}
	return false
}
