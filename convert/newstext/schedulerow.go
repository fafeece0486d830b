package newstext

import (
	"strings"
	"unicode/utf8"
)

// A notice of a road closure, a power cut or a water stop gives its
// schedule as rows set as text, a day, the places and the hours, one row
// a line: 8日　南下　永康至大灣　22時至翌日5時, 12月9日　北上　仁德至永康
// 22:00—05:00, 9日（二）　中山路　晚間10時至隔日清晨5時. The day (8日) and
// the hours (22時至翌日5時) are its figures, though neither is a bare
// number nor a number with a short unit, so tableRow did not count them;
// and with two or three places the row runs wider than a narrow column's
// measure, as the typesetter let it: read as wrapped lines, the rows ran
// into one paragraph, which then ran on into the next. A row like this
// is a table's row whatever its width (up to maxScheduleRunes).

// maxScheduleRunes bounds a schedule row's length: a day, two or three
// places and an hour range in words (晚間10時至隔日清晨5時) run longer than
// maxRowRunes.
const maxScheduleRunes = 32

// maxScheduleField bounds a schedule row's other fields (a place, a
// direction, 永康至大灣): a longer run of words is a clause.
const maxScheduleField = 12

// scheduleRow returns the number of space-parted fields of s when it is
// a schedule's row, or 0: three to six fields, the first a day
// (dayField), one an hour range (hourRange), the others short, and no
// clause punctuation nor Hangul. A headline with a day or an hour in a
// phrase (國1永康段　8日起夜間封閉) has neither as a field of its own. A
// schedule's row opens with its day, the key its rows are read by; a
// headline spaced into words opens with its subject, the road or the
// town, and ends with what befalls it (國道1號 8日 22時至翌日5時 封閉),
// so a day in a later field is no schedule row's.
func scheduleRow(s string) int {
	if !atMost(s, maxScheduleRunes) || !hasDigit(s) {
		return 0
	}
	fields, day, hours := 0, false, false
	for f := range strings.FieldsFuncSeq(s, isSpace) {
		fields++
		switch {
		case fields == 1:
			if !dayField(f) {
				return 0
			}
			day = true
		case !hours && hourRange(f):
			hours = true
		default:
			if !atMost(f, maxScheduleField) || hasAnyRune(f, "，,、。；;！!？?：:") {
				return 0
			}
			for _, r := range f {
				if r >= 0xAC00 && r <= 0xD7A3 {
					return 0 // (Korean parts every word by a space)
				}
			}
		}
	}
	if !day || !hours || fields < 3 || fields > 6 {
		return 0
	}
	return fields
}

// digitsAt returns the byte length of the run of at most max ASCII or
// fullwidth digits opening s (0 if none or longer).
func digitsAt(s string, max int) int {
	i, n := 0, 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isAnyDigit(r) {
			break
		}
		if n++; n > max {
			return 0
		}
		i += w
	}
	return i
}

// cutWord returns s less the first of words it opens with, and whether
// one did.
func cutWord(s string, words []string) (string, bool) {
	for _, w := range words {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return rest, true
		}
	}
	return s, false
}

// A weekday in brackets after a day, 8日（一）, 12月9日(週二),
// 9日（星期三）: the brackets, and the words before the weekday's number.
var (
	weekdayOpen  = []string{"（", "("}
	weekdayWords = []string{"星期", "禮拜", "礼拜", "週", "周"}
	weekdayClose = []string{"）", ")"}
)

// dayField reports a field that is a day and nothing else: 8日, 12月8日,
// 8號, 8号, 12/8, with a weekday in brackets after it or not (8日（一）).
func dayField(f string) bool {
	n := digitsAt(f, 2)
	if n == 0 {
		return false
	}
	rest := f[n:]
	if r, ok := cutWord(rest, []string{"/", "／"}); ok {
		if m := digitsAt(r, 2); m > 0 {
			rest = r[m:]
		} else {
			return false
		}
	} else {
		if r, ok := strings.CutPrefix(rest, "月"); ok {
			m := digitsAt(r, 2)
			if m == 0 {
				return false
			}
			rest = r[m:]
		}
		var ok bool
		if rest, ok = cutWord(rest, []string{"日", "號", "号"}); !ok {
			return false
		}
	}
	if rest == "" {
		return true
	}
	r, ok := cutWord(rest, weekdayOpen)
	if !ok {
		return false
	}
	r, _ = cutWord(r, weekdayWords)
	d, w := firstRune(r)
	if w == 0 || !strings.ContainsRune("一二三四五六日天", d) {
		return false
	}
	rest, ok = cutWord(r[w:], weekdayClose)
	return ok && rest == ""
}

// hourWords stand before an hour in a range: the part of the day
// (晚間, 凌晨, 清晨 …) and the next day's word (翌日, 隔日, 次日 …), in
// Traditional and Simplified Chinese. Longer words first.
var hourWords = []string{
	"翌日", "隔日", "次日", "隔天", "翌晨", "次晨", "隔晨", "當日", "当日", "當天", "当天",
	"晚間", "晚间", "晚上", "夜間", "夜间", "深夜", "午夜", "凌晨", "清晨", "早上", "上午", "中午", "下午", "傍晚",
	"翌", "晚", "早",
}

// rangeMarks join the two hours of a range: 至, 到 and the dashes and
// tildes (22:00—05:00, 22時～5時).
var rangeMarks = []string{"——", "至", "到", "～", "〜", "~", "—", "–", "─", "－", "-"}

// hourRange reports a field that is a range of hours and nothing else:
// two hours (hourAt) joined by a rangeMark, 22時至翌日5時, 22:00—05:00,
// 晚間10時至隔日清晨5時, 22时至次日5时.
func hourRange(f string) bool {
	n := hourAt(f)
	if n == 0 {
		return false
	}
	rest, ok := cutWord(f[n:], rangeMarks)
	if !ok {
		return false
	}
	m := hourAt(rest)
	return m > 0 && m == len(rest)
}

// hourAt returns the byte length of an hour opening s, or 0: at most two
// hourWords, then a clock's time (22:00, 5：30) or an hour in Han units
// (22時, 5时30分, 10點半).
func hourAt(s string) int {
	rest := s
	for k := 0; k < 2; k++ {
		r, ok := cutWord(rest, hourWords)
		if !ok {
			break
		}
		rest = r
	}
	n := digitsAt(rest, 2)
	if n == 0 {
		return 0
	}
	rest = rest[n:]
	if r, ok := cutWord(rest, []string{":", "："}); ok {
		m := digitsAt(r, 2)
		if m != len("00") && m != len("００") {
			return 0
		}
		return len(s) - len(r[m:])
	}
	r, ok := cutWord(rest, []string{"時", "时", "點", "点"})
	if !ok {
		return 0
	}
	if h, ok := strings.CutPrefix(r, "半"); ok {
		r = h
	} else if m := digitsAt(r, 2); m > 0 {
		h, ok := strings.CutPrefix(r[m:], "分")
		if !ok {
			return 0
		}
		r = h
	}
	return len(s) - len(r)
}
