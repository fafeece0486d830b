package pdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// meta is the document information written into the PDF.
type meta struct {
	title, author, subject, keywords, creator, lang string
	date                                            time.Time
	// vertical is the language of vertical pages (which picks the
	// vertical forms of quotation marks), empty for horizontal ones.
	vertical layout.Lang
}

// renderer draws built pages, one content stream at a time. Text is only
// ever drawn with Text at positions computed by the page builder; nothing
// wraps anything.
type renderer struct {
	f        *content
	table    *fontTable
	ids      []string // fpdf's resource name per face ("" if unused)
	tc       float64  // current character spacing (Tc) on this page
	font     int
	size     float64
	gray     bool
	missed   int  // 〓 drawn as a box because no face had it
	artifact bool // inside a line hidden from text extraction
	dashRun  bool // runs of dashes are drawn as rules (dash.go)
	dashes   map[int]dashStroke
	vertical // vertical lines (vertical_draw.go)
}

// family returns the fpdf family name of face i: a two-letter prefix that
// the post-processing turns into the subset tag, and the PostScript name.
func family(i int, f Face) string {
	return fmt.Sprintf("q%c+%s", 'a'+i, psName(f.Name()))
}

// psName keeps the characters a PDF name can carry without escapes.
func psName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "Font"
	}
	return b.String()
}

// maxFaces is the number of distinct faces one document can use (one
// lowercase letter each in the family prefix).
const maxFaces = 26

// page draws one page into r.f, from its start.
func (r *renderer) page(p *pageLayout) {
	f := r.f
	f.beginPage()
	r.tc = 0
	f.SetLineCapStyle("butt")
	for _, bx := range p.Boxes {
		v := int(math.Round(255 * math.Min(1, math.Max(0, bx.Gray))))
		f.SetFillColor(v, v, v)
		f.Rect(bx.X, bx.Y, bx.W, bx.H, "F")
	}
	for _, ru := range p.Rules {
		if ru.Gray {
			f.SetDrawColor(110, 110, 110)
		} else {
			f.SetDrawColor(0, 0, 0)
		}
		f.SetLineWidth(ru.Width)
		f.Line(ru.X1, ru.Y1, ru.X2, ru.Y2)
	}
	for _, l := range p.Lines {
		r.line(l)
	}
}

// setFont selects face i at size, emitting only real changes.
func (r *renderer) setFont(i int, size float64) {
	if i >= maxFaces {
		r.setVFont(i-maxFaces, size) // a vertical copy
		return
	}
	if i != r.font || size != r.size {
		r.f.setFont(r.ids[i], size)
		r.font, r.size = i, size
	}
}

// setTc sets the character spacing, in points, when it changes.
func (r *renderer) setTc(tc float64) {
	tc = math.Round(tc*1000) / 1000
	if tc != r.tc {
		r.f.buf = strconv.AppendFloat(r.f.buf, tc, 'f', 3, 64)
		r.f.buf = append(r.f.buf, " Tc\n"...)
		r.tc = tc
	}
}

// run is a stretch of glyphs drawn by one Text call: same face, and the
// same difference between each glyph's set advance and its natural one,
// carried by the Tc operator so that text extraction sees every glyph's box
// where it is drawn.
type run struct {
	face   int
	x, tc  float64
	text   strings.Builder
	active bool
}

// line draws one placed line glyph by glyph, merging runs.
func (r *renderer) line(l placedLine) {
	if l.Gray != r.gray {
		if l.Gray {
			r.f.SetTextColor(85, 85, 85)
		} else {
			r.f.SetTextColor(0, 0, 0)
		}
		r.gray = l.Gray
	}
	if l.Artifact {
		// Page furniture is hidden from text extraction with an empty
		// ActualText: poppler ignores /Artifact marks, and a folio read
		// between two pages would split the sentence that runs across them.
		r.f.RawWriteStr("/Span <</ActualText <FEFF>>> BDC")
		r.artifact = true
		defer func() {
			r.f.RawWriteStr("EMC")
			r.artifact = false
		}()
	}
	if l.Separator && !l.Vertical {
		r.separator(l)
		return
	}
	if l.Vertical {
		r.verticalLine(l)
		return
	}
	if l.Actual != "" && !r.artifact {
		r.actual(l)
		return
	}
	if r.reach(l) {
		r.reached(l)
		return
	}
	r.glyphs(l, true)
}

