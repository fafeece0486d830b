package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// ErrCFF reports a font with CFF (PostScript) outlines, which the PDF writer
// cannot embed.
var ErrCFF = errors.New("CFF-outline (OpenType/CFF) font: the PDF writer needs TrueType (glyf) outlines; use a .ttf or convert it")

// ErrNotFont reports data that is not a TrueType font or collection.
var ErrNotFont = errors.New("not a TrueType font")

// ErrRestricted reports a font whose OS/2 fsType forbids embedding.
var ErrRestricted = errors.New("font licence (OS/2 fsType) forbids embedding")

func u16(b []byte, i int) uint16 { return binary.BigEndian.Uint16(b[i:]) }
func u32(b []byte, i int) uint32 { return binary.BigEndian.Uint32(b[i:]) }

// sfntTables maps a table tag to its bytes (sub-slices of the font data).
type sfntTables map[string][]byte

// readTables reads the table directory at off (0 for a plain font, the face
// offset inside a collection); table offsets are relative to the file.
func readTables(data []byte, off int) (sfntTables, uint32, error) {
	if off < 0 || off+12 > len(data) {
		return nil, 0, fmt.Errorf("%w: short header", ErrNotFont)
	}
	version := u32(data, off)
	n := int(u16(data, off+4))
	if off+12+16*n > len(data) {
		return nil, 0, fmt.Errorf("%w: short table directory", ErrNotFont)
	}
	t := make(sfntTables, n)
	for i := 0; i < n; i++ {
		r := off + 12 + 16*i
		tag := string(data[r : r+4])
		o, l := int64(u32(data, r+8)), int64(u32(data, r+12))
		if o+l > int64(len(data)) {
			return nil, 0, fmt.Errorf("%w: table %q out of bounds", ErrNotFont, tag)
		}
		t[tag] = data[o : o+l]
	}
	return t, version, nil
}

// faceOffset returns where face n's table directory starts: 0 for a plain
// font (n must be 0), the collection's offset for a .ttc.
func faceOffset(data []byte, n int) (int, bool, error) {
	if len(data) < 12 {
		return 0, false, fmt.Errorf("%w: %d bytes", ErrNotFont, len(data))
	}
	if string(data[:4]) != "ttcf" {
		if n != 0 {
			return 0, false, fmt.Errorf("face #%d requested from a single-face font", n)
		}
		return 0, false, nil
	}
	count := int(u32(data, 8))
	if n < 0 || n >= count {
		return 0, true, fmt.Errorf("face #%d: the collection has %d faces (#0…#%d)", n, count, count-1)
	}
	if 12+4*(n+1) > len(data) {
		return 0, true, fmt.Errorf("%w: short collection header", ErrNotFont)
	}
	return int(u32(data, 12+4*n)), true, nil
}

// checkOutlines refuses CFF and outline-less fonts.
func checkOutlines(t sfntTables, version uint32) error {
	_, cff := t["CFF "]
	_, cff2 := t["CFF2"]
	if version == 0x4F54544F || cff || cff2 { // "OTTO"
		return ErrCFF
	}
	if version != 0x00010000 && version != 0x74727565 { // "true"
		return fmt.Errorf("%w: sfnt version %#08x", ErrNotFont, version)
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "cmap", "glyf", "loca"} {
		if _, ok := t[tag]; !ok {
			return fmt.Errorf("%w: no %q table", ErrNotFont, tag)
		}
	}
	return nil
}

// parseFace builds a Face over a standalone TrueType file. It reads only the
// small tables and locates the cmap subtable; glyph lookups are done on
// demand, so parsing costs microseconds even for a 20,000-glyph font.
func parseFace(data []byte, fallbackName string) (*Face, error) {
	return parseSFNT(data, fallbackName, true)
}

// parseSFNT is parseFace; with needCmap4 false it also accepts a face with
// only a format-12 cmap (the Ext faces, which never reach fpdf).
func parseSFNT(data []byte, fallbackName string, needCmap4 bool) (*Face, error) {
	t, version, err := readTables(data, 0)
	if err != nil {
		return nil, err
	}
	if err := checkOutlines(t, version); err != nil {
		return nil, err
	}
	head, hhea, maxp := t["head"], t["hhea"], t["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, fmt.Errorf("%w: short head, hhea or maxp", ErrNotFont)
	}
	f := &Face{data: data, name: fallbackName}
	f.upem = float64(u16(head, 18))
	if f.upem < 16 {
		return nil, fmt.Errorf("%w: unitsPerEm %v", ErrNotFont, f.upem)
	}
	f.nGlyph = int(u16(maxp, 4))
	f.nHMet = int(u16(hhea, 34))
	f.hmtx = t["hmtx"]
	if f.nHMet == 0 || f.nHMet > f.nGlyph || len(f.hmtx) < 4*f.nHMet {
		return nil, fmt.Errorf("%w: bad hmtx (%d metrics, %d glyphs, %d bytes)", ErrNotFont, f.nHMet, f.nGlyph, len(f.hmtx))
	}
	asc, desc := int16(u16(hhea, 4)), int16(u16(hhea, 6))
	if os2 := t["OS/2"]; len(os2) >= 72 {
		if fs := u16(os2, 8); fs&0x000F == 0x0002 {
			return nil, ErrRestricted
		}
		if a, d := int16(u16(os2, 68)), int16(u16(os2, 70)); a > 0 {
			asc, desc = a, d
		}
	}
	f.ascent = float64(asc) / f.upem
	f.desc = -float64(desc) / f.upem
	if f.desc < 0 {
		f.desc = -f.desc
	}
	f.outlines = sync.OnceValue(func() *outliner { return newOutliner(t, f.nGlyph) })
	if f.cmap, err = findCmap4(t["cmap"], f.nGlyph); err != nil {
		if needCmap4 || len(f.outlines().cmap12.groups) == 0 {
			return nil, err
		}
	}
	f.names = t["name"]
	if n := postScriptName(f.names); n != "" {
		f.name = n
	}
	return f, nil
}

