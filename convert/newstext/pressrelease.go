package newstext

import (
	"strings"
	"unicode/utf8"
)

// A government's press release, as the Hong Kong and Macau governments'
// information services issue it and newsrooms copy it, is framed by the
// service's furniture: the service's name over the release (政府新聞公報,
// 澳門特別行政區政府新聞局), the title, the text, the end mark 完 alone on
// its line (not bracketed, as wire copy's （完） is), then the release's
// stamp, its date and the local time (2026年12月5日（星期六） /
// 香港時間18時30分). A feed sets one release after another in this frame.
// The name is the service's masthead over every release, not a kicker
// of one release's title; the bare 完 is the release's last word, not a
// section head, and the next title opens the next release; the stamp is
// the release's time, not a paragraph or the next release's kicker.

// releaseServices name a government's information service as its
// releases carry it: the Hong Kong government's release service
// (新聞公報) and information department (新聞處), Macau's (新聞局), in
// traditional and simplified script.
var releaseServices = []string{"新聞公報", "新闻公报", "新聞處", "新闻处", "新聞局", "新闻局"}

// releaseIssuers are the words a service's name may open with: the
// government it serves (香港特別行政區政府新聞處, 政府新聞公報).
var releaseIssuers = []string{
	"香港特別行政區政府", "香港特别行政区政府", "香港特區政府", "香港特区政府",
	"澳門特別行政區政府", "澳门特别行政区政府", "澳門特區政府", "澳门特区政府",
	"香港政府", "澳門政府", "澳门政府", "政府",
}

// releaseService reports a line that is a government information
// service's name and nothing else: 政府新聞公報, 新聞公報, 政府新聞處,
// 澳門特別行政區政府新聞局. A word after it (新聞處處長, 新聞局表示) makes
// it text.
func releaseService(s string) bool {
	if !atMost(s, 16) {
		return false
	}
	for _, p := range releaseIssuers {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = rest
			break
		}
	}
	for _, w := range releaseServices {
		if s == w {
			return true
		}
	}
	return false
}

// markReleaseServices makes noise of a service's name (releaseService)
// alone on its line over a release: at the top of the page, or after
// the end of the release before it (its end mark, past its stamp), with
// the release's title or text under it. Elsewhere (after a paragraph
// with no end mark) the name alone is left to the grammar.
func (b *builder) markReleaseServices() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uText || u.para || u.verbatim || u.line != u.lastLine || !releaseService(u.text) {
			continue
		}
		j := i - 1
		for j >= 0 && us[j].kind == uNoise && !isEndNoise(us[j].noise) {
			j--
		}
		if j >= 0 && us[j].kind != uNoise {
			continue // inside a release: not over one
		}
		if i+1 >= len(us) || us[i+1].kind == uNoise {
			continue
		}
		u.kind, u.noise, u.summed = uNoise, noiseChrome, false
	}
}

// bareEndMark is the end mark a Hong Kong government release closes
// with, alone on its line: 完. (The bracketed forms, （完）, are end marks
// wherever they stand: endMarks.)
const bareEndMark = "完"

// markBareEndMarks makes an end mark of 完 alone on its line (or set
// with the paragraph indent) right after a line of text that ends its
// sentence, past the page's furniture: the release's last paragraph (or
// a title so ending, as the writer marks it: the page reads back the
// same). Not when another line of one character follows it, as in
// vertical text read one character a line. Alone, the one character was
// a section head, and the next release's title a paragraph under it.
func (b *builder) markBareEndMarks() {
	us := b.units
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.line != u.lastLine || u.text != bareEndMark {
			continue
		}
		j := i - 1
		for j > 0 && us[j].kind == uNoise && !isEndNoise(us[j].noise) {
			j-- // (past a stamp a paragraph was rejoined across)
		}
		switch p := &us[j]; p.kind {
		case uText, uHeadline, uSubhead, uHeading:
			if !endsSentence(p.text) {
				continue
			}
		default:
			continue
		}
		if i+1 < len(us) && us[i+1].kind != uNoise && us[i+1].text != "" && atMost(us[i+1].text, 1) {
			continue
		}
		u.kind, u.noise, u.summed = uNoise, noiseEndMark, false
	}
}

// releaseTimePlaces name the places whose local time a release's stamp
// gives: 香港時間18時30分, 澳門時間下午6時30分.
var releaseTimePlaces = []string{"香港", "澳門", "澳门"}

// releaseStamp reports a government release's stamp: the local time,
// 香港時間18時30分, 香港時間下午6時30分, 澳門時間18:30, alone or after
// the release's date on its line (2026年12月5日（星期六）香港時間18時30分,
// a space between or none). Under the date line it had been a paragraph,
// or the next release's kicker.
func releaseStamp(s string) bool {
	if !atMost(s, 40) {
		return false
	}
	for _, p := range releaseTimePlaces {
		k := strings.Index(s, p)
		if k < 0 {
			continue
		}
		clock, ok := strings.CutPrefix(s[k+len(p):], "時間")
		if !ok {
			clock, ok = strings.CutPrefix(s[k+len(p):], "时间")
		}
		if !ok || !releaseClock(trimSpace(clock)) {
			return false
		}
		date := trimSpace(s[:k])
		return date == "" || isEditionDate(date) || datedWithWeekday(date)
	}
	return false
}

// datedWithWeekday reports an edition date and its weekday parted by a
// space: 2026年12月5日　星期六.
func datedWithWeekday(s string) bool {
	d, w, ok := strings.Cut(s, " ")
	if !ok {
		d, w, ok = strings.Cut(s, "　")
	}
	return ok && isEditionDate(trimSpace(d)) && isWeekday(trimSpace(w))
}

// dayParts name the part of the day a twelve-hour clock gives.
var dayParts = []string{"上午", "下午", "中午", "晚上", "凌晨", "早上", "清晨", "傍晚", "深夜"}

// releaseClock reports a clock time as a release gives it: the hour with
// 時 (or 时), then the minutes with 分 or none (18時30分, 下午6時,
// 下午6時半), or the hour and minutes parted by a colon (18:30), the
// part of the day before it or none.
func releaseClock(s string) bool {
	for _, p := range dayParts {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = rest
			break
		}
	}
	h, m, ok := cutAny(s, "時", "时")
	if !ok {
		h, m, ok = cutAny(s, ":", "：")
		return ok && clockDigits(h) && clockDigits(m) && utf8.RuneCountInString(m) == 2
	}
	if !clockDigits(h) {
		return false
	}
	if m == "" || m == "半" {
		return true
	}
	m, ok = strings.CutSuffix(m, "分")
	return ok && clockDigits(m)
}

// cutAny cuts s at the first of a or b it holds, a first.
func cutAny(s, a, b string) (before, after string, ok bool) {
	if x, y, ok := strings.Cut(s, a); ok {
		return x, y, true
	}
	return strings.Cut(s, b)
}

// clockDigits reports one or two digits, ASCII or full width.
func clockDigits(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 1 && n <= 2 && strings.TrimLeftFunc(s, isDigitRune) == ""
}
