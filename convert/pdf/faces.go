package pdf

// faceSet is an ordered list of faces for one role: the primary face, then
// the fallbacks. Indexes refer to fontTable.faces.
type faceSet struct {
	table *fontTable
	order []int
	memo  drawMemo         // drawings of one-rune clusters, as asked for
	adv   map[rune]float64 // advances in em, as measured
}

// fontTable holds every distinct face of one conversion, in a fixed order,
// so that each gets one fpdf font and one subset tag.
type fontTable struct {
	faces []Face
}

// add returns the index of f, adding it if it is new.
func (t *fontTable) add(f Face) int {
	for i, g := range t.faces {
		if g == f {
			return i
		}
	}
	t.faces = append(t.faces, f)
	return len(t.faces) - 1
}

// newFaceSet makes a set of primary followed by the others, without repeats.
func (t *fontTable) newFaceSet(primary Face, others ...Face) *faceSet {
	s := &faceSet{table: t}
	seen := map[int]bool{}
	for _, f := range append([]Face{primary}, others...) {
		if f == nil {
			continue
		}
		i := t.add(f)
		if !seen[i] {
			seen[i] = true
			s.order = append(s.order, i)
		}
	}
	return s
}

// faceFor returns the index of the first face covering every rune of
// cluster, or -1. Runes outside the BMP are never covered: fpdf encodes text
// as UCS-2 and panics on them.
func (s *faceSet) faceFor(cluster string) int {
	for _, i := range s.order {
		ok := true
		for _, r := range cluster {
			if r > 0xFFFF || !s.table.faces[i].Has(r) {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// measurer adapts a face set at one size to layout.Measurer, in points.
type measurer struct {
	set  *faceSet
	size float64
}

// Advance returns the advance of r in points, from the first face that
// covers it; an uncovered rune measures its outline's advance when a face
// has one (standIn draws it so: one em for an emoji or an HKSCS character,
// nothing for the variation selector U+FE0F and the zero width joiner of
// an emoji sequence, which the emoji face maps to blank glyphs), else one
// em, the width of its stand-in.
func (m measurer) Advance(r rune) float64 {
	if r > 0xFFFF {
		return m.size
	}
	if a, ok := m.set.adv[r]; ok {
		return a * m.size
	}
	a, found := 1.0, false
	for _, i := range m.set.order {
		if f := m.set.table.faces[i]; f.Has(r) {
			a, found = f.Advance(r), true
			break
		}
	}
	if !found {
		a = m.set.outlineAdvance(r, a)
	}
	if m.set.adv == nil {
		m.set.adv = map[rune]float64{}
	}
	m.set.adv[r] = a
	return a * m.size
}

// outlineAdvance is the advance in em of r drawn from the first face with
// its outline (standIn's choice), else def.
func (s *faceSet) outlineAdvance(r rune, def float64) float64 {
	i := s.drawingRune(r).outline
	if i < 0 {
		return def
	}
	p, ok := s.table.faces[i].(outlineFace).Outline(r)
	if !ok {
		return def
	}
	return p.Advance
}

// Em returns the size of one em in points.
func (m measurer) Em() float64 { return m.size }
