package pdf

// item is one unit of column flow: a line of text (or an empty spacer) with
// the space above it and whether a column may end after it.
type item struct {
	h     float64 // height of the line's slot
	space float64 // space above, dropped at the top of a column
	// keep forbids a column break after this item: heading lines (never last
	// in a column), a paragraph's first line (no orphan) and its
	// second-to-last line (no widow).
	keep bool

	line      PlacedLine // X and Y relative to the slot's top-left
	mark      *Mark      // outline entry whose Y is relative to the slot top
	ruleAbove bool       // draw a rule at the slot's top (editor's note)
	ruleBelow bool
}

const eps = 1e-6

// fillColumn places items from start into one column of height colH and
// returns the index after the last item placed and the height used. It ends
// the column at the last allowed break; when a run of kept items is taller
// than the column it breaks where the column is full, and it always places at
// least one item so that flow makes progress.
func fillColumn(items []item, start int, colH float64) (end int, used float64) {
	y := 0.0
	good, goodY := start, 0.0
	i := start
	for ; i < len(items); i++ {
		s := items[i].space
		if i == start {
			s = 0
		}
		if y+s+items[i].h > colH+eps {
			break
		}
		y += s + items[i].h
		if !items[i].keep || i == len(items)-1 {
			good, goodY = i+1, y
		}
	}
	switch {
	case i == len(items):
		return i, y
	case good > start:
		return good, goodY
	case i > start:
		return i, y
	}
	return start + 1, items[start].h
}

// fitColumns reports how far n columns of height colH take the items from
// start, and the tallest column used.
func fitColumns(items []item, start, n int, colH float64) (end int, tallest float64) {
	end = start
	for c := 0; c < n && end < len(items); c++ {
		var used float64
		end, used = fillColumn(items, end, colH)
		tallest = max(tallest, used)
	}
	return end, tallest
}

// balance returns the smallest column height, a whole number of steps and
// at most colH, at which n columns hold all items from start; ok is false
// when even colH is not enough.
func balance(items []item, start, n int, colH, step float64) (h float64, ok bool) {
	if end, _ := fitColumns(items, start, n, colH); end < len(items) {
		return colH, false
	}
	lo, hi := 1, int(colH/step+eps)
	if hi < 1 {
		return colH, true
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if end, _ := fitColumns(items, start, n, float64(mid)*step); end == len(items) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return float64(lo) * step, true
}

// column is a placed column: the items [from, to) set from the top y.
type column struct {
	x, y     float64
	from, to int
}

// placeColumns flows items from start into n columns of height colH whose
// left edges are xs, from the top y, and returns the columns and the index
// after the last placed item.
func placeColumns(items []item, start int, xs []float64, y, colH float64) ([]column, int) {
	var cols []column
	end := start
	for _, x := range xs {
		if end >= len(items) {
			break
		}
		next, _ := fillColumn(items, end, colH)
		cols = append(cols, column{x: x, y: y, from: end, to: next})
		end = next
	}
	return cols, end
}

// emit puts a column's items on the page.
func (c column) emit(items []item, p *Page, colW float64) (bottom float64) {
	y := c.y
	for i := c.from; i < c.to; i++ {
		it := items[i]
		if i > c.from {
			y += it.space
		}
		if it.ruleAbove {
			p.Rules = append(p.Rules, Rule{X1: c.x, Y1: y, X2: c.x + colW, Y2: y, Width: 0.6})
		}
		if it.line.Set != nil {
			l := it.line
			l.X += c.x
			l.Y += y
			p.Lines = append(p.Lines, l)
		}
		if it.mark != nil {
			m := *it.mark
			m.Y += y
			p.Marks = append(p.Marks, m)
		}
		y += it.h
		if it.ruleBelow {
			p.Rules = append(p.Rules, Rule{X1: c.x, Y1: y, X2: c.x + colW, Y2: y, Width: 0.6})
		}
	}
	return y
}
