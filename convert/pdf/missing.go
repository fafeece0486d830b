package pdf

import (
	"unicode/utf8"

	"github.com/paiban/paiban/fonts"
)

// geta is drawn for a character no font covers (〓, GETA MARK, the
// typesetter's traditional placeholder).
const geta = '〓'

// outlineFace is a face that can give glyph outlines for characters it
// cannot draw as text, such as those outside the BMP. *fonts.Face is one.
type outlineFace interface {
	HasOutline(r rune) bool
	Outline(r rune) (fonts.Path, bool)
}

// drawing says how one cluster is drawn.
type drawing struct {
	face    int     // face drawing text, -1 for none (an empty box)
	text    string  // the text drawn with face: the cluster or its stand-in
	outline int     // face whose outlines draw the cluster as paths, or -1
	advance float64 // natural advance of text in face, in em
}

// stoodIn reports whether cluster is drawn otherwise than as itself.
func (d drawing) stoodIn(cluster string) bool {
	return d.face < 0 || d.outline >= 0 || d.text != cluster
}

// stoodInRune is stoodIn for a one-rune cluster, without making it a
// string.
func (d drawing) stoodInRune(r rune) bool {
	if d.face < 0 || d.outline >= 0 {
		return true
	}
	t, n := utf8.DecodeRuneInString(d.text)
	return n != len(d.text) || t != r
}

// drawingRune is drawing for a one-rune cluster, answered from the memo
// without making it a string.
func (s *faceSet) drawingRune(r rune) drawing {
	if r != utf8.RuneError {
		if d, ok := s.memo.get(r); ok {
			return d
		}
	}
	return s.drawing(string(r))
}

// resolve returns the face and the text that draw cluster: the first face
// of the set covering it, or its stand-in.
func (s *faceSet) resolve(cluster string) (face int, text string) {
	d := s.drawing(cluster)
	return d.face, d.text
}

// drawing returns how cluster is drawn. Drawing asks this several times
// per glyph (embedding, spans, runs), so single runes are remembered: each
// answer costs a cmap search per face otherwise.
func (s *faceSet) drawing(cluster string) drawing {
	r, n := utf8.DecodeRuneInString(cluster)
	single := n == len(cluster) && r != utf8.RuneError
	if single {
		if d, ok := s.memo.get(r); ok {
			return d
		}
	}
	d := drawing{face: s.faceFor(cluster), text: cluster, outline: -1}
	if d.face < 0 {
		d = s.standIn(cluster)
	}
	if d.face >= 0 {
		for _, r := range d.text {
			d.advance += s.table.faces[d.face].Advance(r)
		}
	}
	if single {
		s.memo.put(r, d)
	}
	return d
}

// standIn decides how a cluster that no face of s can draw as text is
// shown. It is the one place for characters the fonts lack and for runes
// outside the BMP (fpdf encodes text as UCS-2 and panics on them): page
// building keeps the original cluster, measured one em wide, and only
// drawing substitutes.
//
// When a face of the set has outlines for every rune of the cluster, the
// cluster is drawn as filled paths from the first such face, in a marked
// span whose ActualText is the cluster, so that text extraction reads the
// real character; face and text then name an invisible 〓 drawn inside the
// span, since poppler ignores a span without text. Otherwise the stand-in is
// a visible 〓 from the first face that has it, or, when none has, face -1:
// the renderer draws an empty box.
func (s *faceSet) standIn(cluster string) drawing {
	d := drawing{face: -1, outline: s.outlineFor(cluster)}
	if fi := s.faceFor(string(geta)); fi >= 0 {
		d.face, d.text = fi, string(geta)
	}
	return d
}

// outlineFor returns the index of the first face with outlines for every
// rune of cluster, or -1.
func (s *faceSet) outlineFor(cluster string) int {
	for _, i := range s.order {
		of, ok := s.table.faces[i].(outlineFace)
		if !ok {
			continue
		}
		all := true
		for _, r := range cluster {
			if !of.HasOutline(r) {
				all = false
				break
			}
		}
		if all && cluster != "" {
			return i
		}
	}
	return -1
}

// drawMemo remembers the drawings of single runes: a lookup per glyph, in
// blocks of 256 runes for the BMP (a map lookup was a tenth of drawing a
// long document), in a map beyond it.
type drawMemo struct {
	blocks [256]*memoBlock
	list   []drawing
	astral map[rune]drawing
	cache  *Cache // where blocks come from and go back to (Cache.release); nil: allocated
}

// memoBlock maps the runes of one 256-rune block of the BMP to an index
// into drawMemo.list, plus one; 0: not yet asked.
type memoBlock [256]int32

func (m *drawMemo) get(r rune) (drawing, bool) {
	if r >= 0 && r < 0x10000 {
		if b := m.blocks[r>>8]; b != nil {
			if i := b[r&0xFF]; i > 0 {
				return m.list[i-1], true
			}
		}
		return drawing{}, false
	}
	d, ok := m.astral[r]
	return d, ok
}

func (m *drawMemo) put(r rune, d drawing) {
	if r >= 0 && r < 0x10000 {
		b := m.blocks[r>>8]
		if b == nil {
			if m.cache != nil {
				b = m.cache.block()
			} else {
				b = new(memoBlock)
			}
			m.blocks[r>>8] = b
		}
		m.list = append(m.list, d)
		b[r&0xFF] = int32(len(m.list))
		return
	}
	if m.astral == nil {
		m.astral = map[rune]drawing{}
	}
	m.astral[r] = d
}
