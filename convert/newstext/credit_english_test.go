package newstext

import (
	"strings"
	"testing"
)

// TestParseEnglishByline: names are Latin words; a CJK sentence glued to
// "By John Smith" is no byline, with or without a space before it (the
// normalized text drops that space, and the tree must read back the same).
func TestParseEnglishByline(t *testing.T) {
	for _, tc := range []struct {
		in    string
		names string // joined with |; "" for no byline
	}{
		{"By John Smith", "John Smith"},
		{"By Jane Doe and John Roe", "Jane Doe|John Roe"},
		{"By Seán O'Brien, Jean-Luc Picard", "Seán O'Brien|Jean-Luc Picard"},
		{"By John Smith。記者 林怡君／台北報導", ""},
		{"By John Smith。記者林怡君／台北報導", ""},
		{"By john smith", ""},
	} {
		c, ok := parseEnglishByline(tc.in)
		if got := strings.Join(c.names, "|"); ok != (tc.names != "") || got != tc.names {
			t.Errorf("%q: %q, %v; want %q", tc.in, got, ok, tc.names)
		}
	}
}
