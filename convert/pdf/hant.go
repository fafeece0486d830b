package pdf

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/layout"
)

// Traditional Chinese punctuation, centred.
//
// Taiwan and Hong Kong set 。，、：；！？ in the centre of the em box, across
// and down alike (the Ministry of Education's 標點符號手冊; Noto CJK TC
// and HK draw them so, and keep them so in vertical text: their 'vert'
// feature leaves these marks alone). The embedded faces are Simplified
// Chinese, whose 。，、 sit in the lower left corner and ：；！？ in the left
// half (and, in vertical text, whose presentation forms sit in the upper
// right). For zh-Hant text the writer therefore draws these marks moved to
// the centre of their cell, by the offset measured from the face's own
// outline, and layout squeezes them as centred marks (a quarter em each
// side). A face that already centres them is left as it is.
//
// Text extraction still reads each mark where layout set it: across, the
// moved glyph is hidden from extraction (an empty ActualText) and the mark
// is drawn again, invisibly, in its cell; down, the vertical writer's
// anchored shift (vShift) does the same.

// hantMarks are the marks centred in Traditional Chinese text; the first
// three are centred down the em too, the rest only across (their height
// is the same in both conventions).
const hantMarks = "。，、：；！？"

// hantCentreY is the middle of the ideographic em box, in em above the
// baseline (the box runs from −0.12 to 0.88 in CJK faces).
const hantCentreY = 0.38

// hantMin is the offset (em) below which a mark counts as centred already.
const hantMin = 0.03

// hantShift is how far to move a mark (em, right and up), if at all.
type hantShift struct {
	dx, dy float64
	ok     bool
}

// hantKey is a face (its index in the font table) and a mark.
type hantKey struct {
	face int
	r    rune
}

// hant measures, once per face and mark, how far each mark moves; on is
// set for zh-Hant documents.
type hant struct {
	on    bool
	cache map[hantKey]hantShift
}

// isHant reports whether tag names Traditional Chinese (zh-Hant, and the
// Taiwan, Hong Kong and Macau tags that imply it).
func isHant(tag string) bool { return layout.LangOf(tag) == layout.LangZhHant }

// shift returns the move that centres text, a single mark of hantMarks
// drawn with face i of table, in its em box.
func (h *hant) shift(table *fontTable, i int, text string) (dx, dy float64, ok bool) {
	if !h.on || i < 0 || i >= len(table.faces) {
		return 0, 0, false
	}
	r, n := utf8.DecodeRuneInString(text)
	if n != len(text) || !strings.ContainsRune(hantMarks, r) {
		return 0, 0, false
	}
	k := hantKey{i, r}
	if s, seen := h.cache[k]; seen {
		return s.dx, s.dy, s.ok
	}
	var s hantShift
	if of, ok := table.faces[i].(outliner); ok {
		s = centreShift(of, r)
	}
	if h.cache == nil {
		h.cache = map[hantKey]hantShift{}
	}
	h.cache[k] = s
	return s.dx, s.dy, s.ok
}

// centreShift measures the move that puts r's ink in the middle of its
// cell: across for every mark, down too for 。，、.
func centreShift(f outliner, r rune) hantShift {
	p, ok := f.Outline(r)
	if !ok || p.Advance <= 0 {
		return hantShift{}
	}
	lo, hi, ok := p.Bounds()
	if !ok {
		return hantShift{}
	}
	s := hantShift{dx: p.Advance/2 - (lo.X+hi.X)/2}
	if strings.ContainsRune("。，、", r) {
		s.dy = hantCentreY - (lo.Y+hi.Y)/2
	}
	s.ok = math.Abs(s.dx) >= hantMin || math.Abs(s.dy) >= hantMin
	return s
}

// hantPunct is the punctuation style layout is told for text in lang set
// with s: centred for Traditional Chinese, as the writer draws it.
func hantPunct(s *faceSet, lang layout.Lang) layout.PunctStyle {
	if lang == layout.LangZhHant {
		return layout.PunctCentred
	}
	return s.punctStyle()
}

// centredMark draws a mark of a horizontal line moved by (dx, dy) em from
// its origin x on baseline y. In a line of its own spans (spans set), the
// visible glyph is hidden from text extraction (an empty ActualText) and
// the mark is drawn again, invisibly, where layout set it: from x, where
// the glyph before it ends, to x plus its natural advance plus tc, where
// the next begins (in a span of its own when that is narrower than the
// glyph, as squeezed marks are, since poppler measures a glyph by its
// font width). Inside a line already in a span (spans unset) or hidden,
// the span's own text and anchors stand for it: only the glyph is drawn.
func (r *renderer) centredMark(face int, size, y, x, tc, dx, dy float64, text string, spans bool) {
	r.setFont(face, size)
	r.setTc(0)
	if !spans || r.artifact {
		r.f.Text(x+dx*size, y-dy*size, text)
		return
	}
	r.f.RawWriteStr("/Span <</ActualText <FEFF>>> BDC")
	r.f.Text(x+dx*size, y-dy*size, text)
	r.f.RawWriteStr("EMC")
	r.f.RawWriteStr("3 Tr")
	squeezed := tc < -squeezeMin
	if squeezed {
		r.f.RawWriteStr("/Span <</ActualText " + utf16Hex(text) + ">> BDC")
	}
	r.setTc(tc)
	r.f.Text(x, y, text)
	if squeezed {
		r.setTc(0) // the span's box is measured with the Tc current at EMC
		r.f.RawWriteStr("EMC")
	}
	r.f.RawWriteStr("0 Tr")
}