// actual draws a line inside a span whose ActualText is l.Actual: poppler
// reads it as that text spread evenly over the line's glyphs' box, from
// the first glyph's start to the end of the last (each glyph's character
// spacing reaching the next, across the gaps).
func (r *renderer) actual(l placedLine) {
	r.f.RawWriteStr("/Span <</ActualText " + utf16Hex(l.Actual) + ">> BDC")
	r.setTc(0)
	r.glyphs(l, false)
	r.setTc(0) // the span's box is measured with the Tc current at EMC
	r.f.RawWriteStr("EMC")
}

// glyphs draws a line's glyphs, merging runs; spans says whether squeezed
// glyphs may get marked spans of their own.
func (r *renderer) glyphs(l placedLine, spans bool) {
	// Page furniture (a continued article's repeated headline) stays
	// hidden whole: a squeezed mark's span of its own inside its empty
	// ActualText gave the mark, and what followed it, back to extraction.
	spans = spans && !r.artifact
	gs := l.Line.Glyphs
	var cur run
	flush := func() {
		if cur.active {
			r.setFont(cur.face, l.Size)
			r.setTc(cur.tc)
			r.f.Text(cur.x, l.Y, cur.text.String())
		}
		cur = run{}
	}
	for i, g := range gs {
		if isBlank(g.Text) {
			flush()
			continue
		}
		d := l.setAt(i).drawing(g.Text)
		fi, text := d.face, d.text
		if fi < 0 && d.outline < 0 {
			// No stand-in glyph either: an empty box in the glyph's cell.
			flush()
			r.missed++
			r.f.SetLineWidth(0.4)
			r.f.Rect(l.X+g.X+g.Offset+0.1*l.Size, l.Y-0.8*l.Size, 0.8*l.Size, 0.9*l.Size, "D")
			continue
		}
		x := l.X + g.X + g.Offset
		// Where the next glyph starts, or, for the last, the cell's end.
		next := l.X + g.X + g.Advance
		if i+1 < len(gs) && !isBlank(gs[i+1].Text) {
			next = l.X + gs[i+1].X + gs[i+1].Offset
		}
		if d.outline >= 0 {
			flush()
			r.outlined(d, g.Text, l.Size, x, l.Y, next, spans)
			continue
		}
		if r.dashRun && isDash(g.Text) && d.text == g.Text && dashInRun(gs, i) {
			// One unbroken rule across the run (dash.go): into the
			// next dash's cell, short of the run's ends.
			flush()
			x0, x1 := dashExtent(gs, i, l.Size)
			r.dashRule(fi, text, d.advance, l.Size, l.X+x0, l.X+x1, l.Y, next)
			continue
		}
		natural := d.advance * l.Size
		tc := (next - x - natural) / float64(utf8Count(text))
		cell := l.X + g.X
		if i == len(gs)-1 && tc < 0 {
			// A line-end mark set at its inked half (layout's edge
			// punctuation): nothing follows it to overlap, and its whole
			// box, past the measure, shows text extraction where it is.
			tc = 0
		}
		if i == 0 {
			// Likewise a line-start opening mark pulled left of its cell.
			cell = x
		}
		if s := r.hant.mark(r.table, fi, text); s.ok {
			flush()
			r.centredMark(fi, l.Size, l.Y, x, tc, s, text, spans)
			continue
		}
		if spans && (tc < -squeezeMin || x < cell-squeezeMin) {
			// Squeezed punctuation: its natural box would overlap its
			// neighbour, which text extraction reads as a new line.
			flush()
			r.squeezed(fi, l.Size, l.Y, x, cell, tc, text)
			continue
		}
		if cur.active && (cur.face != fi || math.Abs(cur.tc-tc) > 0.002) {
			flush()
		}
		if !cur.active {
			cur = run{face: fi, x: x, tc: tc, active: true}
		}
		cur.text.WriteString(text)
	}
	flush()
}

