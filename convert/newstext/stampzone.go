package newstext

import "strings"

// A site in Hong Kong, Singapore or Malaysia (and an English-language
// edition anywhere in Asia) names the time zone of its stamp: 香港電台
// sets 2026-12-06 HKT 14:32, the zone between the date and the time;
// others set it after the time, 2026-12-06 14:32 HKT, or before the
// date, HKT 2026-12-06 14:32, or as an offset, 2026-12-06 14:32 GMT+8,
// (UTC+08:00). The zone is part of the stamp: without it the line is read
// as a stamp, with it the spaced letters made it a table's row.

// stampZones are the time zones' abbreviations a stamp may name, longest
// first where one opens another.
var stampZones = []string{"HKT", "SGT", "MYT", "JST", "KST", "CST", "PHT", "ICT", "WIB", "UTC", "GMT"}

// stampZone reports a stamp's time zone as one token: an abbreviation of
// stampZones, or UTC or GMT with a signed offset in hours (and minutes),
// GMT+8, UTC+08:00, GMT-5.
func stampZone(t string) bool {
	for _, z := range stampZones {
		rest, ok := strings.CutPrefix(t, z)
		if !ok {
			continue
		}
		if rest == "" {
			return true
		}
		if z != "UTC" && z != "GMT" || rest[0] != '+' && rest[0] != '-' {
			return false
		}
		h, m, colon := strings.Cut(rest[1:], ":")
		return h != "" && len(h) <= 2 && allDigits(h) && (!colon || len(m) == 2 && allDigits(m))
	}
	return false
}

// zoneCut returns s without the time zone opening it (HKT 2026-12-06
// 14:32: the zone and the space after it), and whether there was one.
func zoneCut(s string) (string, bool) {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s, false
	}
	k := indexAnyRune(s, " \u3000")
	if k <= 0 || !stampZone(s[:k]) {
		return s, false
	}
	return trimSpace(s[k:]), true
}
