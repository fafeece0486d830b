package pdf

import (
	"strings"

	"github.com/paiban/paiban/layout"
)

// Text extraction (poppler's pdftotext and the tools built on it) sees a
// glyph's box where it is drawn, and groups and orders lines by those
// boxes. The functions here widen the box of some lines — never what is
// seen on the page — by drawing them inside a marked span whose ActualText
// is their text: the span's extent becomes the box.

// reach reports whether a line is to be drawn in a span that widens it for
// text extraction: when it has a Reach and its ink starts right of it, or a
// ReachEnd and its ink ends left of it.
func (r *renderer) reach(l placedLine) bool {
	gs := l.Line.Glyphs
	first, last := -1, -1
	for i, g := range gs {
		if isBlank(g.Text) {
			continue
		}
		if fi, _ := l.setAt(i).resolve(g.Text); fi < 0 {
			return false // a drawn box has no glyph to open or close a span
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 {
		return false
	}
	return l.Reach > 0 && l.X+gs[first].X+gs[first].Offset > l.Reach+squeezeMin ||
		l.ReachEnd > 0 && l.X+gs[last].X+gs[last].Advance < l.ReachEnd-squeezeMin
}

// reached draws a line inside one marked span whose ActualText is the
// line's text, opened by an invisible glyph at its Reach and closed by one
// ending at its ReachEnd: text extraction (poppler) takes the span's extent
// for the line's box. It widens the box of a column's first line to the
// column (poppler adds a line to a block only when it overlaps the block
// horizontally, so a column whose first lines are short and set apart, a
// flush-left dateline above a flush-right byline say, would fall apart into
// blocks that can be read out of order), of a heading to its band and of an
// article's head to the measure. Spans do not nest, so squeezed glyphs
// inside go without their own.
func (r *renderer) reached(l placedLine) {
	gs := l.Line.Glyphs
	r.f.RawWriteStr("/Span <</ActualText " + utf16Hex(strings.TrimSpace(l.text())) + ">> BDC")
	r.setTc(0)
	for i, g := range gs {
		if isBlank(g.Text) {
			continue
		}
		if l.Reach > 0 && l.X+g.X+g.Offset > l.Reach+squeezeMin {
			fi, t := l.setAt(i).resolve(g.Text)
			r.setFont(fi, l.Size)
			r.f.RawWriteStr("3 Tr")
			r.f.Text(l.Reach, l.Y, t)
			r.f.RawWriteStr("0 Tr")
		}
		break
	}
	r.glyphs(l, false)
	r.setTc(0) // the span's box is measured with the Tc current at EMC
	for i := len(gs) - 1; i >= 0; i-- {
		g := gs[i]
		if isBlank(g.Text) {
			continue
		}
		if l.ReachEnd > 0 && l.X+g.X+g.Advance < l.ReachEnd-squeezeMin {
			fi, t := l.setAt(i).resolve(g.Text)
			w := 0.0
			for _, ru := range t {
				w += r.table.faces[fi].Advance(ru) * l.Size
			}
			r.setFont(fi, l.Size)
			r.f.RawWriteStr("3 Tr")
			r.f.Text(l.ReachEnd-w, l.Y, t)
			r.f.RawWriteStr("0 Tr")
		}
		break
	}
	r.f.RawWriteStr("EMC")
}

// endOverhang returns how far past the end of its cell ln's last drawn
// glyph's box reaches: the empty half of a line-end mark that layout set
// at its inked half (edge punctuation), else 0. A column line widened to
// the column's edge for text extraction (its first line, a section head in
// its band) is widened that much further, so that it reads as a full line
// whose mark's empty half lies outside the measure, as the mark is set
// when a line fills the measure (clreq 3.1.7), not as one ending in the
// mark's full box at the edge: a notch. A flush-right line's mark keeps
// its full cell and reaches no further.
func endOverhang(ln layout.Line) float64 {
	g, ok := lastInked(ln)
	if over := g.Offset + g.Natural - g.Advance; ok && over > squeezeMin {
		return over
	}
	return 0
}

// lastInked returns a line's last glyph that is not blank, or false.
func lastInked(ln layout.Line) (layout.Glyph, bool) {
	for i := len(ln.Glyphs) - 1; i >= 0; i-- {
		if g := ln.Glyphs[i]; !isBlank(g.Text) {
			return g, true
		}
	}
	return layout.Glyph{}, false
}

// text returns the text a line draws: each glyph's stand-in where it has
// one, the cluster itself where it is drawn from outlines, spaces kept.
func (l placedLine) text() string {
	var b strings.Builder
	for i, g := range l.Line.Glyphs {
		if isBlank(g.Text) {
			b.WriteString(g.Text)
			continue
		}
		if d := l.setAt(i).drawing(g.Text); d.outline >= 0 {
			b.WriteString(g.Text) // drawn from its outline: the real character
		} else if d.text != "" {
			b.WriteString(d.text)
		}
	}
	return b.String()
}

// separator draws an invisible line across the page between two strips of
// a newspaper page: a span whose ActualText is a soft hyphen (U+00AD, which
// text extraction keeps as a character and readers do not show), opened by
// an invisible glyph at the line's left and closed by one ending at its
// right. Poppler orders text blocks by Breuel's rules, which read a block
// left of another first unless some block lies between them across both;
// without the separator the short columns at the foot of one strip would
// be read after the first block of the strip below.
func (r *renderer) separator(l placedLine) {
	gs := l.Line.Glyphs
	if len(gs) < 2 {
		return
	}
	fi, t := l.Set.resolve(gs[0].Text)
	if fi < 0 {
		return
	}
	r.f.RawWriteStr("/Span <</ActualText <FEFF00AD>>> BDC")
	r.setTc(0)
	r.setFont(fi, l.Size)
	r.f.RawWriteStr("3 Tr")
	r.f.Text(l.X+gs[0].X, l.Y, t)
	r.f.Text(l.X+gs[1].X, l.Y, t)
	r.f.RawWriteStr("0 Tr")
	r.f.RawWriteStr("EMC")
}
