package fonts

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// Op is the kind of one path segment.
type Op uint8

// The segment kinds. A glyph's contours each start with MoveTo and end with
// Close; TrueType outlines have only lines and quadratic curves, and
// Path.Cubic turns the quadratics into the cubics PDF paths draw.
const (
	MoveTo Op = iota // start a contour at Pts[0]
	LineTo           // straight line to Pts[0]
	QuadTo           // quadratic Bézier: control Pts[0], end Pts[1]
	CubeTo           // cubic Bézier: controls Pts[0] and Pts[1], end Pts[2]
	Close            // close the contour (its last point is already its first)
)

// Point is a position in em units: x to the right of the glyph origin, y up
// from the baseline.
type Point struct{ X, Y float64 }

// Segment is one step of a Path; which of Pts are used depends on Op.
type Segment struct {
	Op  Op
	Pts [3]Point
}

// Path is a glyph's outline in em units, y up, with the origin at the pen
// position on the baseline, filled with the nonzero winding rule. Every
// contour is closed explicitly: its last segment ends on its MoveTo point and
// a Close follows. A blank glyph (a space) has no segments.
type Path struct {
	Segments []Segment
	Advance  float64 // em
}

// Cubic returns the path with each QuadTo replaced by the equal CubeTo
// (c1 = p0 + 2/3(q − p0), c2 = p2 + 2/3(q − p2)), since PDF has no
// quadratic curve operator.
func (p Path) Cubic() Path {
	out := Path{Segments: make([]Segment, len(p.Segments)), Advance: p.Advance}
	var cur, start Point
	for i, s := range p.Segments {
		switch s.Op {
		case MoveTo:
			cur, start = s.Pts[0], s.Pts[0]
		case LineTo:
			cur = s.Pts[0]
		case QuadTo:
			q, end := s.Pts[0], s.Pts[1]
			s = Segment{Op: CubeTo, Pts: [3]Point{
				{cur.X + 2.0/3*(q.X-cur.X), cur.Y + 2.0/3*(q.Y-cur.Y)},
				{end.X + 2.0/3*(q.X-end.X), end.Y + 2.0/3*(q.Y-end.Y)},
				end,
			}}
			cur = end
		case CubeTo:
			cur = s.Pts[2]
		case Close:
			cur = start
		}
		out.Segments[i] = s
	}
	return out
}

// Bounds returns the smallest box holding every point of the path, control
// points included (so it holds the ink), and false for an empty path.
func (p Path) Bounds() (lo, hi Point, ok bool) {
	lo = Point{math.Inf(1), math.Inf(1)}
	hi = Point{math.Inf(-1), math.Inf(-1)}
	for _, s := range p.Segments {
		for _, q := range s.Pts[:s.Op.points()] {
			lo.X, lo.Y = min(lo.X, q.X), min(lo.Y, q.Y)
			hi.X, hi.Y = max(hi.X, q.X), max(hi.Y, q.Y)
		}
	}
	if lo.X > hi.X {
		return Point{}, Point{}, false
	}
	return lo, hi, true
}

// points is how many of Segment.Pts the op uses.
func (o Op) points() int {
	switch o {
	case MoveTo, LineTo:
		return 1
	case QuadTo:
		return 2
	case CubeTo:
		return 3
	}
	return 0
}

// Outline returns r's glyph outline and advance, and false when neither the
// face nor its extension faces map r, or the glyph is malformed. Unlike Has
// it reads the format-12 cmap too, so it answers for characters outside the
// BMP, which fpdf cannot draw as text: the PDF writer draws those as filled
// paths. Body and Heading answer from their embedded Ext faces
// (data/Paiban*-Ext.ttf: the 通用规范汉字表's and JIS X 0213's characters
// outside the BMP, 𠮷 and 𠮟), then from the emoji face
// (data/PaibanEmoji.ttf: 👉 ❤ ✅ 🔥, and the zero-width U+FE0F, U+FE0E and
// U+200D, which emoji sequences carry, as blank glyphs). The glyph data is
// parsed on first use.
func (f *Face) Outline(r rune) (Path, bool) {
	if g := f.glyphID(r); g != 0 {
		p, err := f.outliner().path(g, f.upem)
		if err != nil {
			return Path{}, false
		}
		p.Advance = float64(f.advanceOf(g)) / f.upem
		return p, true
	}
	if e := f.extFor(r); e != nil {
		return e.Outline(r)
	}
	return Path{}, false
}

