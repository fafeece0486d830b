package newstext

import "strings"

// A TV or radio guide, a day's programme or a timetable sets its rows
// one a line, each led by its clock: 06:30｜早间新闻 / 07:10｜健康江州,
// 9:00·签到 / 9:30·开幕式. A row's name may end as a news organisation's
// does (江州新闻, 晚间新闻), and one such line alone under a headline is a
// platform's stamp (10:21·江州日报, accountstamp.go); two or more such
// lines together are a run of rows, never stamps (a post carries one
// stamp), and never one wrapped paragraph: each row opens its unit.

// clockRowMax is the most runes of a clock-led row's text after its
// clock: a programme's or an item's name, not a sentence.
const clockRowMax = 24

// clockLed reports a line led by a clock (isClock) and, after a space or
// one of accountSeps, a short text with no sentence or clause
// punctuation: a guide's or a timetable's row (06:30｜早间新闻, 19:00
// 新闻联播), or a platform's stamp with a bare clock.
func clockLed(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	n := 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] == ':') {
		n++
	}
	if !isClock(s[:n]) {
		return false
	}
	r, w := firstRune(s[n:])
	sep := strings.ContainsRune(accountSeps, r)
	if w == 0 || !sep && !isSpace(r) {
		return false
	}
	rest := trimSpace(s[n:])
	if r, w := firstRune(rest); strings.ContainsRune(accountSeps, r) {
		rest = trimSpace(rest[w:])
	}
	return rest != "" && atMost(rest, clockRowMax) && !hasSentencePunct(rest) && !hasClauseEnd(rest)
}

// clockRun reports line i of the block one of a run of two or more
// clock-led lines (clockLed), the line above or under it one too.
func (bl *blockLines) clockRun(i int) bool {
	if !clockLed(bl.ls[i].text) {
		return false
	}
	return i > 0 && clockLed(bl.ls[i-1].text) || i+1 < len(bl.ls) && clockLed(bl.ls[i+1].text)
}

// markClockRows makes body rows of a run of two or more clock-led units
// one under another (clockLed), each a unit of one line right under the
// other: a guide's rows are no title group (four of them under the
// guide's title would read as its subheadlines, and the title as a
// headline over no text), so each row is a paragraph of its own.
func (sc *scorer) markClockRows() {
	us := sc.us
	for i := 0; i < len(us); {
		if !sc.clockRowUnit(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(us) && sc.clockRowUnit(j) && us[j].line == us[j-1].lastLine+1 {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				bodyOnly(&sc.fs[k], false)
				sc.fs[k].row, sc.fs[k].ended = true, true
			}
		}
		i = j
	}
}

// clockRowUnit reports unit i a text unit of one line that is a
// clock-led row (clockLed).
func (sc *scorer) clockRowUnit(i int) bool {
	u := &sc.us[i]
	return u.kind == uText && !u.verbatim && u.line == u.lastLine && clockLed(u.text)
}