// outlined draws cluster from its outlines as filled paths in the text
// colour, its origin at x on baseline y, and an invisible stand-in that
// ends at next: inside a span (when span is set) whose ActualText is the
// cluster, so that text extraction reads the real character where it is
// drawn. Poppler ignores a span with no text in it, hence the stand-in.
func (r *renderer) outlined(d drawing, cluster string, size, x, y, next float64, span bool) {
	span = span && !r.artifact // page furniture stays hidden
	if span {
		r.f.RawWriteStr("/Span <</ActualText " + utf16Hex(cluster) + ">> BDC")
	}
	of := r.table.faces[d.outline].(outlineFace)
	pen := x
	drawn := false
	for _, ru := range cluster {
		p, ok := of.Outline(ru)
		if !ok {
			continue // HasOutline said yes, the glyph data said no: leave it blank
		}
		drawn = r.tracePath(p.Cubic(), pen, y, size) || drawn
		pen += p.Advance * size
	}
	if drawn {
		r.fillPaths()
	}
	if d.face >= 0 {
		natural := d.advance * size
		r.setFont(d.face, size)
		r.setTc((next - x - natural) / float64(utf8Count(d.text)))
		r.f.RawWriteStr("3 Tr")
		r.f.Text(x, y, d.text)
		r.f.RawWriteStr("0 Tr")
	}
	if span {
		r.setTc(0) // the span's box is measured with the Tc current at EMC
		r.f.RawWriteStr("EMC")
	}
}

// tracePath adds the contours of p, a glyph outline in em with cubic
// curves only (Path.Cubic), to the current path, its origin at x on
// baseline y; it reports whether there was any. fillPaths fills them.
func (r *renderer) tracePath(p fonts.Path, x, y, size float64) bool {
	at := func(q fonts.Point) (float64, float64) { return x + q.X*size, y - q.Y*size }
	for _, s := range p.Segments {
		switch s.Op {
		case fonts.MoveTo:
			r.f.MoveTo(at(s.Pts[0]))
		case fonts.LineTo:
			r.f.LineTo(at(s.Pts[0]))
		case fonts.CubeTo:
			x1, y1 := at(s.Pts[0])
			x2, y2 := at(s.Pts[1])
			x3, y3 := at(s.Pts[2])
			r.f.CurveBezierCubicTo(x1, y1, x2, y2, x3, y3)
		case fonts.Close:
			r.f.ClosePath()
		}
	}
	return len(p.Segments) > 0
}

// fillPaths fills the current path in the text colour (grey or black).
func (r *renderer) fillPaths() {
	r.setInk()
	r.f.DrawPath("F")
}

// setInk sets the fill colour to the text's: black, or gray for a gray
// line.
func (r *renderer) setInk() {
	v := 0
	if r.gray {
		v = 85
	}
	r.f.SetFillColor(v, v, v)
}

// isBlank reports whether a glyph has no ink (spaces are not drawn).
func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// utf8Count counts the runes of s (at least 1).
func utf8Count(s string) int {
	n := 0
	for range s {
		n++
	}
	return max(n, 1)
}

// squeezeMin is the overlap (points) from which a glyph is set as squeezed.
const squeezeMin = 0.05

