package pdf

import (
	"strconv"
	"strings"
)

// content writes one page's content stream at a time, operator for operator
// as fpdf's drawing methods write them (same numbers, same state carried
// from page to page), so that a page can be drawn, compressed and written
// out before the next is laid out: fpdf keeps every page's content until
// its Output. Numbers are formatted with strconv.Append*, into one buffer
// reused for every page.
//
// Only what the renderer draws is here: text by absolute position, rules,
// filled rectangles and paths, colours in gray or RGB, and raw operators.
type content struct {
	buf []byte
	h   float64 // page height: fpdf's y runs down the page, PDF's up

	fontID   string // fpdf's resource name of the current font, "" before any
	fontSize float64
	capStyle int
	lineW    float64
	draw     string // current colour operators, as fpdf keeps them
	fill     string
	text     string
	colored  bool // text colour differs from fill colour: Text wraps itself in q … Q
	pages    int
}

// newContent starts in fpdf's initial state: black everywhere, 0.567pt lines.
func newContent(h float64) *content {
	c := &content{h: h, lineW: 0.567}
	c.draw = colorOp(0, 0, 0, "G", "RG")
	c.fill = colorOp(0, 0, 0, "g", "rg")
	c.text = colorOp(0, 0, 0, "g", "rg")
	return c
}

// beginPage empties the buffer and writes what fpdf's AddPage writes: the
// line style, the current font (twice: set, then restored after the page
// header fpdf would draw) and colours that differ from the PDF defaults.
func (c *content) beginPage() {
	c.buf = c.buf[:0]
	c.pages++
	c.buf = strconv.AppendInt(c.buf, int64(c.capStyle), 10)
	c.buf = append(c.buf, " J\n0 j\n"...)
	c.num(c.lineW, 2)
	c.buf = append(c.buf, " w\n"...)
	if c.fontID != "" {
		c.tf()
	}
	if c.draw != "0 G" {
		c.line(c.draw)
	}
	if c.fill != "0 g" {
		c.line(c.fill)
	}
	if c.fontID != "" {
		c.tf()
	}
}

// bytes is the page's content so far.
func (c *content) bytes() []byte { return c.buf }

func (c *content) num(v float64, prec int) { c.buf = strconv.AppendFloat(c.buf, v, 'f', prec, 64) }

func (c *content) line(s string) {
	c.buf = append(c.buf, s...)
	c.buf = append(c.buf, '\n')
}

// RawWriteStr writes an operator line as it is.
func (c *content) RawWriteStr(s string) { c.line(s) }

// setFont selects a font by its fpdf resource name.
func (c *content) setFont(id string, size float64) {
	c.fontID, c.fontSize = id, size
	c.tf()
}

func (c *content) tf() {
	c.buf = append(c.buf, "BT /F"...)
	c.buf = append(c.buf, c.fontID...)
	c.buf = append(c.buf, ' ')
	c.num(c.fontSize, 2)
	c.buf = append(c.buf, " Tf ET\n"...)
}

// SetLineCapStyle sets the line cap ("butt", "round" or "square").
func (c *content) SetLineCapStyle(style string) {
	switch style {
	case "round":
		c.capStyle = 1
	case "square":
		c.capStyle = 2
	default:
		c.capStyle = 0
	}
	c.buf = strconv.AppendInt(c.buf, int64(c.capStyle), 10)
	c.buf = append(c.buf, " J\n"...)
}

// SetLineWidth sets the width of rules.
func (c *content) SetLineWidth(w float64) {
	c.lineW = w
	c.num(w, 2)
	c.buf = append(c.buf, " w\n"...)
}

// SetDrawColor sets the stroke colour (0–255 components).
func (c *content) SetDrawColor(r, g, b int) {
	c.draw = colorOp(r, g, b, "G", "RG")
	c.line(c.draw)
}

// SetFillColor sets the fill colour (0–255 components).
func (c *content) SetFillColor(r, g, b int) {
	c.fill = colorOp(r, g, b, "g", "rg")
	c.colored = c.fill != c.text
	c.line(c.fill)
}

// SetTextColor sets the text colour (0–255 components); like fpdf it writes
// nothing until text is drawn.
func (c *content) SetTextColor(r, g, b int) {
	c.text = colorOp(r, g, b, "g", "rg")
	c.colored = c.fill != c.text
}

// colorOp is fpdf's colour operator: gray when the components are equal.
func colorOp(r, g, b int, gray, full string) string {
	comp := func(v int) float64 { return float64(min(max(v, 0), 255)) / 255 }
	var s []byte
	if r == g && comp(r) == comp(b) {
		s = strconv.AppendFloat(s, comp(r), 'f', 3, 64)
		return string(append(append(s, ' '), gray...))
	}
	for _, v := range []int{r, g, b} {
		s = strconv.AppendFloat(s, comp(v), 'f', 3, 64)
		s = append(s, ' ')
	}
	return string(append(s, full...))
}

