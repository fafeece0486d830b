package pdf

import "github.com/paiban/paiban/layout"

// Chinese and Japanese set a dash as two em dashes in a row (破折号 ——,
// Japanese ――), which must read as one unbroken rule across both cells at
// the middle of the character frame (clreq 3.2.2, jlreq 3.3.1 on the
// dash). A CJK font's em dash is a Latin one: it stops short of its cell
// by a twentieth of an em at each side and sits at the Latin x-height, so
// the pair is drawn broken in two and low beside the ideographs. Each dash
// of such a run is drawn instead as a rule filling its cell, at the height
// and weight of the face's horizontal bar (―), with the character itself
// drawn invisibly over it for text extraction and copying.

// dashRuleEnds is the room a dash run's rule leaves at each end, in em,
// as a font's two-em dash (⸺) does.
const dashRuleEnds = 0.04

// isDash reports a dash that a run of two or more draws as a rule.
func isDash(s string) bool { return s == "—" || s == "―" }

// dashRuns reports whether the document's text is Chinese or Japanese,
// whose runs of dashes are drawn as rules.
func dashRuns(lang string) bool {
	switch layout.LangOf(lang) {
	case layout.LangZhHans, layout.LangZhHant, layout.LangJa:
		return true
	}
	return false
}

// dashStroke is where a face draws its horizontal bar: the centre of its
// ink above the baseline and its thickness, in em.
type dashStroke struct{ mid, weight float64 }

// defaultDash is the stroke when the face has no outline of ―: the centre
// of the ideographic em box and a light weight.
var defaultDash = dashStroke{mid: 0.38, weight: 0.05}

// dashOf returns face i's bar, measured once from its outline of ―.
func (r *renderer) dashOf(i int) dashStroke {
	if s, ok := r.dashes[i]; ok {
		return s
	}
	s := defaultDash
	if of, ok := r.table.faces[i].(outlineFace); ok {
		if p, ok := of.Outline('―'); ok {
			if lo, hi, ok := p.Bounds(); ok && hi.Y > lo.Y {
				s = dashStroke{mid: (lo.Y + hi.Y) / 2, weight: hi.Y - lo.Y}
			}
		}
	}
	if r.dashes == nil {
		r.dashes = map[int]dashStroke{}
	}
	r.dashes[i] = s
	return s
}

// dashRule draws one dash of a run as a rule from x0 to x1 on baseline y,
// and the dash itself invisibly from x0, spaced to end at next, for text
// extraction.
func (r *renderer) dashRule(face int, text string, advance, size, x0, x1, y, next float64) {
	s := r.dashOf(face)
	r.setInk()
	h := s.weight * size
	r.f.Rect(x0, y-s.mid*size-h/2, x1-x0, h, "F")
	r.setFont(face, size)
	r.setTc(next - x0 - advance*size)
	r.f.RawWriteStr("3 Tr")
	r.f.Text(x0, y, text)
	r.f.RawWriteStr("0 Tr")
}

// dashExtent returns where the rule of dash glyph i of gs runs along its
// line, from the line's start: through its cell and into the next
// dash's (across the gap between them), short of the run's ends by
// dashRuleEnds.
func dashExtent(gs []layout.Glyph, i int, size float64) (lo, hi float64) {
	g := gs[i]
	lo, hi = g.X, g.X+g.Advance
	if i > 0 && gs[i-1].Text == g.Text {
		lo -= gs[i-1].Gap
	} else {
		lo += dashRuleEnds * size
	}
	if i+1 >= len(gs) || gs[i+1].Text != g.Text {
		hi -= dashRuleEnds * size
	}
	return lo, hi
}

// dashInRun reports whether glyph i of gs has the same dash beside it.
func dashInRun(gs []layout.Glyph, i int) bool {
	t := gs[i].Text
	return i > 0 && gs[i-1].Text == t || i+1 < len(gs) && gs[i+1].Text == t
}