// squeezed draws a glyph set narrower than its natural advance, or shifted
// left of its cell (an opening bracket with its empty half squeezed out).
// Text extraction (poppler) measures a glyph by its font width whatever the
// character spacing, so the glyph is wrapped in a marked-content span whose
// ActualText is the glyph itself: the span's extent, from its first glyph's
// origin to the last one's displacement, becomes the extracted box. For a
// shifted glyph an invisible copy at the cell's left edge starts the span.
func (r *renderer) squeezed(face int, size, y, x, cell, tc float64, text string) {
	r.setFont(face, size)
	r.f.RawWriteStr("/Span <</ActualText " + utf16Hex(text) + ">> BDC")
	if x < cell-squeezeMin {
		r.setTc(0)
		r.f.RawWriteStr("3 Tr")
		r.f.Text(cell, y, text)
		r.f.RawWriteStr("0 Tr")
	}
	r.setTc(tc)
	r.f.Text(x, y, text)
	r.setTc(0) // the span's box is measured with the Tc current at EMC
	r.f.RawWriteStr("EMC")
}

// infoText prepares a document information string: each rune outside the
// BMP becomes 〓. Encoded correctly (see cesu8) such a rune makes poppler's
// pdftotext -bbox write invalid UTF-8 (each surrogate on its own) into the
// <meta> head of its output, which breaks the tools that read it; fpdf on
// its own would write two unrelated characters.
func infoText(s string) string {
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return geta
		}
		return r
	}, s)
}

// cesu8 writes each rune of s outside the BMP as its UTF-16 surrogates,
// each in UTF-8's three-byte form (CESU-8): fpdf's UTF-16 encoding of
// metadata and bookmarks reads at most three bytes a rune, so it then
// writes the right surrogate pair. Text without such runes is unchanged.
// Bookmark titles use it.
func cesu8(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r > 0xFFFF }) {
		return s
	}
	var b []byte
	for _, r := range s {
		if r <= 0xFFFF {
			b = utf8.AppendRune(b, r)
			continue
		}
		for _, u := range utf16.Encode([]rune{r}) {
			b = append(b, 0xE0|byte(u>>12), 0x80|byte(u>>6)&0x3F, 0x80|byte(u)&0x3F)
		}
	}
	return string(b)
}

// utf16Hex encodes s as a PDF text string: UTF-16BE with a byte order mark, in hex.
func utf16Hex(s string) string {
	const digits = "0123456789ABCDEF"
	b := make([]byte, 0, 6+4*len(s)/2)
	b = append(b, "<FEFF"...)
	for _, r := range s {
		var pair [2]uint16
		us := pair[:1]
		if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
			pair[0], pair[1], us = uint16(r1), uint16(r2), pair[:2]
		} else if r < 0 || r > 0xFFFF || r >= 0xD800 && r < 0xE000 {
			pair[0] = 0xFFFD
		} else {
			pair[0] = uint16(r)
		}
		for _, u := range us {
			b = append(b, digits[u>>12], digits[u>>8&0xF], digits[u>>4&0xF], digits[u&0xF])
		}
	}
	return string(append(b, '>'))
}

// usedRunes lists, per face, the runes the pages draw with it, sorted. It
// resolves faces and stand-ins exactly as drawing does.
func usedRunes(pages []*pageLayout) [][]rune {
	var u runeSets
	for _, p := range pages {
		u.add(p)
	}
	return u.sorted()
}

// runeSets gathers, per face, the runes pages draw with it, page by page.
type runeSets []*runeSet

// add adds the runes page p draws.
func (u *runeSets) add(p *pageLayout) {
	for _, l := range p.Lines {
		if l.Vertical {
			continue // verticalSets
		}
		n := len(l.Set.table.faces)
		for gi, g := range l.Line.Glyphs {
			if isBlank(g.Text) {
				continue
			}
			if fi, text := l.setAt(gi).resolve(g.Text); fi >= 0 {
				u.put(n, fi, text)
			}
		}
	}
}

// sorted lists each face's runes in order.
func (u runeSets) sorted() [][]rune {
	out := make([][]rune, len(u))
	for i, s := range u {
		out[i] = s.sorted()
	}
	return out
}
