package layout

import (
	"math"
	"strings"
	"unicode/utf8"
)

// A small table set as text in a story (match results, a weather box,
// market prices) is a run of rows of fields parted by spaces. Set as body
// paragraphs, each row is an indented short line and the columns wander
// with the fields' widths. A print shop sets the run as a table: every row
// one line, flush with the measure's start, each column as wide as its
// widest field, figures set flush right within their column, and the
// columns spread over the measure so that the last one ends at its edge,
// as a justified line does. Where spreading would open gaps wider than
// the caller allows (a terminal's 72 cells) the gaps stay at that and the
// table ends short of the edge.

// TableMinGap is the least space between two columns of a table, in em:
// half an em, as wide as the source's space between fields or wider.
const TableMinGap = 0.5

// Table sets rows (each the text of one table row, fields parted by
// spaces) as one line each, their fields in columns (see above), with at
// most maxGap em between two columns (no bound when maxGap is 0). It
// reports false when the rows do not all fit the measure (o.Width less
// o.Indent) with TableMinGap between their columns: the caller then sets
// them as paragraphs. A row's glyphs carry its fields' text, not the
// spaces between them; Start and End span the whole row, every line is
// Last and none is Ragged. Positions are whole multiples of o.Grid when it
// is set. The lines' glyphs are the caller's.
func Table(rows []string, m Measurer, o Options, maxGap float64) ([]Line, bool) {
	em := m.Em()
	if em <= 0 {
		em = 1
	}
	grid := o.Grid
	snap := func(x float64) float64 {
		if grid > 0 {
			return math.Ceil(x/grid-1e-9) * grid
		}
		return x
	}
	// Each field set alone, as the breaker sets a word: its glyphs, with
	// the CJK–Latin space inside it, at their natural advances.
	fo := o
	fo.Width, fo.Indent, fo.Align, fo.Phrases = math.MaxFloat64/4, 0, AlignStart, false
	type field struct {
		g []Glyph
		w float64
	}
	fields := make([][]string, len(rows))
	for i, row := range rows {
		fields[i] = strings.Fields(row)
	}
	slots := TableSlots(fields)
	n := 0 // the run's columns
	for _, s := range slots {
		if len(s) > 0 {
			n = max(n, s[len(s)-1]+1)
		}
	}
	cells := make([][]field, len(rows))
	widths := make([]float64, n)
	figures := make([]bool, n) // the column's fields below the first row are figures
	for k := range figures {
		figures[k] = true
	}
	cols := make([][]int, len(rows)) // the column of each of a row's cells
	for i, fs := range fields {
		for j := 0; j < len(fs); {
			// A cell: the fields that share a column (a label of two
			// words: TableSlots), set as one phrase with its space.
			k, e := slots[i][j], j+1
			for e < len(fs) && slots[i][e] == k {
				e++
			}
			f := strings.Join(fs[j:e], " ")
			j = e
			ls := Break(f, m, fo)
			if len(ls) != 1 {
				return nil, false
			}
			c := field{g: ls[0].Glyphs, w: snap(ls[0].Width)}
			widths[k] = max(widths[k], c.w)
			if i > 0 && !IsFigure(f) {
				figures[k] = false
			}
			cells[i] = append(cells[i], c)
			cols[i] = append(cols[i], k)
		}
	}
	if n < 2 {
		return nil, false
	}
	total := 0.0
	for _, w := range widths {
		total += w
	}
	measure := o.Width - o.Indent*em
	gap := snap(TableMinGap * em)
	if total+float64(n-1)*gap > measure+1e-9 {
		return nil, false
	}
	// Spread: the slack shared by the gaps, whole grid steps each, the
	// first gaps taking what does not divide evenly.
	slack := measure - total
	each := slack / float64(n-1)
	spread := maxGap <= 0 || each <= maxGap*em
	if !spread {
		each = maxGap * em
	}
	extra := 0.0
	if grid > 0 {
		each = math.Floor(each/grid+1e-9) * grid
		if spread {
			extra = slack - each*float64(n-1)
		}
	}
	starts := make([]float64, n)
	x := o.Indent * em
	for k := range n {
		starts[k] = x
		x += widths[k] + each
		if extra >= grid && grid > 0 {
			x += grid
			extra -= grid
		}
	}
	width := starts[n-1] + widths[n-1] - o.Indent*em
	// at is where the field of width w in column k starts: figures (and
	// the last column, whose end is the table's) flush right in their
	// column, text flush left.
	at := func(k int, w float64) float64 {
		if figures[k] || k == n-1 {
			return starts[k] + (widths[k] - w)
		}
		return starts[k]
	}
	lines := make([]Line, len(rows))
	for i, row := range rows {
		var g []Glyph
		for j, c := range cells[i] {
			x := at(cols[i][j], c.w)
			for _, gl := range c.g {
				gl.X += x
				g = append(g, gl)
			}
			if j+1 < len(cells[i]) && len(g) > 0 {
				// The space to the next field, as justification's gap.
				last := &g[len(g)-1]
				last.Gap = at(cols[i][j+1], cells[i][j+1].w) - (last.X + last.Advance)
			}
		}
		lines[i] = Line{Glyphs: g, Width: width, Start: 0, End: len(row), Last: true}
	}
	return lines, true
}

// IsFigure reports a table field that reads as a number: it opens with a digit
// or a sign before one (102:98, -3℃～6℃, +2.1%, ９４９億ドル), the signs
// including the triangles of a market's change (▲53.21, ▼9.7원, △0.5).
func IsFigure(s string) bool {
	s = strings.TrimLeft(s, "+-−＋－±▲▼△▽")
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}
