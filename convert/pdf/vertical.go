package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/paiban/paiban/layout"
)

// Vertical pages (縦組み, 竖排) are built as horizontal pages on the paper
// turned a quarter, then turned back (turnPages): the builder's lines,
// which run left to right and follow one another downwards, become
// columns running top to bottom that follow one another leftwards; its
// columns become tiers (段) stacked down the page; an article's head,
// which spans all columns above the body, becomes tall lines spanning all
// tiers at the body's right, the kicker right of the headline and the
// subheadline left of it. Everything the flow does (balanced columns,
// headings kept with their text, no widows, page breaks) carries over
// unchanged, and every line is still set by layout.Break, with
// Options.Vertical measuring it down the page.
//
// The builder's paper is the real paper turned: its width is the page's
// height. Its margins are the page's, turned the same way: the builder's
// top margin (the folio's) is the page's right margin, its bottom margin
// (the running footer's) the page's left one, its left and right margins
// the page's top and bottom.

// turnPage turns a page built on the turned paper back onto the real
// paper, paperW points wide: builder point (x, y) goes to (paperW − y, x).
// A line's X becomes the centre of its column, its Y the column's top.
func turnPage(p *pageLayout, paperW float64) {
	for i := range p.Lines {
		l := &p.Lines[i]
		// The baseline sits 0.38em below the centre of the slot (see
		// baseline): the centre is the column's axis.
		cx := paperW - (l.Y - 0.38*l.Size)
		l.X, l.Y = cx, l.X
		l.Reach, l.ReachEnd = 0, 0
		l.Vertical = true
	}
	for i := range p.Rules {
		ru := &p.Rules[i]
		ru.X1, ru.Y1, ru.X2, ru.Y2 = paperW-ru.Y1, ru.X1, paperW-ru.Y2, ru.X2
	}
	for i := range p.Boxes {
		bx := &p.Boxes[i]
		bx.X, bx.Y, bx.W, bx.H = paperW-(bx.Y+bx.H), bx.X, bx.H, bx.W
	}
	for i := range p.Marks {
		p.Marks[i].Y = 0 // an article starts at a column, not a height: the page's top
	}
}

// turned returns the configuration the builder of a vertical page works
// with: the paper turned a quarter. The layout is decided on the real
// paper first: the turned paper's height is the real one's width, so the
// automatic choice (newspaper pages on A3 and larger) asked of it would
// set A3 and Tabloid pages as flowing ones, in the newspaper's tiers.
func (c *config) turned() *config {
	t := *c
	if c.layout == LayoutAuto {
		t.layout = LayoutFlow
		if c.newspaper() {
			t.layout = LayoutNewspaper
		}
	}
	t.paperW, t.paperH = c.paperH, c.paperW
	return &t
}

// rightToLeft adds /ViewerPreferences <</Direction /R2L>> to the catalog of
// pdf, as fpdf has no option for it: viewers then show facing pages bound
// on the right, as vertical text reads. The catalog is the last object fpdf
// writes, but every xref offset after the insertion is moved all the same.
func rightToLeft(pdf []byte) ([]byte, error) {
	const key = "/Type /Catalog"
	at := bytes.LastIndex(pdf, []byte(key))
	if at < 0 {
		return nil, fmt.Errorf("pdf: no catalog to mark right to left")
	}
	at += len(key)
	ins := []byte("\n/ViewerPreferences <</Direction /R2L>>")
	out := make([]byte, 0, len(pdf)+len(ins))
	out = append(out, pdf[:at]...)
	out = append(out, ins...)
	out = append(out, pdf[at:]...)
	return shiftXref(out, at, len(ins))
}

// shiftXref moves every offset in pdf's (only) xref table and its startxref
// that lies at or after pos by delta bytes.
func shiftXref(pdf []byte, pos, delta int) ([]byte, error) {
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	if sx < 0 {
		return nil, fmt.Errorf("pdf: no startxref")
	}
	numStart := sx + len("startxref\n")
	numEnd := numStart
	for numEnd < len(pdf) && pdf[numEnd] >= '0' && pdf[numEnd] <= '9' {
		numEnd++
	}
	xref, err := strconv.Atoi(string(pdf[numStart:numEnd]))
	if err != nil {
		return nil, fmt.Errorf("pdf: startxref: %w", err)
	}
	if xref >= pos {
		xref += delta
	}
	if xref+5 > len(pdf) || string(pdf[xref:xref+5]) != "xref\n" {
		return nil, fmt.Errorf("pdf: xref table not where startxref says")
	}
	// Entries are 20 bytes: 10 digits of offset, generation, n/f, EOL.
	lines := strings.SplitAfterN(string(pdf[xref:xref+min(len(pdf)-xref, 64)]), "\n", 3)
	if len(lines) < 3 {
		return nil, fmt.Errorf("pdf: short xref table")
	}
	var first, count int
	if _, err := fmt.Sscanf(lines[1], "%d %d", &first, &count); err != nil {
		return nil, fmt.Errorf("pdf: xref subsection: %w", err)
	}
	e := xref + len(lines[0]) + len(lines[1])
	for k := 0; k < count; k++ {
		ent := pdf[e+20*k : e+20*k+20]
		if ent[17] != 'n' {
			continue
		}
		off, err := strconv.Atoi(string(ent[:10]))
		if err != nil {
			return nil, fmt.Errorf("pdf: xref entry: %w", err)
		}
		if off >= pos {
			copy(ent[:10], fmt.Sprintf("%010d", off+delta))
		}
	}
	out := append([]byte{}, pdf[:numStart]...)
	out = append(out, strconv.Itoa(xref)...)
	return append(out, pdf[numEnd:]...), nil
}

// headAlign is how an article's head lines sit in the measure: centred
// over the columns across, from the top down the page (a vertical
// headline starts at the top of the text area, as newspapers set it).
func (b *builder) headAlign() layout.Align {
	if b.cfg.vertical {
		return layout.AlignStart
	}
	return layout.AlignCenter
}
