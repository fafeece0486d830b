package html

import (
	"fmt"
	"strconv"
	"strings"
)

// datetime returns the HTML datetime value of a dateline's date as
// written: "2024-09-01" for 2024年9月1日, the yearless "09-01" for 9月1日
// (or Korean 9월 1일), "" when it is not a day of the calendar.
func datetime(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == ' ' || r == '\u3000':
			return -1
		case r == '년':
			return '年'
		case r == '월':
			return '月'
		case r == '일':
			return '日'
		}
		return r
	}, s)
	year := 0
	if y, rest, ok := strings.Cut(s, "年"); ok {
		n, err := strconv.Atoi(y)
		if err != nil || n < 1 || n > 9999 {
			return ""
		}
		year, s = n, rest
	}
	m, rest, ok := strings.Cut(s, "月")
	if !ok {
		return ""
	}
	d, rest, ok := strings.Cut(rest, "日")
	if !ok || rest != "" {
		return ""
	}
	mon, err1 := strconv.Atoi(m)
	day, err2 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || mon < 1 || mon > 12 || day < 1 || day > daysIn(mon, year) {
		return ""
	}
	if year == 0 {
		return fmt.Sprintf("%02d-%02d", mon, day)
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, mon, day)
}

// daysIn is the number of days of month m; February has 29 unless year is
// known and not a leap year (HTML's yearless dates allow 02-29).
func daysIn(m, year int) int {
	switch m {
	case 2:
		if year != 0 && !(year%4 == 0 && (year%100 != 0 || year%400 == 0)) {
			return 28
		}
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
