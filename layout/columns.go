package layout

import (
	"sync/atomic"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Columns is a Measurer in terminal display columns by UAX #11: wide and
// fullwidth characters take 2 columns, combining marks and zero-width
// characters 0, everything else 1. Ambiguous characters (“”‘’…—·■) take 2
// when AmbiguousWide is set, as CJK terminals and fonts show them.
type Columns struct {
	AmbiguousWide bool
}

// Em is 2 columns: one fullwidth character.
func (c Columns) Em() float64 { return 2 }

// Advance returns the display width of r in columns.
func (c Columns) Advance(r rune) float64 {
	if uint32(r)-0x20 < 0x7f-0x20 {
		return 1
	}
	if uint32(r)-0x4E00 <= 0x9FFF-0x4E00 {
		return 2
	}
	return c.advance(r)
}

// advance is Advance for the rest, out of line so that Advance, called for
// every character a bulletin sets, is inlined.
func (c Columns) advance(r rune) float64 {
	if r >= 0xAC00 && r <= 0xD7A3 {
		return 2
	}
	if r < 0x10000 {
		t := bmpPage(r)[r&0xff]
		if c.AmbiguousWide {
			t >>= 2
		}
		return float64(t & 3)
	}
	return float64(RuneColumns(r, c.AmbiguousWide))
}

// bmpPages caches RuneColumns for the Basic Multilingual Plane, one page of
// 256 characters at a time, filled on first use: a whole-plane table costs
// milliseconds to build, a fifth of a small bulletin's time, and text uses
// few pages. Each entry holds the width in its low two bits and the width
// with ambiguous characters wide in the next two. A page is computed
// independently by each goroutine that races to it; the results are equal.
var bmpPages [0x100]atomic.Pointer[[0x100]uint8]

// bmpPage returns the cached page of r, filling it if needed.
func bmpPage(r rune) *[0x100]uint8 {
	hi := r >> 8
	if p := bmpPages[hi].Load(); p != nil {
		return p
	}
	p := new([0x100]uint8)
	for lo := range rune(0x100) {
		c := hi<<8 | lo
		p[lo] = uint8(RuneColumns(c, false) | RuneColumns(c, true)<<2)
	}
	bmpPages[hi].Store(p)
	return p
}

// RuneColumns returns the display width of r: 0, 1 or 2 columns.
func RuneColumns(r rune, ambiguousWide bool) int {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0xFEFF:
		return 0
	}
	if r < 0x20 || r >= 0x7f && r < 0xa0 {
		return 1 // control characters are never written; count them like a space
	}
	if r >= 0x300 && isCombining(r) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	case width.EastAsianAmbiguous:
		if ambiguousWide {
			return 2
		}
	}
	return 1
}

// isCombining reports whether r has a non-zero canonical combining class,
// the test terminals (and Python's unicodedata.combining) use.
func isCombining(r rune) bool {
	if !unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) {
		return false
	}
	var buf [4]byte
	n := encodeRune(buf[:], r)
	return norm.NFD.Properties(buf[:n]).CCC() != 0
}

func encodeRune(p []byte, r rune) int {
	return copy(p, string(r))
}
