package newstext

import (
	"sort"
	"unicode/utf8"
)

// A page wrapped by character count (OCR of a print column, 17 characters
// a line) fills its lines by characters, not columns: its full lines of
// ideographs share one width, but each full line holding half-width
// digits (收報18,87, 亦跌5) is narrower by a column a digit, so that on a
// page of many figures (the financial pages) the widths in columns share
// none, and the third widest wrapped line, the measure, falls to its
// furniture: the folio, a caption, a byline set wider than the column.
// Every full line of text then stopped "short" of it, and a full line
// that ended a sentence (…已見資金吸納。 / 筆者認為，…) ended its paragraph
// on a page that marks its paragraphs by indent. Counted by characters,
// each as wide as an ideograph, the full lines share their width again,
// and the few furniture lines wider than it are set aside as
// sharedMeasure sets them aside by columns.

// sharedCharMeasure is sharedMeasure over the wrapped lines' widths rs
// gives, counted by characters (charWidths), of the lines keep admits: the
// measure the lines share by characters, when it is narrower than third,
// the third widest in columns, which stands otherwise. ok is false when
// rs is nil or no width is shared.
func sharedCharMeasure(rs func() []int, keep func(int) bool, third int) (int, bool) {
	if rs == nil {
		return 0, false
	}
	all := rs()
	if len(all) < 8 {
		return 0, false
	}
	ws := make([]int, 0, len(all))
	for i, r := range all {
		if keep(i) {
			ws = append(ws, r)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ws)))
	m, ok := sharedMeasure(ws)
	return m, ok && m < third
}

// charWidths returns the widths of the first n wrapped lines of a page
// (a line followed by another of its block, not marked by verse, as
// pageMeasuresRows takes them) counted by characters, each as wide as an
// ideograph; a line of mostly narrow characters, or holding Hangul, by
// its columns (Latin and Korean wrap by width).
func charWidths(lines []srcLine, verse []bool, n int) []int {
	out := make([]int, 0, n)
	for i := 0; i+1 < len(lines) && len(out) < n; i++ {
		t := lines[i].text
		if t == "" || lines[i+1].text == "" || verse != nil && verse[i] {
			continue
		}
		if asciiBytes(t)*4 <= len(t) && !hasHangul(t) {
			out = append(out, 2*utf8.RuneCountInString(t))
		} else {
			out = append(out, columns(t))
		}
	}
	return out
}
