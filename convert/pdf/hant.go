package pdf

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/fonts"
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
// Text extraction still reads each mark where layout set it. Across, the
// moved mark is drawn from its outline as a filled path, which poppler
// does not see as text, and the mark itself is drawn invisibly in its
// cell. (A moved glyph inside a span with an empty ActualText is not
// enough: poppler still reports its box where it is drawn, past the
// measure at a line's end.) Down, the vertical writer's anchored shift
// (vShift) does the same.

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
	path   fonts.Path // the mark's outline, cubic, for drawing it moved
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
	s := h.mark(table, i, text)
	return s.dx, s.dy, s.ok
}

// mark returns the move and outline of text, a single mark of hantMarks
// drawn with face i of table, measured once.
func (h *hant) mark(table *fontTable, i int, text string) hantShift {
	if !h.on || i < 0 || i >= len(table.faces) {
		return hantShift{}
	}
	r, n := utf8.DecodeRuneInString(text)
	if n != len(text) || !strings.ContainsRune(hantMarks, r) {
		return hantShift{}
	}
	k := hantKey{i, r}
	if s, seen := h.cache[k]; seen {
		return s
	}
	var s hantShift
	if of, ok := table.faces[i].(outliner); ok {
		s = centreShift(of, r)
	}
	if h.cache == nil {
		h.cache = map[hantKey]hantShift{}
	}
	h.cache[k] = s
	return s
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
	if s.ok {
		s.path = p.Cubic()
	}
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

// centredMark draws a mark of a horizontal line moved by s from its
// origin x on baseline y: the visible mark as a filled path (its outline),
// which text extraction does not see, and the mark itself invisibly where
// layout set it, from x, where the glyph before it ends, to x plus its
// natural advance plus tc, where the next begins. In a line of its own
// spans (spans set) a squeezed copy goes in a span of its own, since
// poppler measures a glyph by its font width; inside a line already in a
// span (spans unset) the copy keeps the span's extent where layout set it.
func (r *renderer) centredMark(face int, size, y, x, tc float64, s hantShift, text string, spans bool) {
	if r.tracePath(s.path, x+s.dx*size, y-s.dy*size, size) {
		r.fillPaths()
	}
	r.setFont(face, size)
	r.f.RawWriteStr("3 Tr")
	squeezed := spans && !r.artifact && tc < -squeezeMin
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
