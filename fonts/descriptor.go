package fonts

import (
	"fmt"
	"math"
)

// Descriptor holds the face-wide values of a PDF font descriptor, in
// thousandths of an em, read from the head, hhea, OS/2 and post tables the
// way fpdf reads them, so that a PDF writer embedding the face itself
// describes it as fpdf did.
type Descriptor struct {
	Ascent, Descent int    // hhea's, else OS/2's typographic ones
	CapHeight       int    // OS/2 sCapHeight (version 2 on), else Ascent
	Flags           int    // PDF font flags: symbolic (4), fixed pitch, italic, bold weight
	BBox            [4]int // head: xMin, yMin, xMax, yMax
	ItalicAngle     int    // post, whole degrees
	StemV           int    // estimated from the OS/2 weight class
	MissingWidth    int    // .notdef's advance
}

// Descriptor returns f's descriptor values (see Descriptor).
func (f *Face) Descriptor() (Descriptor, error) {
	t, _, err := readTables(f.data, 0)
	if err != nil {
		return Descriptor{}, err
	}
	head, hhea, post := t["head"], t["hhea"], t["post"]
	if len(head) < 54 || len(hhea) < 36 || len(post) < 16 {
		return Descriptor{}, fmt.Errorf("%w: short head, hhea or post", ErrNotFont)
	}
	scale := 1000 / f.upem
	in16 := func(b []byte, i int) float64 { return float64(int16(u16(b, i))) }
	var d Descriptor
	for i := range d.BBox {
		d.BBox[i] = int(in16(head, 36+2*i) * scale)
	}
	d.Ascent, d.Descent = int(in16(hhea, 4)*scale), int(in16(hhea, 6)*scale)
	weight := 500
	if os2 := t["OS/2"]; len(os2) >= 72 {
		weight = int(u16(os2, 4))
		if d.Ascent == 0 {
			d.Ascent = int(in16(os2, 68) * scale)
		}
		if d.Descent == 0 {
			d.Descent = int(in16(os2, 70) * scale)
		}
		if u16(os2, 0) > 1 && len(os2) >= 90 {
			d.CapHeight = int(in16(os2, 88) * scale)
		} else {
			d.CapHeight = d.Ascent
		}
	} else {
		if d.Ascent == 0 {
			d.Ascent = int(float64(d.BBox[3]) * scale)
		}
		if d.Descent == 0 {
			d.Descent = int(float64(d.BBox[1]) * scale)
		}
		d.CapHeight = d.Ascent
	}
	d.StemV = 50 + int(math.Pow(float64(weight)/65.0, 2))
	d.ItalicAngle = int(int16(u16(post, 4)))
	d.Flags = 4
	if d.ItalicAngle != 0 {
		d.Flags |= 64
	}
	if weight >= 600 {
		d.Flags |= 262144
	}
	if u32(post, 12) != 0 {
		d.Flags |= 1
	}
	if w := f.advanceOf(0); w < 1<<15 {
		d.MissingWidth = int(math.Floor(float64(w)*scale + 0.5))
	}
	return d, nil
}

// Width returns r's advance in thousandths of an em, rounded, as a PDF
// font's widths give it; for a rune the face lacks, .notdef's.
func (f *Face) Width(r rune) int {
	w := f.advanceOf(f.cmap.lookup(r))
	if w >= 1<<15 {
		return 0
	}
	scale := 1000 / f.upem // as fpdf computes it: the same rounding
	return int(math.Round(scale * float64(w)))
}

// Parse parses data, a TrueType font or the first face of a collection,
// for a caller that has the bytes rather than a file (Load); name stands in
// for a face with no PostScript name.
func Parse(data []byte, name string) (*Face, error) {
	f, err := parseData(data, 0, name)
	if err != nil {
		return nil, fmt.Errorf("fonts: %s: %w", name, err)
	}
	return f, nil
}

// GlyphIndex returns the glyph the cmap gives r, 0 (.notdef) if none: what
// a PDF's CIDToGIDMap must give r's code for a font embedding f.
func (f *Face) GlyphIndex(r rune) uint16 { return f.cmap.lookup(r) }
