package newstext

import (
	"slices"
	"strings"
)

// A folio may write its date in figures parted by dots, slashes or
// hyphens, 海西新闻　2026.12.07　A3, 江城日报　2026.12.07　星期一　第5版,
// 2026/12/07　A3　要闻, 江州日报　2026-12-07　星期一　A3版, as many regional papers and their PDF exports set
// it. Lacking 年 (and often 版), such a line never reached the folio
// tokens of noiseKindSum and was read as a table's row (fields parted by
// spaces, one a figure). The date alone proves nothing, since a table's
// row may open with one (2026.12.07　收盘　3245.12点): the line is a folio
// only with the page beside the date, 第5版, 5版 or a page label (A3,
// B12), or a bare page number after a weekday, and no more than two other
// words, each a short Han name (the paper's, the page's) or the paper
// joined to its page by a middle dot. A Korean folio dated so names its
// words in Hangul (2026.12.07　월요일　A3　사회), and a weekly's sets its
// issue's number where a daily sets the weekday, beside a bare page (42
// 시사한빛　제1587호　2026.12.15, kofolio.go).

// A bare page number after a weekday is as often a table's figure: a
// forecast's rows 2026.12.07　星期一　多云　8 (the day's low) read as that
// folio. Such a line is a folio only with a paper's name among its words
// (…报, 新闻, 网: 江城日报　2026.12.07　星期一　5), or standing at the
// page's or a block's top or bottom edge with no line dated in figures
// beside it in its block (bareFoliosAt): the rows of a table stand
// together, a folio alone.

// numericFolioMax is the most bytes of a folio dated in figures: the
// paper, the date and the page padded apart across the page's width
// (江城日报, 13 ideographic spaces, 2026.12.07, 13 more, A3: 96 bytes,
// 42 runes). The gate (gate.go) turns lines away by the same bound, so
// that no folio the rule accepts is turned away from it.
const numericFolioMax = 120

// numericDatedFolio reports a folio dated in figures, 2026.12.07 or
// 2026/12/07, with the page's number beside the date.
func numericDatedFolio(s string) bool {
	ok, _ := numericFolioParts(s)
	return ok
}

// bareNumericFolio reports a folio dated in figures (numericDatedFolio)
// whose page is a bare number after a weekday and which names no paper:
// a folio only where it stands at an edge (bareFoliosAt).
func bareNumericFolio(s string) bool {
	ok, bare := numericFolioParts(s)
	return ok && bare
}

// numericFolioParts reports s a folio dated in figures and, if it is, one
// whose page is a bare number with no paper's name beside it.
func numericFolioParts(s string) (ok, barePage bool) {
	// A folio is short and holds a year's four digits before a dot or a
	// slash: most lines are turned away before they are split.
	if len(s) > numericFolioMax || !holdsFigureYear(s) {
		return false, false
	}
	var buf [8]string
	toks := appendFields(buf[:0], s, 7, isEditionSep)
	if len(toks) < 2 || len(toks) > 6 {
		return false, false
	}
	date, page, bare, weekday, issue, paper, other := false, false, false, false, false, false, 0
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
			paper = paper || paperWord(t)
		case t[0] < 0xEA || t[0] > 0xED:
			return false, false // (no Hangul syllable first: none of the Korean words below)
		case !issue && koreanIssueNumber(t):
			issue = true // 제1587호: a periodical's issue (kofolio.go)
		case !weekday && koreanWeekday(t):
			weekday = true // 월요일 (kofolio.go)
		case koreanSectionWord(t):
			other++ // 시사한빛, 사회: the paper's or the page's name
		default:
			return false, false
		}
	}
	if !date || !(page || bare && (weekday || issue)) || other > 2 {
		return false, false
	}
	return true, !page && !paper
}

// paperWord reports a word naming a paper or a news site, as its name
// ends (江城日报, 海西新闻, 聯合報, 江州网) or its part before a middle dot
// does (江城日报·城市民生).
func paperWord(t string) bool {
	if i := strings.Index(t, "·"); i > 0 {
		t = t[:i]
	}
	for _, end := range []string{"报", "報", "新闻", "新聞", "网", "網"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}

// bareFoliosAt returns the texts of the folios with a bare page number
// and no paper's name (bareNumericFolio) of lines that stand at the
// page's or a block's top or bottom edge (the page's first or last line,
// or a blank line above or under), with no row dated in figures beside
// them in their block (datedRow): a table's rows stand together. The
// reader takes such a line for a folio only where its text is among these
// (builder.bareFolioOK), so one text reads alike wherever it stands.
func bareFoliosAt(lines []srcLine) []string {
	var out []string
	for i, l := range lines {
		// (Most lines are turned away by their first byte or the year.)
		if l.text == "" || !holdsFigureYear(l.text) || slices.Contains(out, l.text) || !bareNumericFolio(l.text) {
			continue
		}
		top := i == 0 || lines[i-1].text == ""
		bottom := i+1 == len(lines) || lines[i+1].text == ""
		dated := func(k int) bool { return k >= 0 && k < len(lines) && datedRow(lines[k].text) }
		if top && !dated(i+1) || bottom && !dated(i-1) {
			out = append(out, l.text)
		}
	}
	return out
}

// datedRow reports a line with a date in figures as one of its fields
// (2026.12.08　星期二　小雨　6): a row of a table such as the bare folio's
// own shape, beside which a line of that shape is one more row. A line
// that only holds a year so written, a season's or a fiscal year's
// 2026/27赛季CBA常规赛战报 or 2026/27年度预算, is no row: a folio over it
// at the page's top keeps its edge.
func datedRow(s string) bool {
	if !holdsFigureYear(s) {
		return false
	}
	var buf [8]string
	for _, t := range appendFields(buf[:0], s, 7, isEditionSep) {
		if isNumericDate(t) {
			return true
		}
	}
	return false
}

// bareFolioOK reports a folio's text s no bare-numbered folio, or one the
// page sets at an edge (bareFoliosAt).
func (b *builder) bareFolioOK(s string) bool {
	return !bareNumericFolio(s) || slices.Contains(b.bareFolios, s)
}

// holdsFigureYear reports four digits and a dot, slash or hyphen with a
// digit after it, 2026.12, 2026/12 or 2026-12, somewhere in s: the
// opening of a date in figures, searched for as bytes.
func holdsFigureYear(s string) bool {
	// (A byte search per mark, not a loop over every byte: bareFoliosAt
	// asks it of every line of the page, and most hold no mark.)
	for _, mark := range [...]byte{'.', '/', '-'} {
		for from := 4; from+1 < len(s); {
			k := strings.IndexByte(s[from:len(s)-1], mark)
			if k < 0 {
				break
			}
			i := from + k
			if isDigitByte(s[i+1]) && isDigitByte(s[i-1]) && isDigitByte(s[i-2]) && isDigitByte(s[i-3]) && isDigitByte(s[i-4]) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// isDigitByte reports an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
