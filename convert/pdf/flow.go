package pdf

import (
	"math"
	"unicode/utf8"

	"github.com/paiban/paiban/layout"
)

// item is one unit of column flow: a line of text in its slot, and whether
// a column may end after it. Items follow one another with no space
// between: see blockStyle for why.
type item struct {
	h float64 // height of the line's slot
	// above is the space at the slot's top before the line (a section
	// heading's space above it): the band and rules start below it.
	above float64
	// tight is the space above taken away from a section heading at a
	// column's top (tightenHeads), kept to give it back should the
	// heading move down its column when the columns are placed again;
	// restored records that it was given back once.
	tight    float64
	restored bool
	// keep forbids a column break after this item: heading lines (never last
	// in a column), a paragraph's first line (no orphan) and its
	// second-to-last line (no widow).
	keep bool

	line      placedLine   // X and Y relative to the slot's top-left
	mark      *outlineMark // outline entry whose Y is relative to the slot top
	ruleAbove bool         // draw a rule at the slot's top (editor's note)
	ruleBelow bool
	band      bool // tint the slot behind the line (section heading)
	// bridge, when set, is an invisible line in the space above a
	// section heading (relative to the slot's top-left, like line) that
	// keeps the column one block for text extraction (see bridgeLine).
	bridge *placedLine
	// join, on a vertical page, is the invisible line that joins the line
	// to the one before it in its column for text extraction where poppler
	// would not (see builder.joinBridge), relative to the slot's top-left
	// like line; column.emit draws it only where it is needed.
	join *placedLine
	// lead, on a vertical newspaper page, is the invisible line that
	// starts a line in small type at its tier's top for text extraction
	// (see builder.leadLine), relative to the slot's top-left like line;
	// column.emit draws it only after lines in larger type that start
	// higher.
	lead *placedLine
}

// bandGray is the lightness of a heading's band: a light tint that sets the
// heading apart without the empty slot that would split the column's text.
const bandGray = 0.88

const eps = 1e-6

// fillColumn places items from start into one column of height colH and
// returns the index after the last item placed and the height used. It ends
// the column at the last allowed break; when a run of kept items is taller
// than the column it breaks where the column is full, and it always places at
// least one item so that flow makes progress. clean is false when the column
// had to end at such a forbidden break (a heading last, a paragraph's single
// line at the bottom or the top of the next column).
func fillColumn(items []item, start int, colH float64) (end int, used float64, clean bool) {
	y := 0.0
	good, goodY := start, 0.0
	i := start
	for ; i < len(items); i++ {
		h := items[i].h
		if !atColumnTop(items, i, start) {
			// A heading tightened at a column's top takes its space
			// again anywhere else (tightenHeads).
			h += items[i].tight
		}
		if y+h > colH+eps {
			break
		}
		y += h
		if !items[i].keep || i == len(items)-1 {
			good, goodY = i+1, y
		}
	}
	switch {
	case i == len(items):
		return i, y, true
	case good > start:
		return good, goodY, true
	case i > start:
		return i, y, false
	}
	return start + 1, items[start].h, start+1 == len(items) || !items[start].keep
}

// fitColumns reports how far n columns of height colH take the items from
// start, the tallest column used, and whether every column ended at an
// allowed break and none holds a lone line of a longer block.
func fitColumns(items []item, start, n int, colH float64) (end int, tallest float64, clean bool) {
	end, clean = start, true
	for c := 0; c < n && end < len(items); c++ {
		from := end
		var used float64
		var ok bool
		end, used, ok = fillColumn(items, end, colH)
		tallest = max(tallest, used)
		clean = clean && ok && !(end == from+1 && lone(items, from))
	}
	return end, tallest, clean
}

// lone reports whether item i, set alone in a column, would be one line of a
// longer block standing by itself.
func lone(items []item, i int) bool {
	b := items[i].line.Block
	return (i > 0 && items[i-1].line.Block == b) || (i+1 < len(items) && items[i+1].line.Block == b)
}

