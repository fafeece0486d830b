package pdf

import (
	"strconv"
)

// outline is the document's bookmarks, an entry per article and section,
// kept until the file's end: compactly, as a book of very many small
// articles is mostly these (issue 16), and written by the page writer
// itself rather than by fpdf, which would hold each several times over.
type outline struct {
	marks []flatMark
}

// flatMark is an outline entry and the page it is on (from 1).
type flatMark struct {
	title string
	y     float64
	page  int32
	level int32
}

// add notes the entries of page page.
func (o *outline) add(page int, ms []outlineMark) {
	for _, m := range ms {
		o.marks = append(o.marks, flatMark{title: m.Title, y: m.Y, page: int32(page), level: int32(m.Level)})
	}
}

// outline writes the entries of o as fpdf writes its bookmarks, numbered
// from n+1, followed by the outline dictionary; h and k are fpdf's page
// height and scale. It returns the offset of each object written.
func (pw *pageWriter) outline(o *outline, n int, h, k float64) []int {
	nb := len(o.marks)
	// The links between entries, as fpdf's putbookmarks makes them.
	parent := make([]int32, nb)
	prev := make([]int32, nb)
	next := make([]int32, nb)
	first := make([]int32, nb)
	last := make([]int32, nb)
	for i := range nb {
		prev[i], next[i], first[i], last[i] = -1, -1, -1, -1
	}
	lru := map[int32]int32{}
	level := int32(0)
	for i, m := range o.marks {
		if m.level > 0 {
			p := lru[m.level-1]
			parent[i] = p
			last[p] = int32(i)
			if m.level > level {
				first[p] = int32(i)
			}
		} else {
			parent[i] = int32(nb)
		}
		if m.level <= level && i > 0 {
			p := lru[m.level]
			next[p] = int32(i)
			prev[i] = p
		}
		lru[m.level] = int32(i)
		level = m.level
	}
	offs := make([]int, 0, nb+1)
	ref := func(b []byte, key string, i int32) []byte {
		if i == -1 {
			return b
		}
		b = append(b, key...)
		b = strconv.AppendInt(b, int64(n+1)+int64(i), 10)
		return append(b, " 0 R\n"...)
	}
	var b []byte
	for i, m := range o.marks {
		offs = append(offs, pw.n)
		b = strconv.AppendInt(b[:0], int64(n+1+i), 10)
		b = append(b, " 0 obj\n<</Title ("...)
		b = appendEscaped(b, utf16Text(m.title))
		b = append(b, ")\n"...)
		b = ref(b, "/Parent ", parent[i])
		b = ref(b, "/Prev ", prev[i])
		b = ref(b, "/Next ", next[i])
		b = ref(b, "/First ", first[i])
		b = ref(b, "/Last ", last[i])
		b = append(b, "/Dest ["...)
		b = strconv.AppendInt(b, 1+2*int64(m.page), 10)
		b = append(b, " 0 R /XYZ 0 "...)
		b = strconv.AppendFloat(b, (h-m.y)*k, 'f', 2, 64)
		b = append(b, " null]\n/Count 0>>\nendobj\n"...)
		pw.write(b)
	}
	offs = append(offs, pw.n)
	b = strconv.AppendInt(b[:0], int64(n+1+nb), 10)
	b = append(b, " 0 obj\n<</Type /Outlines /First "...)
	b = strconv.AppendInt(b, int64(n+1), 10)
	b = append(b, " 0 R\n/Last "...)
	b = strconv.AppendInt(b, int64(n+1)+int64(lru[0]), 10)
	b = append(b, " 0 R>>\nendobj\n"...)
	pw.write(b)
	return offs
}

// appendEscaped appends s escaped as fpdf escapes a string's bytes.
func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '(', ')':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, c)
		}
	}
	return b
}
