package pdf

import "math"

// wholeColumns returns the width of each of n columns, the gap between
// them, and the left edge and width of the text area they fill, given the
// configured gap and the area left between the margins. A print shop sets
// a column a whole number of characters wide (an 11-字 or 13-字 column):
// a line of ideographs then fills its measure with no space between its
// characters, and justification only ever spreads the lines that hold
// Latin text or a mark set half width. What the whole characters leave
// over (less than an em a column) is shared equally by the gaps and the
// two side margins, so the columns stay centred on the paper and the
// gutters stay equal. A column narrower than one character keeps its
// exact share.
//
// Vertical pages keep their exact shares (the caller does not ask): their
// tiers' lengths decide how poppler orders vertical text, and whole
// characters there read back worse on the samples (check_vertical.py's
// fidelity fell on 17 of 88 sample pages, Korean most).
func wholeColumns(n int, gap, em, left, width float64) (colW, gap2, left2, width2 float64) {
	colW = (width - float64(n-1)*gap) / float64(n)
	chars := math.Floor(colW/em + 1e-9)
	if chars < 1 {
		return colW, gap, left, width
	}
	whole := chars * em
	share := (colW - whole) * float64(n) / float64(n+1)
	return whole, gap + share, left + share, width - 2*share
}
