// Package fonts provides paiban's fonts: the embedded default faces (Noto
// Serif CJK SC for body text, Noto Sans CJK SC Bold for headings, subset and
// converted to TrueType outlines), user fonts, metrics, coverage and
// fallback. Fonts are parsed once per process and are safe for concurrent use.
//
// Only TrueType-outline faces are accepted, since the PDF writer (fpdf) cannot
// embed CFF outlines, and only the format-4 (BMP) cmap is read: a rune outside
// the BMP is never reported as covered, so it never reaches fpdf. Such runes
// are drawn as paths instead: Face.Outline reads the format-12 cmap too, and
// Body and Heading answer it from small embedded Ext faces and, for emoji
// (astral, or in the BMP like ❤ ✅ ⚠), from an embedded emoji face.
package fonts

import "strings"

// Face is one parsed TrueType face. It is immutable after loading and safe
// for concurrent use.
type Face struct {
	name   string
	data   []byte
	upem   float64
	ascent float64 // em, positive
	desc   float64 // em, positive
	cmap   cmap4
	hmtx   []byte
	nHMet  int
	nGlyph int
	names  []byte // the name table

	outlines func() *outliner        // glyf, loca and the format-12 cmap, parsed on first use (outline.go)
	exts     []func() (*Face, error) // the embedded Ext face (characters outside the BMP) and emoji face, in order
	vertAlts bool                    // an embedded face: vertical alternates at U+E000 (vertical.go)
}

// Notice returns what the font says of its rights: its copyright, licence
// description and licence URL (name IDs 0, 13 and 14), one a line, or ""
// if it says nothing. An EPUB that embeds a user's font ships it as the
// font's licence file.
func (f *Face) Notice() string {
	var lines []string
	for _, id := range []uint16{0, 13, 14} {
		if s := strings.TrimSpace(nameString(f.names, id)); s != "" {
			lines = append(lines, s)
		}
	}
	return strings.Join(lines, "\n")
}

// Name returns the face's PostScript name, e.g. "NotoSerifCJKsc-Regular".
func (f *Face) Name() string { return f.name }

// Data returns the TrueType file, for embedding. Callers must not modify it.
func (f *Face) Data() []byte { return f.data }

// Has reports whether the cmap maps r to a glyph other than .notdef. It is
// false for every rune outside the BMP, and for the private-use code points
// at which the embedded faces keep vertical alternates (VerticalAlternate):
// text using them (Big5 and GB18030 user-defined characters decode there)
// is not theirs to draw.
func (f *Face) Has(r rune) bool {
	if f.vertAlts && r >= vertAltBase && r <= vertAltLast {
		return false
	}
	return f.cmap.lookup(r) != 0
}

// Advance returns r's advance width in em (hmtx / unitsPerEm). For a rune the
// face lacks it is the advance of .notdef, the glyph a renderer would show.
func (f *Face) Advance(r rune) float64 {
	return float64(f.advanceOf(f.cmap.lookup(r))) / f.upem
}

// Ascent returns the ascender in em, positive. It is the OS/2 typographic
// ascender when present (for CJK faces the top of the ideographic em box),
// else hhea's.
func (f *Face) Ascent() float64 { return f.ascent }

// Descent returns the descender in em, positive (OS/2 typographic, else hhea).
func (f *Face) Descent() float64 { return f.desc }

// advanceOf is glyph g's advance in font units; glyphs past numberOfHMetrics
// share the last advance.
func (f *Face) advanceOf(g uint16) uint16 {
	i := int(g)
	if i >= f.nHMet {
		i = f.nHMet - 1
	}
	return u16(f.hmtx, 4*i)
}

// String returns the face's name, for diagnostics.
func (f *Face) String() string { return f.name }