// postScriptName reads name ID 6 (Windows Unicode first, then Mac Roman).
func postScriptName(name []byte) string { return nameString(name, 6) }

// nameString returns the name-table string of the given name ID, preferring
// a Unicode entry to a Macintosh Roman one, or "".
func nameString(name []byte, nameID uint16) string {
	if len(name) < 6 {
		return ""
	}
	count, strOff := int(u16(name, 2)), int(u16(name, 4))
	mac := ""
	for i := 0; i < count; i++ {
		r := 6 + 12*i
		if r+12 > len(name) {
			break
		}
		plat, enc, id := u16(name, r), u16(name, r+2), u16(name, r+6)
		l, o := int(u16(name, r+8)), strOff+int(u16(name, r+10))
		if id != nameID || o+l > len(name) {
			continue
		}
		s := name[o : o+l]
		switch {
		case plat == 3 && (enc == 1 || enc == 0) || plat == 0:
			b := make([]rune, 0, l/2)
			for j := 0; j+1 < len(s); j += 2 {
				b = append(b, rune(u16(s, j)))
			}
			return string(b)
		case plat == 1 && enc == 0 && mac == "":
			mac = string(s)
		}
	}
	return mac
}

// cmap4 is a format-4 cmap subtable, searched in place.
type cmap4 struct {
	b   []byte // from the subtable start to the end of the cmap table
	seg int
	n   int // glyphs in the font: larger ids map to 0
}

// findCmap4 picks the Windows Unicode BMP subtable (3,1), else a Unicode
// platform (0,*) one, in format 4: the one fpdf reads.
func findCmap4(cm []byte, nGlyph int) (cmap4, error) {
	if len(cm) < 4 {
		return cmap4{}, fmt.Errorf("%w: short cmap", ErrNotFont)
	}
	best, bestRank := -1, 0
	for i := 0; i < int(u16(cm, 2)); i++ {
		r := 4 + 8*i
		if r+8 > len(cm) {
			break
		}
		plat, enc, off := u16(cm, r), u16(cm, r+2), int(u32(cm, r+4))
		if off+14 > len(cm) || u16(cm, off) != 4 {
			continue
		}
		rank := 1
		if plat == 3 && enc == 1 {
			rank = 2
		} else if plat != 0 {
			continue
		}
		if rank > bestRank {
			best, bestRank = off, rank
		}
	}
	if best < 0 {
		return cmap4{}, fmt.Errorf("%w: no Unicode format-4 cmap (the PDF writer needs one)", ErrNotFont)
	}
	c := cmap4{b: cm[best:], seg: int(u16(cm, best+6)) / 2, n: nGlyph}
	if c.seg == 0 || 16+8*c.seg > len(c.b) {
		return cmap4{}, fmt.Errorf("%w: bad format-4 cmap", ErrNotFont)
	}
	return c, nil
}

// lookup returns r's glyph id, 0 if unmapped. Bounds-checked: a malformed
// font maps to 0, never panics.
func (c cmap4) lookup(r rune) uint16 {
	if r < 0 || r > 0xFFFF || c.seg == 0 {
		return 0
	}
	ch := uint16(r)
	ends := c.b[14:]
	i := sort.Search(c.seg, func(i int) bool { return u16(ends, 2*i) >= ch })
	if i == c.seg {
		return 0
	}
	starts := 16 + 2*c.seg
	start := u16(c.b, starts+2*i)
	if ch < start {
		return 0
	}
	delta := u16(c.b, starts+2*c.seg+2*i)
	roPos := starts + 4*c.seg + 2*i
	ro := int(u16(c.b, roPos))
	if ro == 0 {
		return c.valid(ch + delta)
	}
	p := roPos + ro + 2*int(ch-start)
	if p+2 > len(c.b) {
		return 0
	}
	g := u16(c.b, p)
	if g == 0 {
		return 0
	}
	return c.valid(g + delta)
}

func (c cmap4) valid(g uint16) uint16 {
	if int(g) >= c.n {
		return 0
	}
	return g
}
