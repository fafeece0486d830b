package layout

import (
	"sync"
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
	if r >= 0x20 && r < 0x7f {
		return 1
	}
	if r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3 {
		return 2
	}
	if r < 0x10000 {
		t := bmpColumns()[r]
		if c.AmbiguousWide {
			t >>= 2
		}
		return float64(t & 3)
	}
	return float64(RuneColumns(r, c.AmbiguousWide))
}

// bmpColumns is RuneColumns for the Basic Multilingual Plane, computed once:
// the low two bits narrow, the next two with ambiguous characters wide.
var bmpColumns = sync.OnceValue(func() *[0x10000]uint8 {
	var t [0x10000]uint8
	for r := range rune(0x10000) {
		t[r] = uint8(RuneColumns(r, false) | RuneColumns(r, true)<<2)
	}
	return &t
})

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
