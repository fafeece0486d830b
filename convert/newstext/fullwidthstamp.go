package newstext

// A Chinese or Japanese site may set its time stamp under the headline
// in full-width forms, as its text sets figures: ２０２６年１２月６日
// ２２：４０, ２０２６／１２／０６　２２：４０, with 配信 or 更新 after it
// or 更新： before it. It is the same stamp as 2026年12月6日 22:40, web
// furniture (noise): read as text, it was a table's row of two figures
// between the headline and the lead. A line that runs on into text after
// the time (２０２６年１２月６日　２２：４０　本社調べでは…) is no stamp, as
// in ASCII forms.

// fullwidthStamp reports a web time stamp set in full-width digits and
// colons (see above): the line folded to ASCII forms is a stamp the
// ASCII tests know. Most lines are turned away by their first runes: a
// full-width year (four digits then 年, ／, － or ．), or a stamp's word
// (更新：, 发布时间：) with a full-width digit after it.
func fullwidthStamp(s string) bool {
	if !atMost(s, 48) {
		return false
	}
	r, _ := firstRune(s)
	switch {
	case r >= '０' && r <= '９':
		if !fullwidthYearStart(s) {
			return false
		}
	case webStampFirst(r) && r > 0x7f || r == '最' || r == '配' || r == '公' || r == '掲':
		if !hasFullwidthDigit(s) {
			return false
		}
	default:
		return false
	}
	f := foldFullwidth(s)
	return isWebStamp(f) || hanClockStamp(f) || jaWordedStamp(f) || isPortalStamp(f)
}

// fullwidthYearStart reports s opening with a year in four full-width
// digits and the mark a date goes on with: 年, ／, －, ．.
func fullwidthYearStart(s string) bool {
	const w = len("０")
	if len(s) < 5*w {
		return false
	}
	for i := 0; i < 4; i++ {
		if r, _ := firstRune(s[i*w:]); r < '０' || r > '９' {
			return false
		}
	}
	r, _ := firstRune(s[4*w:])
	return r == '年' || r == '／' || r == '－' || r == '．'
}

// hasFullwidthDigit reports whether s holds a full-width digit (０ to ９:
// EF BC 90 to EF BC 99 in UTF-8).
func hasFullwidthDigit(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return true
		}
	}
	return false
}