// HasOutline reports whether Outline has a glyph for r (in the face or its
// extension faces), without decoding it.
func (f *Face) HasOutline(r rune) bool {
	return f.glyphID(r) != 0 || f.extFor(r) != nil
}

// glyphID maps r through the format-4 cmap (BMP, the fast path Has uses)
// or the format-12 one.
func (f *Face) glyphID(r rune) uint16 {
	if f.vertAlts && r >= vertAltBase && r <= vertAltLast {
		return 0 // not text's to draw: see Has
	}
	if g := f.cmap.lookup(r); g != 0 || r <= 0xFFFF && f.cmap.seg != 0 {
		return g
	}
	return f.outliner().cmap12.lookup(r)
}

func (f *Face) outliner() *outliner {
	if f.outlines == nil {
		return &outliner{}
	}
	return f.outlines()
}

// extFor returns the first extension face mapping r, or nil. One that
// fails to load is skipped: the embedded files are tested, and a missing
// glyph only means a 〓.
func (f *Face) extFor(r rune) *Face {
	for _, load := range f.exts {
		if e, err := load(); err == nil && e.glyphID(r) != 0 {
			return e
		}
	}
	return nil
}

// outliner decodes glyphs; built once per face, on first use.
type outliner struct {
	g      *glyphs // nil when glyf or loca is unusable
	cmap12 cmap12
}

func newOutliner(t sfntTables, nGlyph int) *outliner {
	o := &outliner{cmap12: findCmap12(t["cmap"], nGlyph)}
	if g, err := newGlyphs(t); err == nil {
		o.g = g
	}
	return o
}

// cmap12 is a format-12 cmap subtable (full Unicode), searched in place.
type cmap12 struct {
	groups []byte // numGroups × (startChar, endChar, startGlyph), u32 each
	n      int    // glyphs in the font
}

// findCmap12 picks the (3,10) subtable in format 12, else a Unicode
// platform one; the zero cmap12 (mapping nothing) when there is none.
func findCmap12(cm []byte, nGlyph int) cmap12 {
	if len(cm) < 4 {
		return cmap12{}
	}
	best, bestRank := -1, 0
	for i := 0; i < int(u16(cm, 2)); i++ {
		r := 4 + 8*i
		if r+8 > len(cm) {
			break
		}
		plat, enc, off := u16(cm, r), u16(cm, r+2), int64(u32(cm, r+4))
		if off+16 > int64(len(cm)) || u16(cm, int(off)) != 12 {
			continue
		}
		rank := 1
		if plat == 3 && enc == 10 {
			rank = 2
		} else if plat != 0 {
			continue
		}
		if rank > bestRank {
			best, bestRank = int(off), rank
		}
	}
	if best < 0 {
		return cmap12{}
	}
	n := int64(u32(cm, best+12))
	if int64(best)+16+12*n > int64(len(cm)) {
		return cmap12{}
	}
	return cmap12{groups: cm[best+16 : best+16+12*int(n)], n: nGlyph}
}

// lookup returns r's glyph id, 0 if unmapped; groups are sorted by code
// point, as the format requires (an unsorted table just maps less).
func (c cmap12) lookup(r rune) uint16 {
	n := len(c.groups) / 12
	if r < 0 || n == 0 {
		return 0
	}
	ch := uint32(r)
	i := sort.Search(n, func(i int) bool { return u32(c.groups, 12*i+4) >= ch })
	if i == n {
		return 0
	}
	start := u32(c.groups, 12*i)
	if ch < start {
		return 0
	}
	g := uint64(u32(c.groups, 12*i+8)) + uint64(ch-start)
	if g >= uint64(c.n) {
		return 0
	}
	return uint16(g)
}

// Limits against hostile fonts: composite nesting and the points one glyph
// may expand to (the largest CJK glyphs have a few hundred).
const (
	maxDepth  = 8
	maxPoints = 1 << 16
)

var errGlyph = errors.New("malformed glyph")

// pt is a TrueType outline point in font units.
type pt struct {
	x, y float64
	on   bool
}

// path decodes glyph g into a Path in em units.
func (o *outliner) path(g uint16, upem float64) (Path, error) {
	if o.g == nil {
		return Path{}, fmt.Errorf("%w: no usable glyf/loca", ErrNotFont)
	}
	budget := maxPoints
	cs, err := o.contours(g, 0, &budget)
	if err != nil {
		return Path{}, err
	}
	var p Path
	for _, c := range cs {
		p.Segments = appendContour(p.Segments, c, 1/upem)
	}
	return p, nil
}

