package newstext

// wideLineOverTitle reports line i of the block being cut, a short title
// line, under the unit's first line (start) when that is wider than the
// page's measure by more than a wide character: a line that long, opening
// its unit, was set whole by its writer (a table's note, a caption's
// line), not wrapped at the measure, so what follows it is no wrap of it.
// (A line inside a paragraph that runs wide is OCR's raggedness: the
// paragraph goes on.) Only a title line clearly short of the measure
// (no sentence mark in it, at most three quarters of it) opens: the
// last line of a lead wrapped wider than the body runs on with a
// sentence's end, and is still joined. A line of wide characters counts,
// on a Chinese or Japanese page.
func (b *builder) wideLineOverTitle(start, i int) bool {
	bl := &b.block
	if b.measure == 0 || i-1 != start || b.lang == "ko" || lineColumns(bl.ls[i-1]) <= b.measure+2 {
		return false // (a Korean page wraps between words, its lines' widths vary: kowordwrap.go)
	}
	if p := bl.ls[i-1].text; asciiBytes(p)*4 > len(p) {
		return false // (Latin words and figures wrap wider than ideographs)
	}
	l := bl.ls[i]
	return !l.indent && b.clearlyShort(l.text) && bl.titleLine(i)
}
