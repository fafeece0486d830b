package doc

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// monthDay is a month and day a page states without a year, with the
// weekday it names (anyWeekday when it names none).
type monthDay struct {
	month      time.Month
	day        int
	weekday    time.Weekday
	anyWeekday bool
}

// monthDayRE matches a month and day with an optional weekday after it:
// 8月29日, 8月29日 星期一 (周一, 週一, 礼拜一), 8月29日（月）/ 月曜日,
// 8월 29일 (월) / 월요일. The weekday group holds the day's character.
// Compiled on first use, not at start-up: most runs never ask.
var monthDayRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[^0-9])(\d{1,2})[\s\x{3000}]*(?:月|월)[\s\x{3000}]*(\d{1,2})[\s\x{3000}]*(?:日|일)` +
		`(?:[\s\x{3000},，、]*(?:(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])|[（(]([月火水木金土日월화수목금토일])(?:曜日?|요일)?[）)]|([月火水木金土日])曜日|([월화수목금토일])요일))?`)
})

// weekdays maps the weekday characters of each convention to a weekday.
var weekdays = map[string]time.Weekday{
	"日": time.Sunday, "天": time.Sunday, "一": time.Monday, "二": time.Tuesday, "三": time.Wednesday,
	"四": time.Thursday, "五": time.Friday, "六": time.Saturday,
	"月": time.Monday, "火": time.Tuesday, "水": time.Wednesday, "木": time.Thursday, "金": time.Friday, "土": time.Saturday,
	"일": time.Sunday, "월": time.Monday, "화": time.Tuesday, "수": time.Wednesday, "목": time.Thursday, "금": time.Friday, "토": time.Saturday,
}

// asciiDigits maps full-width digits to ASCII, as OCR and some wires
// write dates in either.
var asciiDigits = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4",
	"５", "5", "６", "6", "７", "7", "８", "8", "９", "9")

// parseMonthDay finds the first valid month and day in s.
func parseMonthDay(s string) (monthDay, bool) {
	for _, m := range monthDayRE().FindAllStringSubmatch(asciiDigits.Replace(s), -1) {
		mo, _ := strconv.Atoi(m[1])
		day, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 || day < 1 || day > 31 {
			continue
		}
		md := monthDay{month: time.Month(mo), day: day, anyWeekday: true}
		for _, w := range m[3:] {
			if w != "" {
				// In （日）, 日 is Sunday; in 8月29日 it is the day's
				// suffix, which the regular expression has consumed.
				md.weekday, md.anyWeekday = weekdays[w], false
			}
		}
		return md, true
	}
	return monthDay{}, false
}

// statedDay returns the month and day the page states of itself without a
// year, looked for where StatedDate looks.
func (d *Document) statedDay() (monthDay, bool) {
	var found monthDay
	ok := false
	d.findDate(func(s string) bool {
		found, ok = parseMonthDay(s)
		return ok
	})
	return found, ok
}

// latest returns the latest date on md's month, day and weekday that is
// not after ref. The weekdays of a calendar repeat every 400 years, so a
// date that exists at all (not 2月30日, not 2月29日 on a weekday no leap
// year ever has in that span) is found within them.
func (md monthDay) latest(ref time.Time) (time.Time, bool) {
	for y := ref.Year(); y > ref.Year()-400; y-- {
		t := time.Date(y, md.month, md.day, 0, 0, 0, 0, time.UTC)
		if t.Day() != md.day || t.After(ref) || (!md.anyWeekday && t.Weekday() != md.weekday) {
			continue
		}
		return t, true
	}
	return time.Time{}, false
}
