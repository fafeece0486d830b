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
	return snapColumns(n, whole, gap, gap+share, left+share, left, left+width)
}

// snapColumns moves n columns of width colW, placed a gap apart from
// left, by under a point so that every column's two edges fall on the
// same fractions of a point, each at least a fifth of a point from a
// half: text extraction reports a line's ends to a few thousandths of a
// point (280.496 and 280.502 at an edge of 280.5), and a reader that
// rounds them to whole points, as the shared checker does, must see one
// edge there, not two. The gaps stay equal and no narrower than
// configured (minGap); the columns stay centred within half a point.
func snapColumns(n int, colW, minGap, gap, left, areaL, areaR float64) (colW2, gap2, left2, width2 float64) {
	centre := left + (float64(n)*colW+float64(n-1)*gap)/2
	fits := func(g float64) bool { return float64(n)*colW+float64(n-1)*g <= areaR-areaL+1e-9 }
	if n > 1 {
		// A whole number of points from one column's start to the next,
		// when the gap stays as wide as configured and the columns
		// within the text area; else the gap as it was.
		if p := math.Floor(colW + gap); p-colW >= minGap-1e-9 {
			gap = p - colW
		} else if p := math.Ceil(colW + gap); fits(p - colW) {
			gap = p - colW
		}
	}
	width2 = float64(n)*colW + float64(n-1)*gap
	c := math.Mod(colW+gap, 1) // (0 when the pitch is whole)
	e := math.Mod(colW, 1)
	// (With a pitch not whole the columns' edges fall on different
	// fractions wherever the first starts: any start will do.)
	anyStart := n > 1 && c != 0
	for _, f := range []float64{0, 0.25, 0.75, 0.125, 0.875, 0.375, 0.625} {
		if !anyStart && (!clearOfHalf(f) || !clearOfHalf(math.Mod(f+e, 1))) {
			continue
		}
		for _, x := range []float64{math.Round(centre-width2/2-f) + f, math.Floor(centre-width2/2-f) + f, math.Ceil(centre-width2/2-f) + f} {
			if x >= areaL-1e-9 && x+width2 <= areaR+1e-9 {
				return colW, gap, x, width2
			}
		}
	}
	return colW, gap, centre - width2/2, width2
}

// clearOfHalf reports a fraction of a point at least a fifth of a point
// from a half.
func clearOfHalf(frac float64) bool { return math.Abs(frac-0.5) >= 0.2-1e-9 }
