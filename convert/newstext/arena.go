package newstext

import "unsafe"

// textArena hands out the bytes of the strings the reader builds by the
// hundred thousand on a large page (lines joined into a unit, paragraphs
// joined across a break, warnings) from shared chunks, instead of one
// allocation each. A region it gives is the caller's alone: it is capped
// at its size, so appending past it moves to new memory, never into the
// next region. The strings live as long as the tree that holds them, and
// so do their chunks.
type textArena struct {
	buf []byte // the current chunk; its bytes past len are free
}

// arenaChunk is the size of a chunk; arenaMax the largest region cut from
// one (a larger string gets an allocation of its own, so a chunk wastes
// at most that much at its end).
const (
	arenaChunk = 16 << 10
	arenaMax   = arenaChunk / 16
)

// take returns an empty slice with room for n bytes that no other region
// shares.
func (a *textArena) take(n int) []byte {
	if n > arenaMax {
		return make([]byte, 0, n)
	}
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, arenaChunk)
	}
	start := len(a.buf)
	a.buf = a.buf[:start+n]
	return a.buf[start : start : start+n]
}

// join returns the concatenation of parts.
func (a *textArena) join(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		return ""
	}
	buf := a.take(n)
	for _, p := range parts {
		buf = append(buf, p...)
	}
	return bytesString(buf)
}

// bytesString returns b as a string without copying: b's bytes must never
// change afterwards.
func bytesString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}
