package newstext

// A box's line runs as wide as its figures need: a soccer box's score
// line with the halves in brackets (神港ＦＣ　２（０―１、２―０）１　浪速Ｕ),
// its scorers' line (【得】浪　小川（前１２分）神　村上…), a game's label.
// Set wider than the page's measure, such a line was not wrapped there by
// the typesetter, and it is no sign that the page has a wider measure: it
// is a row of its own, and the line under it (the next row, or the next
// story's headline over its subheadline) is never its continuation.

// wideRow reports line a, a box's row or a game's label of wide
// characters, more than one wide character over a measure taken from
// many lines (a row may run one character over the column, as kinsoku
// leaves a full line).
func (b *builder) wideRow(a srcLine) bool {
	if b.measure == 0 || b.weak || lineColumns(a) <= b.measure+2 || asciiBytes(a.text)*4 > len(a.text) {
		return false
	}
	// (Not a line of fields merely padded apart, paddedRow: an OCR'd
	// credit, 本报讯（记者　孙立伟　通讯员　周　敏）, runs as wide.)
	return tableRow(a.text) > 0 || boxRow(a.text) || listDot(a.text) || gameLabel(a.text)
}

// wideLineUnder reports line a, of wide characters, more than one wide
// character over a measure taken from many lines: set apart, it is no
// wrapped line's continuation (the line above it ended there on purpose).
func (b *builder) wideLineUnder(a srcLine) bool {
	return b.measure > 0 && !b.weak && lineColumns(a) > b.measure+2 && asciiBytes(a.text)*4 <= len(a.text)
}
