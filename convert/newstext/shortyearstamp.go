package newstext

// Some sites print a stamp's year in two digits: 25.12.05 18:20 최종
// 업데이트 25.12.05 18:42 (오마이뉴스), 입력 25.12.05 18:20. A date in
// two-digit fields alone may be anything (a version, a figure, a
// score), so it counts as a stamp's date only with its time right after
// it: yy.mm.dd hh:mm is a shape no text but a stamp takes.

// shortYearDate reports a date in three two-digit fields parted by one
// separator throughout, year first: 25.12.05, 25/12/05, 25-12-05 (a
// closing dot, 25.12.05., as the four-digit form may have). The middle
// field is a month (01–12), the last a day (01–31).
func shortYearDate(t string) bool {
	if len(t) == 9 && t[8] == '.' {
		t = t[:8]
	}
	if len(t) != 8 || !isDateSep(rune(t[2])) || t[5] != t[2] || !allDigits(t[:2]) || !allDigits(t[3:5]) || !allDigits(t[6:]) {
		return false
	}
	m := int(t[3]-'0')*10 + int(t[4]-'0')
	d := int(t[6]-'0')*10 + int(t[7]-'0')
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// shortYearStampStart reports s opening with a two-digit-year date and a
// space (25.12.05 18:20 …): a stamp opening with a digit that
// numericDateStart, which asks for four digits, leaves out.
func shortYearStampStart(s string) bool {
	return len(s) > 9 && shortYearDate(s[:8]) && (s[8] == ' ' || s[8] == '\t')
}
