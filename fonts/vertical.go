package fonts

import "encoding/binary"

// verticalAlternates lists, in order from U+E000, the characters whose
// vertical alternate (the glyph Noto CJK's 'vert' feature substitutes) the
// embedded faces carry at a private-use code point: the characters with no
// Unicode vertical presentation form. fonts/gen/mkfonts.py (VERT_ALT) holds
// the same list. The halfwidth ｰ has none in the SC faces.
const verticalAlternates = "ー～〜ｰ＝｜￣〝〟" +
	"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ" +
	"ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"

// vertAltBase and vertAltLast are the code points of the first and last
// vertical alternates.
const (
	vertAltBase = 0xE000
	vertAltLast = vertAltBase + 48
)

// VerticalAlternate returns the code point at which f draws r's vertical
// alternate (ー turned down the line, ゃ in the upper right of its cell),
// when f is an embedded face that has one. User fonts have none: their
// private-use code points mean whatever their makers chose.
func (f *Face) VerticalAlternate(r rune) (rune, bool) {
	if !f.vertAlts {
		return 0, false
	}
	k := 0
	for _, c := range verticalAlternates {
		if c == r {
			alt := rune(vertAltBase + k)
			return alt, f.cmap.lookup(alt) != 0
		}
		k++
	}
	return 0, false
}

// SubsetVertical is Subset for vertical text: for every rune r of runes
// with an entry r → alt in subst whose glyphs f has (a vertical
// presentation form such as 、→︑, or a VerticalAlternate), alt's glyph
// joins the subset and a GSUB lookup, under the features 'vert' and
// 'vrt2', substitutes it for r's; vhea and vmtx give every glyph an em
// down the line from the em box's top, as Noto CJK's own tables do. It
// returns how many substitutions the subset carries: none means a reader
// setting vertical text in it leaves 、。「」 where horizontal text has them.
func SubsetVertical(f *Face, runes []rune, subst map[rune]rune) ([]byte, int, error) {
	if subst == nil {
		subst = map[rune]rune{}
	}
	return subset(f, runes, subst, nil)
}

// buildVhea writes a vertical header for n glyphs, each with its own
// metrics in vmtx.
func buildVhea(f *Face, n uint16) []byte {
	be := binary.BigEndian
	em := uint16(f.upem)
	b := be.AppendUint32(nil, 0x00011000)      // version 1.1
	b = be.AppendUint16(b, em/2)               // vertTypoAscender: half the em either side of the axis
	b = be.AppendUint16(b, uint16(-int(em/2))) // vertTypoDescender
	b = be.AppendUint16(b, 0)                  // vertTypoLineGap
	b = be.AppendUint16(b, em)                 // advanceHeightMax
	b = be.AppendUint16(b, 0)                  // minTopSideBearing (not computed; readers do not rely on it)
	b = be.AppendUint16(b, 0)                  // minBottomSideBearing
	b = be.AppendUint16(b, em)                 // yMaxExtent
	b = be.AppendUint16(b, 0)                  // caretSlopeRise: vertical caret
	b = be.AppendUint16(b, 1)                  // caretSlopeRun
	b = be.AppendUint16(b, 0)                  // caretOffset
	b = append(b, make([]byte, 8)...)          // reserved
	b = be.AppendUint16(b, 0)                  // metricDataFormat
	return be.AppendUint16(b, n)               // numOfLongVerMetrics: every glyph
}

// buildVertGSUB writes a GSUB table with one single-substitution lookup
// (glyph pairs sorted by input glyph) under the features 'vert' and 'vrt2',
// for the default script and Han, kana, Hangul and Latin.
func buildVertGSUB(pairs [][2]uint16) []byte {
	be := binary.BigEndian
	u16 := func(b []byte, v int) []byte { return be.AppendUint16(b, uint16(v)) }
	tag := func(b []byte, t string) []byte { return append(b, t...) }

	// Script list: five records sharing one script table, whose default
	// language system uses features 0 and 1.
	scripts := []string{"DFLT", "hang", "hani", "kana", "latn"}
	var sl []byte
	sl = u16(sl, len(scripts))
	scriptAt := 2 + 6*len(scripts)
	for _, s := range scripts {
		sl = tag(sl, s)
		sl = u16(sl, scriptAt)
	}
	sl = u16(sl, 4) // Script: defaultLangSys right after this header
	sl = u16(sl, 0) // langSysCount
	sl = u16(sl, 0) // LangSys: lookupOrderOffset
	sl = u16(sl, 0xFFFF)
	sl = u16(sl, 2)
	sl = u16(sl, 0)
	sl = u16(sl, 1)

	// Feature list: 'vert' and 'vrt2', both lookup 0.
	var fl []byte
	fl = u16(fl, 2)
	fl = tag(fl, "vert")
	fl = u16(fl, 2+6*2)
	fl = tag(fl, "vrt2")
	fl = u16(fl, 2+6*2+6)
	for range 2 {
		fl = u16(fl, 0) // featureParamsOffset
		fl = u16(fl, 1)
		fl = u16(fl, 0)
	}

	// Lookup list: one lookup of type 1, one subtable (format 2).
	var ll []byte
	ll = u16(ll, 1)
	ll = u16(ll, 4) // the lookup right after
	ll = u16(ll, 1) // lookupType: single substitution
	ll = u16(ll, 0) // lookupFlag
	ll = u16(ll, 1) // subTableCount
	ll = u16(ll, 8) // subtable right after this lookup (from the lookup)
	sub := u16(nil, 2)
	sub = u16(sub, 6+2*len(pairs)) // coverage after the substitutes
	sub = u16(sub, len(pairs))
	for _, p := range pairs {
		sub = u16(sub, int(p[1]))
	}
	sub = u16(sub, 1) // coverage format 1
	sub = u16(sub, len(pairs))
	for _, p := range pairs {
		sub = u16(sub, int(p[0]))
	}
	ll = append(ll, sub...)

	b := be.AppendUint32(nil, 0x00010000)
	b = u16(b, 10)
	b = u16(b, 10+len(sl))
	b = u16(b, 10+len(sl)+len(fl))
	b = append(b, sl...)
	b = append(b, fl...)
	return append(b, ll...)
}

// AlternateOutline is Outline for r's vertical alternate
// (VerticalAlternate), which Outline itself, serving text, does not draw.
func (f *Face) AlternateOutline(r rune) (Path, bool) {
	alt, ok := f.VerticalAlternate(r)
	if !ok {
		return Path{}, false
	}
	g := f.cmap.lookup(alt)
	p, err := f.outliner().path(g, f.upem)
	if err != nil {
		return Path{}, false
	}
	p.Advance = float64(f.advanceOf(g)) / f.upem
	return p, true
}