// Rect draws a rectangle with its top left corner at (x, y); style "F"
// fills it, "D" (or "") strokes it.
func (c *content) Rect(x, y, w, h float64, style string) {
	c.num(x, 2)
	c.buf = append(c.buf, ' ')
	c.num(c.h-y, 2)
	c.buf = append(c.buf, ' ')
	c.num(w, 2)
	c.buf = append(c.buf, ' ')
	c.num(-h, 2)
	c.buf = append(c.buf, " re "...)
	c.buf = append(c.buf, paintOp(style)...)
	c.buf = append(c.buf, '\n')
}

// paintOp is fpdf's path-painting operator for a style.
func paintOp(style string) string {
	switch strings.ToUpper(style) {
	case "", "D":
		return "S"
	case "F":
		return "f"
	case "F*":
		return "f*"
	case "FD", "DF":
		return "B"
	case "FD*", "DF*":
		return "B*"
	}
	return style
}

func (c *content) point(x, y float64, prec int) {
	c.num(x, prec)
	c.buf = append(c.buf, ' ')
	c.num(c.h-y, prec)
}

// Line strokes a line from (x1, y1) to (x2, y2).
func (c *content) Line(x1, y1, x2, y2 float64) {
	c.point(x1, y1, 2)
	c.buf = append(c.buf, " m "...)
	c.point(x2, y2, 2)
	c.buf = append(c.buf, " l S\n"...)
}

// MoveTo starts a path at (x, y).
func (c *content) MoveTo(x, y float64) {
	c.point(x, y, 2)
	c.buf = append(c.buf, " m\n"...)
}

// LineTo adds a straight segment to (x, y).
func (c *content) LineTo(x, y float64) {
	c.point(x, y, 2)
	c.buf = append(c.buf, " l\n"...)
}

// CurveBezierCubicTo adds a cubic Bézier segment ending at (x, y).
func (c *content) CurveBezierCubicTo(cx0, cy0, cx1, cy1, x, y float64) {
	c.point(cx0, cy0, 5)
	c.buf = append(c.buf, ' ')
	c.point(cx1, cy1, 5)
	c.buf = append(c.buf, ' ')
	c.point(x, y, 5)
	c.buf = append(c.buf, " c\n"...)
}

// ClosePath closes the current subpath.
func (c *content) ClosePath() { c.buf = append(c.buf, "h\n"...) }

// DrawPath paints the current path ("F" fills it).
func (c *content) DrawPath(style string) {
	c.buf = append(c.buf, paintOp(style)...)
	c.buf = append(c.buf, '\n')
}

// Text draws s with its origin at (x, y) on the baseline, in the current
// font, encoded as fpdf encodes text in a UTF-8 font: each character's
// UTF-16 code unit (the font's CID), in a literal string.
func (c *content) Text(x, y float64, s string) {
	if c.colored {
		c.buf = append(c.buf, "q "...)
		c.buf = append(c.buf, c.text...)
		c.buf = append(c.buf, ' ')
	}
	c.buf = append(c.buf, "BT "...)
	c.point(x, y, 2)
	c.buf = append(c.buf, " Td ("...)
	c.buf = appendUTF16Literal(c.buf, s)
	c.buf = append(c.buf, ") Tj ET"...)
	if c.colored {
		c.buf = append(c.buf, " Q"...)
	}
	c.buf = append(c.buf, '\n')
}

// appendUTF16Literal appends s as UTF-16BE code units inside a PDF literal
// string, escaping the bytes that are \, ( and ) or a carriage return.
// Like fpdf it reads at most three bytes a character: text reaching here
// is in the BMP (see standIn).
func appendUTF16Literal(b []byte, s string) []byte {
	put := func(b []byte, v byte) []byte {
		switch v {
		case '\\', '(', ')':
			return append(b, '\\', v)
		case '\r':
			return append(b, '\\', 'r')
		}
		return append(b, v)
	}
	for i := 0; i < len(s); {
		c1 := s[i]
		i++
		var hi, lo byte
		switch {
		case c1 >= 224 && i+1 < len(s):
			c2, c3 := s[i], s[i+1]
			i += 2
			hi, lo = (c1&0x0F)<<4+(c2&0x3C)>>2, (c2&0x03)<<6+c3&0x3F
		case c1 >= 192 && i < len(s):
			c2 := s[i]
			i++
			hi, lo = (c1&0x1C)>>2, (c1&0x03)<<6+c2&0x3F
		default:
			hi, lo = 0, c1
		}
		b = put(put(b, hi), lo)
	}
	return b
}