// balance returns the smallest column height, a whole number of steps and
// at most colH, at which n columns hold all items from start; ok is false
// when even colH is not enough. A height that holds everything only by
// breaking a column where breaks are forbidden — two lines of a paragraph
// balanced into one line per column, each alone — is passed over for a
// taller one whenever one exists.
func balance(items []item, start, n int, colH, step float64) (h float64, ok bool) {
	end, _, clean := fitColumns(items, start, n, colH)
	if end < len(items) {
		return colH, false
	}
	steps := int(colH/step + eps)
	if steps < 1 {
		return colH, true
	}
	total := 0.0
	for _, it := range items[start:] {
		total += it.h
	}
	lo := max(1, int(total/float64(n)/step-eps))
	first := -1 // smallest height that fits, breaks allowed or not
	for k := lo; k <= steps; k++ {
		end, _, ok := fitColumns(items, start, n, float64(k)*step)
		if end < len(items) {
			continue
		}
		if ok || !clean {
			return float64(k) * step, true
		}
		if first < 0 {
			first = k
		}
	}
	if first > 0 {
		return float64(first) * step, true
	}
	return colH, true
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
		next, _, _ := fillColumn(items, end, colH)
		cols = append(cols, column{x: x, y: y, from: end, to: next})
		end = next
	}
	return cols, end
}

// emit puts a column's items on the page.
func (c column) emit(items []item, p *pageLayout, colW float64) (bottom float64) {
	y := c.y
	first, spaced := true, false
	// prevTop is where the line before starts (its box's top, an em above
	// its first glyph, as poppler boxes a vertical glyph), prevSize its
	// size: a line in smaller type that starts lower is given its lead
	// (builder.leadLine). Only the line before counts: poppler chooses
	// the block to start among the lines within 16pt of the leftmost,
	// and the line before that stands a pitch further.
	prevTop, prevSize := math.Inf(1), 0.0
	for i := c.from; i < c.to; i++ {
		it := items[i]
		if l := it.line; l.Set != nil && !l.Artifact {
			from, _ := lineSpan(l)
			top := from - l.Size
			if it.lead != nil && !first && prevSize > l.Size && top > prevTop+eps {
				ld := *it.lead
				ld.X += c.x
				ld.Y += y
				p.joins = append(p.joins, ld)
			}
			prevTop, prevSize = top, l.Size
		}
		if it.join != nil && !first && apart(items[i-1], it) {
			l := *it.join
			l.X += c.x
			l.Y += y
			p.joins = append(p.joins, l)
		}
		if it.band {
			p.Boxes = append(p.Boxes, fillBox{X: c.x, Y: y + it.above, W: colW, H: it.h - it.above, Gray: bandGray})
		}
		if it.bridge != nil && it.above > 0 && !first {
			l := *it.bridge
			l.X += c.x
			l.Y += y
			p.Lines = append(p.Lines, l)
		}
		if it.ruleAbove {
			p.Rules = append(p.Rules, ruleLine{X1: c.x, Y1: y, X2: c.x + colW, Y2: y, Width: 0.6})
		}
		if it.line.Set != nil {
			l := it.line
			l.X += c.x
			l.Y += y
			if l.Reach > 0 {
				l.Reach += c.x
			}
			if l.ReachEnd > 0 {
				l.ReachEnd += c.x
			}
			spaced = it.band && (it.above > 0 || spaced)
			if spaced && !opensWithBracket(l.Line) {
				// A heading with space above it follows no paragraph's
				// short last line (the bridge in that space starts
				// mid-column), so its lines read as its band, from the
				// column's left edge: at an inset, heads could outnumber
				// the lines starting at the edge in a short column, or
				// meet indented paragraphs opening with a half-width
				// bracket (1.5em), and be taken for the column's edge.
				// A line opening with a bracket keeps the inset: at the
				// edge it would read as a full-width bracket there.
				l.Reach = c.x
			}
			if first && !l.Artifact {
				// The column's first line reads as spanning the column,
				// so that text extraction sees the column as one block
				// from its top, whatever lines follow (see renderer.reached).
				end := c.x + colW
				if !it.band {
					// A line-end mark at its inked half stays so (a
					// one-line caption over flush-right credits); a
					// heading's band is widened apart, below. (A line
					// read as reaching the column's end already, the
					// lead-in of a table, is not widened twice.)
					end += endOverhang(l.Line)
				}
				l.Reach, l.ReachEnd, first = c.x, max(l.ReachEnd, end), false
			}
			p.Lines = append(p.Lines, l)
		}
		if it.mark != nil {
			m := *it.mark
			m.Y += y
			p.Marks = append(p.Marks, m)
		}
		y += it.h
		if it.ruleBelow {
			p.Rules = append(p.Rules, ruleLine{X1: c.x, Y1: y, X2: c.x + colW, Y2: y, Width: 0.6})
		}
	}
	return y
}