// contours returns glyph g's contours, composites resolved.
func (o *outliner) contours(g uint16, depth int, budget *int) ([][]pt, error) {
	if int(g) >= o.g.n {
		return nil, fmt.Errorf("%w: glyph %d of %d", errGlyph, g, o.g.n)
	}
	b, err := o.g.glyph(g)
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return nil, nil // blank glyph
	}
	if len(b) < 10 {
		return nil, fmt.Errorf("%w %d: %d-byte header", errGlyph, g, len(b))
	}
	if n := int16(u16(b, 0)); n >= 0 {
		return simpleContours(b, int(n), budget)
	}
	if depth >= maxDepth {
		return nil, fmt.Errorf("%w %d: components nested over %d deep", errGlyph, g, maxDepth)
	}
	return o.composite(b, depth, budget)
}

// simpleContours decodes a simple glyph with n contours.
func simpleContours(b []byte, n int, budget *int) ([][]pt, error) {
	p := 10 + 2*n
	if p+2 > len(b) {
		return nil, fmt.Errorf("%w: truncated contour ends", errGlyph)
	}
	ends := make([]int, n)
	prev := -1
	for i := range ends {
		e := int(u16(b, 10+2*i))
		if e < prev {
			return nil, fmt.Errorf("%w: contour ends out of order", errGlyph)
		}
		ends[i], prev = e, e
	}
	nPts := prev + 1
	if *budget -= nPts; *budget < 0 {
		return nil, fmt.Errorf("%w: too many points", errGlyph)
	}
	p += 2 + int(u16(b, p)) // skip the instructions
	flags := make([]byte, 0, nPts)
	for len(flags) < nPts {
		if p >= len(b) {
			return nil, fmt.Errorf("%w: truncated flags", errGlyph)
		}
		f := b[p]
		p++
		rep := 1
		if f&0x08 != 0 {
			if p >= len(b) {
				return nil, fmt.Errorf("%w: truncated flags", errGlyph)
			}
			rep += int(b[p])
			p++
		}
		for ; rep > 0 && len(flags) < nPts; rep-- {
			flags = append(flags, f)
		}
	}
	pts := make([]pt, nPts)
	var err error
	if p, err = readCoords(b, p, flags, 0x02, 0x10, func(i int, v float64) { pts[i].x = v }); err != nil {
		return nil, err
	}
	if _, err = readCoords(b, p, flags, 0x04, 0x20, func(i int, v float64) { pts[i].y = v }); err != nil {
		return nil, err
	}
	for i, f := range flags {
		pts[i].on = f&0x01 != 0
	}
	out := make([][]pt, 0, n)
	start := 0
	for _, e := range ends {
		out = append(out, pts[start:e+1])
		start = e + 1
	}
	return out, nil
}

// readCoords reads one coordinate array (delta-coded, per the flags' short
// and same-or-positive bits) from b[p:], returning the offset past it.
func readCoords(b []byte, p int, flags []byte, short, same byte, set func(int, float64)) (int, error) {
	v := 0
	for i, f := range flags {
		switch {
		case f&short != 0:
			if p >= len(b) {
				return 0, fmt.Errorf("%w: truncated coordinates", errGlyph)
			}
			d := int(b[p])
			p++
			if f&same == 0 {
				d = -d
			}
			v += d
		case f&same == 0:
			if p+2 > len(b) {
				return 0, fmt.Errorf("%w: truncated coordinates", errGlyph)
			}
			v += int(int16(u16(b, p)))
			p += 2
		}
		set(i, float64(v))
	}
	return p, nil
}

// Composite flags beyond those glyf.go reads.
const (
	argsAreXY      = 0x0002
	scaledOffset   = 0x0800
	unscaledOffset = 0x1000
)

