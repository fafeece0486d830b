package newstext

// A folio may write its date in figures parted by dots or slashes,
// 海西新闻　2026.12.07　A3, 江城日报　2026.12.07　星期一　第5版,
// 2026/12/07　A3　要闻, as many regional papers and their PDF exports set
// it. Lacking 年 (and often 版), such a line never reached the folio
// tokens of noiseKindSum and was read as a table's row (fields parted by
// spaces, one a figure). The date alone proves nothing, since a table's
// row may open with one (2026.12.07　收盘　3245.12点): the line is a folio
// only with the page beside the date, 第5版, 5版 or a page label (A3,
// B12), or a bare page number after a weekday, and no more than two other
// words, each a short Han name (the paper's, the page's) or the paper
// joined to its page by a middle dot.

// numericDatedFolio reports a folio dated in figures, 2026.12.07 or
// 2026/12/07, with the page's number beside the date.
func numericDatedFolio(s string) bool {
	// A folio is short and holds a year's four digits before a dot or a
	// slash: most lines are turned away before they are split.
	if len(s) > 120 || !holdsFigureYear(s) {
		return false
	}
	var buf [8]string
	toks := appendFields(buf[:0], s, 7, isEditionSep)
	if len(toks) < 2 || len(toks) > 6 {
		return false
	}
	date, page, bare, weekday, other := false, false, false, false, 0
	for _, t := range toks {
		switch {
		case !date && isNumericDate(t):
			date = true
		case !page && !bare && (isFolio(t) || isPageLabel(t)):
			page = true
		case !page && !bare && len(t) <= 3 && allDigits(t):
			bare = true // a page number bare: a folio only after a weekday
		case !weekday && (isWeekday(t) || isWeekday(unbracket(t))):
			weekday = true
		case isHanWord(t) && atMost(t, 8) || paperDotSection(t):
			other++
		default:
			return false
		}
	}
	return date && (page || bare && weekday) && other <= 2
}

// holdsFigureYear reports four digits and a dot or slash with a digit
// after it, 2026.12 or 2026/12, somewhere in s: the opening of a date
// in figures, searched for as bytes.
func holdsFigureYear(s string) bool {
	for i := 4; i+1 < len(s); i++ {
		if c := s[i]; (c == '.' || c == '/') && isDigitByte(s[i+1]) && isDigitByte(s[i-1]) && isDigitByte(s[i-2]) && isDigitByte(s[i-3]) && isDigitByte(s[i-4]) {
			return true
		}
	}
	return false
}

// isDigitByte reports an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
