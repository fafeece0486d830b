package pdf

import (
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// outliner is a Face that can give glyph outlines (fonts.Face can).
type outliner interface {
	Outline(r rune) (fonts.Path, bool)
}

// punctStyle tells layout where the face that draws ， in this set (the
// first that has it: a Latin body font leaves it to the CJK fallback) puts
// 、，。: the embedded Noto CJK SC puts them in the lower left corner even
// in Traditional Chinese text, and squeezing them as centred marks would
// draw them over the character before. A face that cannot say keeps the
// language's default.
func (s *faceSet) punctStyle() layout.PunctStyle {
	if s == nil {
		return layout.PunctByLang
	}
	i := s.faceFor("，")
	if i < 0 {
		return layout.PunctByLang
	}
	f, ok := s.table.faces[i].(outliner)
	if !ok {
		return layout.PunctByLang
	}
	return punctStyleOf(f)
}

// punctStyleOf classifies a face by the ink of its ideographic comma and
// full stop: centred when their middle lies within the em's central third.
func punctStyleOf(f outliner) layout.PunctStyle {
	centred, corner := 0, 0
	for _, r := range "，。" {
		p, ok := f.Outline(r)
		if !ok || p.Advance <= 0 {
			continue
		}
		lo, hi, ok := p.Bounds()
		if !ok {
			continue
		}
		mid := (lo.X + hi.X) / 2 / p.Advance
		if mid > 1.0/3 && mid < 2.0/3 {
			centred++
		} else {
			corner++
		}
	}
	switch {
	case centred > 0 && corner == 0:
		return layout.PunctCentred
	case corner > 0 && centred == 0:
		return layout.PunctCorner
	}
	return layout.PunctByLang
}
