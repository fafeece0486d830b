package pdf

import (
	"math/bits"
	"slices"
)

// runeSet is a set of runes: a bitmap for the BMP (8 KB, where every
// rune a font draws as text lies), a map for the rest. Every glyph of
// every page is added to one, so adding is a bit set, not a map insert.
type runeSet struct {
	bmp    [1 << 16 / 64]uint64
	astral map[rune]bool
	n      int
}

// add adds the runes of text.
func (s *runeSet) add(text string) {
	for _, r := range text {
		if r >= 0 && r < 1<<16 {
			w, b := r>>6, uint64(1)<<(r&63)
			if s.bmp[w]&b == 0 {
				s.bmp[w] |= b
				s.n++
			}
			continue
		}
		if s.astral == nil {
			s.astral = map[rune]bool{}
		}
		if !s.astral[r] {
			s.astral[r] = true
			s.n++
		}
	}
}

// sorted lists the runes in order.
func (s *runeSet) sorted() []rune {
	if s == nil {
		return nil
	}
	out := make([]rune, 0, s.n)
	for w, bs := range s.bmp {
		for bs != 0 {
			out = append(out, rune(w<<6+bits.TrailingZeros64(bs)))
			bs &= bs - 1
		}
	}
	var astral []rune
	for r := range s.astral {
		astral = append(astral, r)
	}
	slices.Sort(astral)
	return append(out, astral...)
}

// put adds text to face's set, making the sets (n faces) and the set as
// needed.
func (u *runeSets) put(n, face int, text string) {
	if *u == nil {
		*u = make(runeSets, n)
	}
	if (*u)[face] == nil {
		(*u)[face] = &runeSet{}
	}
	(*u)[face].add(text)
}
