package newstext

import (
	"strings"
	"unicode"
)

// A Hong Kong 馬經 page sets each race's card under the race's title line,
// its number, class and distance parted by padding: 第八場　一級賽　1400米草地
// (or 第三場　第四班　1200米全天候跑道, 第一場　1650米　草地) over the card's
// header row, 馬號　馬名　騎師　練馬師　負磅　檔位, and a row per runner. The
// line is padded like a row, but it is the card's title, a head over its
// rows, as 第七場賽果 over a race's results is. A race's line among other
// races' lines (a day's programme or its winners, 第一場　…, 第二場　… one
// under another) is a row of that table, and a line with no distance
// (第八場　金剛威龍　潘明哲) or written as a sentence is no card's title.

// markRaceCardTitles makes a section heading of a race card's title line
// (raceCardTitle) over a table's row, before the grammar, which reads the
// padded line as a row: neither it nor the line above it is another
// race's line.
func (b *builder) markRaceCardTitles(sc *scorer) {
	if !strings.HasPrefix(b.lang, "zh") {
		return
	}
	for i := range sc.us {
		u := &sc.us[i]
		if u.kind != uText || u.verbatim || u.para || !strings.HasPrefix(u.text, "第") || !raceCardTitle(u.text) {
			continue
		}
		n := sc.nextContent(i)
		if n >= len(sc.us) || sc.us[n].kind != uText || !sc.fs[n].row || raceNumber(sc.us[n].text) != "" {
			continue // (over no row, or one of a list of races)
		}
		if p := sc.prevContent(i); p >= 0 && raceNumber(sc.us[p].text) != "" {
			continue
		}
		u.kind, u.level = uHeading, 1
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "race card's title line over its rows taken as a section heading: ", u.text)
	}
}

// raceNumber returns the race's number opening s, 第八場 or 第8场, or "".
func raceNumber(s string) string {
	rest, ok := strings.CutPrefix(s, "第")
	if !ok {
		return ""
	}
	n := 0
	for n < len(rest) {
		r, w := firstRune(rest[n:])
		if !isDigitOrNumeral(r) {
			break
		}
		n += w
	}
	if n == 0 {
		return ""
	}
	if r, w := firstRune(rest[n:]); r == '場' || r == '场' {
		return s[:len("第")+n+w]
	}
	return ""
}

// raceCardTitle reports s a race's title line: its number (raceNumber)
// and up to five more fields parted by spaces, one of them the distance
// in metres, 1400米 or 1400米草地 (a surface of a few Han after it); no
// sentence's punctuation.
func raceCardTitle(s string) bool {
	num := raceNumber(s)
	if num == "" || !atMost(s, 40) || hasAnyRune(s, "。，,；;：:！？!?") {
		return false
	}
	rest := s[len(num):]
	if r, _ := firstRune(rest); !unicode.IsSpace(r) {
		return false // (第八場一級賽…: no padding after the number)
	}
	fields := strings.FieldsFunc(rest, unicode.IsSpace)
	if len(fields) > 5 {
		return false
	}
	for _, f := range fields {
		if raceDistance(f) {
			return true
		}
	}
	return false
}

// raceDistance reports a field that gives a race's distance: three or
// four digits (full-width too) and 米, then nothing or a surface of at
// most five Han (草地, 泥地, 全天候跑道).
func raceDistance(f string) bool {
	d, n := 0, 0
	for d < len(f) {
		r, w := firstRune(f[d:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			break
		}
		d, n = d+w, n+1
	}
	if n < 3 || n > 4 {
		return false
	}
	rest, ok := strings.CutPrefix(f[d:], "米")
	if !ok || !atMost(rest, 5) {
		return false
	}
	for _, r := range rest {
		if !isHan(r) {
			return false
		}
	}
	return true
}