// composite resolves a composite glyph: each component's contours,
// transformed and moved by its offset or by matching a point of the glyph
// so far to one of the component.
func (o *outliner) composite(b []byte, depth int, budget *int) ([][]pt, error) {
	var out [][]pt
	p := compHeader
	for {
		if p+4 > len(b) {
			return nil, fmt.Errorf("%w: truncated composite", errGlyph)
		}
		flags, child := u16(b, p), u16(b, p+2)
		p += 4
		var a1, a2 int
		if flags&argWords != 0 {
			if p+4 > len(b) {
				return nil, fmt.Errorf("%w: truncated composite", errGlyph)
			}
			a1, a2 = int(int16(u16(b, p))), int(int16(u16(b, p+2)))
			if flags&argsAreXY == 0 { // point numbers are unsigned
				a1, a2 = int(u16(b, p)), int(u16(b, p+2))
			}
			p += 4
		} else {
			if p+2 > len(b) {
				return nil, fmt.Errorf("%w: truncated composite", errGlyph)
			}
			a1, a2 = int(int8(b[p])), int(int8(b[p+1]))
			if flags&argsAreXY == 0 {
				a1, a2 = int(b[p]), int(b[p+1])
			}
			p += 2
		}
		// x' = xx·x + xy·y, y' = yx·x + yy·y (F2Dot14 entries).
		xx, yx, xy, yy := 1.0, 0.0, 0.0, 1.0
		f2 := func(i int) float64 { return float64(int16(u16(b, i))) / 16384 }
		need := 0
		switch {
		case flags&haveScale != 0:
			need = 2
		case flags&haveXY != 0:
			need = 4
		case flags&have2x2 != 0:
			need = 8
		}
		if p+need > len(b) {
			return nil, fmt.Errorf("%w: truncated composite", errGlyph)
		}
		switch need {
		case 2:
			xx, yy = f2(p), f2(p)
		case 4:
			xx, yy = f2(p), f2(p+2)
		case 8:
			xx, yx, xy, yy = f2(p), f2(p+2), f2(p+4), f2(p+6)
		}
		p += need
		cs, err := o.contours(child, depth+1, budget)
		if err != nil {
			return nil, err
		}
		moved := make([][]pt, len(cs))
		for i, c := range cs {
			m := make([]pt, len(c))
			for j, q := range c {
				m[j] = pt{xx*q.x + xy*q.y, yx*q.x + yy*q.y, q.on}
			}
			moved[i] = m
		}
		var dx, dy float64
		if flags&argsAreXY != 0 {
			dx, dy = float64(a1), float64(a2)
			if flags&scaledOffset != 0 && flags&unscaledOffset == 0 {
				dx, dy = xx*dx+xy*dy, yx*dx+yy*dy
			}
		} else {
			parent, ok1 := nthPoint(out, a1)
			own, ok2 := nthPoint(moved, a2)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("%w: composite anchor point out of range", errGlyph)
			}
			dx, dy = parent.x-own.x, parent.y-own.y
		}
		for _, c := range moved {
			for j := range c {
				c[j].x += dx
				c[j].y += dy
			}
		}
		out = append(out, moved...)
		if flags&moreComps == 0 {
			return out, nil
		}
	}
}

// nthPoint is point i counting through all contours.
func nthPoint(cs [][]pt, i int) (pt, bool) {
	for _, c := range cs {
		if i < len(c) {
			return c[i], true
		}
		i -= len(c)
	}
	return pt{}, false
}

// appendContour adds one closed contour, resolving TrueType's implied
// on-curve points: between two off-curve points lies an on-curve point at
// their midpoint. s scales font units to em.
func appendContour(dst []Segment, c []pt, s float64) []Segment {
	if len(c) == 0 {
		return dst
	}
	em := func(q pt) Point { return Point{q.x * s, q.y * s} }
	mid := func(a, b pt) pt { return pt{(a.x + b.x) / 2, (a.y + b.y) / 2, true} }
	// Start on an on-curve point: the first one, else the implied point
	// between the last and the first.
	first := -1
	for i, q := range c {
		if q.on {
			first = i
			break
		}
	}
	var start pt
	var rest []pt // the points after start, ending back on start
	if first >= 0 {
		start = c[first]
		rest = append(append(append(rest, c[first+1:]...), c[:first]...), start)
	} else {
		start = mid(c[len(c)-1], c[0])
		rest = append(append(rest, c...), start)
	}
	dst = append(dst, Segment{Op: MoveTo, Pts: [3]Point{em(start)}})
	var ctrl *pt
	for i := range rest {
		q := rest[i]
		switch {
		case q.on && ctrl == nil:
			dst = append(dst, Segment{Op: LineTo, Pts: [3]Point{em(q)}})
		case q.on:
			dst = append(dst, Segment{Op: QuadTo, Pts: [3]Point{em(*ctrl), em(q)}})
			ctrl = nil
		case ctrl != nil:
			m := mid(*ctrl, q)
			dst = append(dst, Segment{Op: QuadTo, Pts: [3]Point{em(*ctrl), em(m)}})
			ctrl = &rest[i]
		default:
			ctrl = &rest[i]
		}
	}
	return append(dst, Segment{Op: Close})
}
