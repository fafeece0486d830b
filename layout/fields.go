package layout

import "math"

// fieldBreaks keeps the line breaks of a table row set as text
// (Options.Fields) that does not fit on one line to the spaces between its
// fields: inside each field that fits on a wrapped line, no break is
// allowed, so the greedy breaker sets as many whole fields on a line as
// fit. A field wider than a wrapped line keeps its breaks.
func (b *Breaker) fieldBreaks() {
	cl := b.cl
	n := len(cl)
	if !b.opt.Fields || n == 0 || b.natW(0, n) <= b.avail(true)+eps {
		return
	}
	hung := b.avail(false)
	for s := 0; s < n; {
		if cl[s].cls == clsSpace {
			s++
			continue
		}
		e := s
		for e < n && cl[e].cls != clsSpace {
			e++
		}
		if b.natW(s, e) <= hung+eps {
			for k := s; k < e-1; k++ {
				if cl[k].brk == brkMay {
					cl[k].brk = brkNo
				}
			}
		}
		s = e
	}
}

// spreadFields justifies a line of a table row set as text
// (Options.Fields), its last line too, at the spaces between its fields
// only, as a table row is spread across its column (a figure flush with
// the edge), never by spacing the letters of a field. It returns the space
// placed: none for a line of one field, which the caller sets flush start
// on the row's first line and flush end on a wrapped line (the figure
// under its row's end).
//
// Where the row parts its fields with ideographic spaces (원·달러 환율　1,398.20원),
// only those are spread: its other spaces are word spaces inside a field.
func (b *Breaker) spreadFields(cl []cluster, g []Glyph, extra float64) float64 {
	spaces, wide := 0, 0
	for k := 0; k < len(cl)-1; k++ {
		if cl[k].cls == clsSpace {
			spaces++
			if cl[k].r == '\u3000' {
				wide++
			}
		}
	}
	gap := func(c *cluster) bool { return c.cls == clsSpace && (wide == 0 || c.r == '\u3000') }
	if wide > 0 {
		spaces = wide
	}
	if spaces == 0 {
		return 0
	}
	each, rest := extra/float64(spaces), 0.0
	if grid := b.opt.Grid; grid > 0 {
		units := math.Floor(extra/grid + eps)
		each = math.Floor(units/float64(spaces)) * grid
		rest = units*grid - each*float64(spaces)
	}
	placed := 0.0
	for k := 0; k < len(cl)-1; k++ {
		if !gap(&cl[k]) {
			continue
		}
		a := each
		if rest > eps { // (on a grid, the leftover units go to the first gaps)
			a += b.opt.Grid
			rest -= b.opt.Grid
		}
		g[k].Advance += a
		placed += a
	}
	return placed
}
