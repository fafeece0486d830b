package newstext

import "strings"

// A Japanese broadcaster's site stamps its story with the weekday's word
// and a twelve-hour clock after the date: 2026年12月6日 土曜 午後6:42
// (FNN), 2026年12月6日(土) 午前9:05, 午後6時42分. The stamp is the same
// furniture as one with a 24-hour clock (webstamp.go): read as no time,
// it was glued to the headline and the first paragraph and its spaces
// taken for OCR's (blind page ja-b56-fnn-web). 午前 and 午後 are the
// Japanese parts of the day (clock12.go's 上午 and 下午); a sentence's
// 午後６時ごろ is no token of a stamp.

// jaDayParts name the halves of the day before a Japanese twelve-hour
// clock's time, run on (午後6:42) or spaced (午後 6:42).
var jaDayParts = []string{"午前", "午後"}

// jaWeekdayWord reports a Japanese weekday's word without 日, as a stamp
// sets it after its date: 土曜, 月曜 (土曜日 is isWeekday's).
func jaWeekdayWord(t string) bool {
	rest, ok := strings.CutSuffix(t, "曜")
	return ok && atMost(rest, 1) && rest != "" && strings.Contains("月火水木金土日", rest)
}
