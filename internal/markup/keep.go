package markup

import (
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/layout"
)

// KeepAt returns how many bytes of s from i a markup writer keeps on one
// line (in a nowrap span), or 0. Browsers break where layout does not: at
// any space, and (UAX #14) after a slash before Han or Hangul. So a space
// before a character that may not start a line (the slash of a Korean
// photo credit, "… /김민수 기자") is kept with it, and with the character
// after it when the mark may not end a line either; and a mark that may
// neither start nor end a line inside a word (the slash of the News1
// credit 2024.12.3/뉴스1) is kept with the character after it when that is
// not ASCII (a URL's slashes, before Latin, stay breakable), and a
// full-width one (圖／台南市) with the characters on both sides.
func KeepAt(s string, i int) int {
	c, size := utf8.DecodeRuneInString(s[i:])
	if i+size >= len(s) {
		return 0
	}
	next, n := utf8.DecodeRuneInString(s[i+size:])
	switch {
	case c == ' ' && layout.NotStart(next, layout.KinsokuStrict):
		end := i + size + n
		if after, m := utf8.DecodeRuneInString(s[end:]); end < len(s) && after != ' ' && layout.NotEnd(next) {
			end += m
		}
		return end - i
	case layout.NotEnd(c) && layout.NotStart(c, layout.KinsokuStrict) && next >= 0x80 && !unicode.IsSpace(next):
		return size + n
	case c >= 0x80 && !unicode.IsSpace(c) && next >= 0x80 && layout.NotEnd(next) && layout.NotStart(next, layout.KinsokuStrict):
		// The full-width slash of a Taiwanese credit, 圖／台南市…: UAX #14
		// lets a browser break before it (an ideograph's class), so it
		// is kept with the character before it, and after it.
		end := i + size + n
		if after, m := utf8.DecodeRuneInString(s[end:]); end < len(s) && after >= 0x80 && !unicode.IsSpace(after) {
			end += m
		}
		return end - i
	}
	return 0
}