// apart reports whether poppler would not join the line of item it to
// the line of the item before it in their column into one block, though
// they are one text: lines of one size whose baselines stand more than 1.5
// sizes apart (small type on the body's grid), or that have no length in
// common (a short last line, then a line set flush to the column's end). A
// section heading's space above it has its own bridge (bridgeLine), and
// a line of another size, or page furniture, is never joined.
func apart(prev, it item) bool {
	p, l := prev.line, it.line
	if p.Set == nil || l.Set == nil || p.Artifact || l.Artifact || p.Size != l.Size || it.above > 0 {
		return false
	}
	if prev.h-prev.above > 1.5*l.Size {
		return true
	}
	pf, pt := lineSpan(p)
	lf, lt := lineSpan(l)
	return pt <= lf || lt <= pf
}

// lineSpan is where a line's glyphs run along it, from the start of the
// first to the end of the last, relative to its slot.
func lineSpan(l placedLine) (from, to float64) {
	gs := l.Line.Glyphs
	if len(gs) == 0 {
		return l.X, l.X
	}
	g := gs[len(gs)-1]
	return l.X + gs[0].X + gs[0].Offset, l.X + g.X + g.Offset + g.Advance
}

// opensWithBracket reports whether a line's first character is an opening
// bracket or quote (a character kinsoku keeps from a line's end).
func opensWithBracket(ln layout.Line) bool {
	for _, g := range ln.Glyphs {
		if isBlank(g.Text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(g.Text)
		return layout.NotEnd(r)
	}
	return false
}

// tightenHeads takes the space above a section heading away where it
// only does harm, and reports whether it did (the columns must then be
// placed again): at the top of a column, where it would only push the
// column down, and right under another heading, where the heads stack as
// one. Elsewhere the space stays, bridged for text extraction (see
// builder.bridgeLine). A heading tightened at a column's top that the
// columns placed again move down its column gets its space back, once
// (so that placing ends): else it stood right under the line above it,
// a caption's short last line read as running on into the heading.
func tightenHeads(items []item, cols []column) bool {
	changed := false
	for _, col := range cols {
		for i := col.from; i < col.to; i++ {
			it := &items[i]
			top := atColumnTop(items, i, col.from)
			switch {
			case it.above > 0 && top:
				tighten(it)
				changed = true
			case it.tight > 0 && !top && !it.restored:
				untighten(it)
				changed = true
			}
		}
	}
	return changed
}

// height is the height of a column's items.
func (c column) height(items []item) float64 {
	h := 0.0
	for i := c.from; i < c.to; i++ {
		h += items[i].h
	}
	return h
}

// atColumnTop reports whether item i of a column starting at item from
// stands where a section heading takes no space above it: first in the
// column, or right under another heading's band.
func atColumnTop(items []item, i, from int) bool {
	return i == from || items[i-1].band
}

// tighten takes the space above a section heading's line away.
func tighten(it *item) {
	it.line.Y -= it.above
	it.h -= it.above
	it.tight, it.above = it.above, 0
}

// untighten gives a section heading back the space tighten took.
func untighten(it *item) {
	it.above, it.tight, it.restored = it.tight, 0, true
	it.line.Y += it.above
	it.h += it.above
}
