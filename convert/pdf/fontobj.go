package pdf

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/paiban/paiban/fonts"
)

// The embedded fonts are written here, not by fpdf: fpdf parses every font
// it is given in full, names it by a SHA-1 of a JSON encoding of its 65,536
// widths, and cuts and compresses it again at the end, with a new zlib
// writer each time: most of the cost of a one-page document. Here a face is
// parsed once per Cache, subset once per document (fonts.SubsetGlyphs), and
// written as fpdf wrote it: a Type0 font with Identity-H encoding (Identity-V
// for a vertical copy) over a CIDFontType2 whose CIDs are the UTF-16 code
// units the content streams hold, mapped to the subset's glyphs by a
// CIDToGIDMap, and an identity ToUnicode CMap, which all the fonts share.

// docFont is one font a document embeds: a face, or its vertical copy,
// with the runes drawn with it.
type docFont struct {
	face     Face
	id       string // resource name, after "/F"
	name     string // BaseFont: the subset tag and the face's PostScript name
	vertical bool
	runes    []rune // sorted
}

// toUnicode maps every 2-byte code to the same UTF-16 code unit (fpdf's).
const toUnicode = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"

// fontWriter writes a document's font objects, numbered on from first.
type fontWriter struct {
	cache *Cache
	buf   *bytes.Buffer // the objects
	off   []int         // each object's offset in buf, from first on
	first int
	z     *bytes.Buffer
	zb    []byte // a CIDToGIDMap, compressed
}

// obj starts object first+len(off).
func (fw *fontWriter) obj() int {
	n := fw.first + len(fw.off)
	fw.off = append(fw.off, fw.buf.Len())
	fw.buf.WriteString(strconv.Itoa(n))
	fw.buf.WriteString(" 0 obj\n")
	return n
}

// stream writes a stream object's dictionary entries (after Length) and
// data, and ends the object.
func (fw *fontWriter) stream(dict string, data []byte) {
	fmt.Fprintf(fw.buf, "<</Length %d%s>>\nstream\n", len(data), dict)
	fw.buf.Write(data)
	fw.buf.WriteString("\nendstream\nendobj\n")
}

// write writes the shared ToUnicode CMap and then each font's objects, and
// returns the number of each font's Type0 dictionary. Every descriptor
// gets the largest ascent and descent of all the fonts: text extraction
// (poppler) boxes a glyph from its baseline by the descriptor's ascent and
// descent, and orders two text blocks side by side by the tops of those
// boxes; with the Hei face's ascent a little above the Song face's, a
// column opening with a heading or byline would count as higher than its
// neighbour on the same baseline, and could be read before it.
func (fw *fontWriter) write(fs []docFont) ([]int, error) {
	if len(fs) == 0 {
		return nil, nil
	}
	type prepared struct {
		face *fonts.Face
		desc fonts.Descriptor
		data []byte
		gids []uint16
	}
	ps := make([]prepared, len(fs))
	asc, desc := 0, 0
	for i, f := range fs {
		ff, d, err := fw.cache.face(f.face)
		if err != nil {
			return nil, err
		}
		data, gids, err := fonts.SubsetGlyphs(ff, f.runes)
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", f.face.Name(), err)
		}
		ps[i] = prepared{ff, d, data, gids}
		asc, desc = max(asc, d.Ascent), max(desc, -d.Descent)
	}
	// The font objects are mostly the compressed subsets: room for them
	// uncompressed at once, rather than growing by doubling (a fifth of
	// what a one-page document allocated).
	most, total := 0, 0
	for _, p := range ps {
		most = max(most, len(p.data))
		total += len(p.data) + 16<<10
	}
	fw.buf.Grow(total)
	fw.z.Grow(most + most/64 + 64)
	tu := fw.obj()
	fw.stream("", []byte(toUnicode))
	nums := make([]int, len(fs))
	for i, f := range fs {
		ff, d := ps[i].face, ps[i].desc
		d.Ascent, d.Descent = asc, -desc
		enc := "Identity-H"
		if f.vertical {
			enc = "Identity-V"
		}
		n := fw.obj()
		nums[i] = n
		fmt.Fprintf(fw.buf, "<</Type /Font\n/Subtype /Type0\n/BaseFont /%s\n/Encoding /%s\n/DescendantFonts [%d 0 R]\n/ToUnicode %d 0 R>>\nendobj\n",
			f.name, enc, n+1, tu)
		fw.obj()
		fmt.Fprintf(fw.buf, "<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont /%s\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>>\n/FontDescriptor %d 0 R\n/DW %d\n/W [",
			f.name, n+2, d.MissingWidth)
		fw.widths(ff.Width, f.runes, d.MissingWidth)
		fmt.Fprintf(fw.buf, "]\n/CIDToGIDMap %d 0 R>>\nendobj\n", n+3)
		fw.obj()
		fmt.Fprintf(fw.buf, "<</Type /FontDescriptor /FontName /%s\n/Ascent %d /Descent %d /CapHeight %d /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %d /StemV %d /MissingWidth %d /FontFile2 %d 0 R>>\nendobj\n",
			f.name, d.Ascent, d.Descent, d.CapHeight, (d.Flags|4)&^32, d.BBox[0], d.BBox[1], d.BBox[2], d.BBox[3], d.ItalicAngle, d.StemV, d.MissingWidth, n+4)
		fw.cidToGID(f.runes, ps[i].gids)
		fw.obj()
		fw.z.Reset()
		if err := fw.cache.compress(fw.z, ps[i].data); err != nil {
			return nil, err
		}
		fw.stream(" /Filter /FlateDecode /Length1 "+strconv.Itoa(len(ps[i].data)), fw.z.Bytes())
	}
	return nums, nil
}

// widths writes the /W entries of the runes whose width differs from dw:
// runs of consecutive codes as "first [w1 w2 …]".
func (fw *fontWriter) widths(width func(rune) int, runes []rune, dw int) {
	b := fw.buf.AvailableBuffer()
	open := false
	prev := rune(-2)
	for _, r := range runes {
		w := width(r)
		if r > 0xFFFF || w == dw {
			continue
		}
		if r != prev+1 || !open {
			if open {
				b = append(b, ']')
			}
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(r), 10)
			b = append(b, " ["...)
			open = true
		} else {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(w), 10)
		prev = r
	}
	if open {
		b = append(b, ']')
	}
	fw.buf.Write(b)
}

// cidToGID writes the CIDToGIDMap stream: two bytes, the glyph, for every
// code from 0 to FFFF (cidToGIDZlib).
func (fw *fontWriter) cidToGID(runes []rune, gids []uint16) {
	fw.obj()
	fw.zb = cidToGIDZlib(fw.zb[:0], runes, gids)
	fw.stream(" /Filter /FlateDecode", fw.zb)
}
