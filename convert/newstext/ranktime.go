package newstext

import "strings"

// A results box of a race (駅伝, marathon, swimming, skiing) set as text
// ranks each finisher on a line of its own: the rank, circled or counted
// with 位, the name, and the time in Han units, ①佐久長聖　２時間４分１１秒,
// １位　長野東　１時間９分２２秒, ③松商学園　４分５秒２３　大会新. Such a line
// is a table's row, a paragraph, as ①佐久長聖　2:04:11 is: set to a
// narrow column's measure, the rows read as a wrapped paragraph that
// swallowed the ◇ head and the next story's headline under them.
//
// A time in Han units is one figure; a row needs two such unit figures
// unless it opens with a rank: a headline may give a time in one phrase,
// 鈴木が日本新　２時間４分５６秒, but a ranked line with a time is a
// result.

// rankedTimeRow reports a line that opens with a finisher's rank
// (rankLen) and has a time in Han units among its other space-parted
// fields (hanDuration): tableRow's one figure. A Chinese hour alone,
// 7小时, is any span of time, a numbered subhead's (①睡眠　7小时): in
// 小时/小時 the time is a result only when measured (measuredDuration),
// 2小时14分36秒, as resultFigure asks.
func rankedTimeRow(s string) bool {
	n := rankLen(s)
	if n == 0 {
		return false
	}
	for _, f := range strings.FieldsFunc(s[n:], isSpace) {
		if hanDuration(f) && (!chineseHour(f) || measuredDuration(f)) {
			return true
		}
	}
	return false
}

// chineseHour reports a time in Han units with its hours in 小时 or 小時.
func chineseHour(f string) bool {
	return strings.Contains(f, "小时") || strings.Contains(f, "小時")
}

// rankLen returns the byte length of a finisher's rank opening s, or 0:
// a circled number (①–⑳, ㉑–㊿, the black ❶–❿ and ⓫–⓴, the sans-serif
// ➀–➓) glued to the name, or a count of at most three digits and 位
// before a space, １位　佐久長聖 (a rank glued to more words, １位の佐久長
// 聖, is prose).
func rankLen(s string) int {
	r, w := firstRune(s)
	switch {
	case r >= '①' && r <= '⑳', r >= '㉑' && r <= '㉟', r >= '㊱' && r <= '㊿',
		r >= '❶' && r <= '➓', r >= '⓫' && r <= '⓴':
		if len(s) == w {
			return 0
		}
		return w
	}
	i := 0
	for i < len(s) && i < 9 {
		d, w := firstRune(s[i:])
		if !isAnyDigit(d) {
			break
		}
		i += w
	}
	if i == 0 || !strings.HasPrefix(s[i:], "位") {
		return 0
	}
	i += len("位")
	if sp, _ := firstRune(s[i:]); !isSpace(sp) {
		return 0
	}
	return i
}

// durationUnits are the Han units of a time, largest first, each step's
// spellings longest first: ２時間４分１１秒, 2小时14分36秒 (小時 in
// Traditional), and a Chinese results box's 2时14分36秒. 時 or 时 alone is
// a clock's hour (午後１時, 7时30分), no duration's, unless the minutes and
// seconds follow it (clockHourUnit).
var durationUnits = [][]string{{"時間", "小时", "小時", "时", "時"}, {"分"}, {"秒"}}

// clockHour reports the hour unit a clock shares with a duration.
func clockHourUnit(u string) bool { return u == "时" || u == "時" }

// hanDuration reports a field that is a time in Han units and nothing
// else: figures, each followed by its unit, the units in order,
// ２時間４分１１秒, ４分０５秒, 1時間9分22秒, 2小时14分36秒; after 秒 the
// fraction may follow with no unit, １０秒２３, ４分５秒２, or sit in the
// figure, 9.98秒. A figure with no unit (２時間４), words after the time
// (２時間４分で優勝), or a clock's hour with no seconds (１時２０分) is no
// time.
func hanDuration(f string) bool {
	units, next := 0, 0 // next: the first unit still allowed
	clock := false      // an hour in 時/时, which needs the seconds
	for f != "" {
		i := 0
		for i < len(f) {
			r, w := firstRune(f[i:])
			if !isAnyDigit(r) && !(i > 0 && (r == '.' || r == '．')) {
				break
			}
			i += w
		}
		if i == 0 {
			return false
		}
		f = f[i:]
		if f == "" {
			// A fraction of a second after 秒: １０秒２３.
			return units > 0 && next == len(durationUnits)
		}
		matched := false
		for k := next; k < len(durationUnits) && !matched; k++ {
			for _, u := range durationUnits[k] {
				if rest, ok := strings.CutPrefix(f, u); ok {
					f, next, matched = rest, k+1, true
					clock = clock || clockHourUnit(u)
					units++
					break
				}
			}
		}
		if !matched {
			return false
		}
	}
	return units > 0 && (!clock || next == len(durationUnits))
}
