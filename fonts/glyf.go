package fonts

import (
	"encoding/binary"
	"fmt"
)

// glyphs reads glyph outlines through loca.
type glyphs struct {
	glyf, loca []byte
	long       bool
	n          int
}

func newGlyphs(t sfntTables) (*glyphs, error) {
	head, maxp := t["head"], t["maxp"]
	if len(head) < 54 || len(maxp) < 6 {
		return nil, fmt.Errorf("%w: short head or maxp", ErrNotFont)
	}
	g := &glyphs{glyf: t["glyf"], loca: t["loca"], long: u16(head, 50) == 1, n: int(u16(maxp, 4))}
	w := 2
	if g.long {
		w = 4
	}
	if len(g.loca) < w*(g.n+1) {
		return nil, fmt.Errorf("%w: short loca", ErrNotFont)
	}
	return g, nil
}

// glyph returns glyph i's bytes (empty for a blank glyph).
func (g *glyphs) glyph(i uint16) ([]byte, error) {
	var a, b int
	if g.long {
		a, b = int(u32(g.loca, 4*int(i))), int(u32(g.loca, 4*int(i)+4))
	} else {
		a, b = 2*int(u16(g.loca, 2*int(i))), 2*int(u16(g.loca, 2*int(i)+2))
	}
	if int(i) >= g.n || a > b || b > len(g.glyf) {
		return nil, fmt.Errorf("%w: glyph %d out of bounds", ErrNotFont, i)
	}
	return g.glyf[a:b], nil
}

// Composite glyph flags (TrueType glyf spec).
const (
	argWords   = 0x0001
	haveScale  = 0x0008
	moreComps  = 0x0020
	haveXY     = 0x0040
	have2x2    = 0x0080
	compHeader = 10
)

// walkComponents calls fn with the offset of each component's glyph index in
// a composite glyph; simple and empty glyphs have none.
func walkComponents(b []byte, fn func(at int)) error {
	if len(b) < compHeader || int16(binary.BigEndian.Uint16(b)) >= 0 {
		return nil
	}
	p := compHeader
	for {
		if p+4 > len(b) {
			return fmt.Errorf("%w: truncated composite glyph", ErrNotFont)
		}
		flags := u16(b, p)
		fn(p + 2)
		p += 4
		if flags&argWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXY != 0:
			p += 4
		case flags&have2x2 != 0:
			p += 8
		}
		if flags&moreComps == 0 {
			return nil
		}
	}
}

// components lists the glyphs a composite glyph i refers to.
func (g *glyphs) components(i uint16) ([]uint16, error) {
	b, err := g.glyph(i)
	if err != nil {
		return nil, err
	}
	var out []uint16
	err = walkComponents(b, func(at int) { out = append(out, u16(b, at)) })
	return out, err
}

// remapComponents rewrites a composite glyph's component indices in place.
func remapComponents(b []byte, newID map[uint16]uint16) error {
	return walkComponents(b, func(at int) {
		binary.BigEndian.PutUint16(b[at:], newID[u16(b, at)])
	})
}
