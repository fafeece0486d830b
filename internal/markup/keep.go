package markup

import (
	"strings"
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
// full-width one (圖／台南市) with the characters on both sides. A mark
// spaced on both sides (2026.12.05 / sunday@…) is kept with the spaces
// and the characters beyond them.
func KeepAt(s string, i int) int {
	c, size := utf8.DecodeRuneInString(s[i:])
	if i+size >= len(s) {
		return 0
	}
	next, n := utf8.DecodeRuneInString(s[i+size:])
	switch {
	case c == ' ' && layout.NotStart(next, layout.KinsokuStrict):
		end := i + size + n
		if after, m := utf8.DecodeRuneInString(s[end:]); end < len(s) && layout.NotEnd(next) {
			end += m
			if after == ' ' && end < len(s) {
				// A spaced slash (the date and address of a Korean
				// caption, 2026.12.05 / sunday@…): kept with the
				// character after its space too, or a browser ends a
				// line with it.
				_, m2 := utf8.DecodeRuneInString(s[end:])
				end += m2
			}
		}
		return end - i
	case isDash(next) && !isDash(c) && !unicode.IsSpace(c) && layout.NotStart(next, layout.KinsokuStrict):
		// A dash of two em dashes (过下去——这些): UAX #14 lets a
		// browser break before it (class B2), which layout's strict
		// kinsoku does not; kept with the character before it.
		end := i + size
		for end < len(s) {
			d, m := utf8.DecodeRuneInString(s[end:])
			if !isDash(d) {
				break
			}
			end += m
		}
		return end - i
	case c == '第' && isNumeral(next):
		// An ordinal, 第７６期, 第三譜: Chromium's phrase breaking (the
		// headings' word-break: auto-phrase) takes 第 for a phrase of
		// its own and ended a balanced headline's first line with it
		// (第 / ７６期王将戦…); layout keeps a number with its prefix
		// and counter. Kept whole: 第, the numerals, and the counter
		// after them when it is a word character.
		end := i + size + n
		for end < len(s) {
			d, m := utf8.DecodeRuneInString(s[end:])
			if !isNumeral(d) {
				if unicode.IsLetter(d) {
					end += m
				}
				break
			}
			end += m
		}
		return end - i
	case next == '·' && c >= 0x80 && !unicode.IsSpace(c):
		// The middle dot between Korean or Chinese words (지음·남해출판,
		// 원·달러) is of UAX #14's ambiguous class, which a browser
		// breaks before after a syllable or an ideograph: kept with the
		// character before it.
		return size + n
	case latinRune(c) && latinRune(next) && layout.NotStart(next, layout.KinsokuStrict) &&
		!layout.NotStart(c, layout.KinsokuStrict) && longLatinRun(s, i):
		// A mark inside a run of Latin too long for a phone's line (a
		// URL, https://…/1234567.htm): the page's overflow-wrap breaks
		// such a run anywhere, before its dot or slash too; kept with
		// the character before it (with the marks after it: ://), the
		// break falls before that one.
		end := i + size + n
		for end < len(s) && latinRune(rune(s[end])) && layout.NotStart(rune(s[end]), layout.KinsokuStrict) {
			end++
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

// minLongRun is the length in bytes of a run of Latin without spaces
// that may not fit a phone's line (some 20 em) and so is broken anywhere.
const minLongRun = 24

// longLatinRun reports whether the character at i of s is in a run of
// printable ASCII without spaces of at least minLongRun bytes. Each scan
// stops once the run is that long: KeepAt asks at every mark of the run.
func longLatinRun(s string, i int) bool {
	lo, hi := i, i
	for lo > 0 && i-lo < minLongRun && latinRune(rune(s[lo-1])) {
		lo--
	}
	for hi < len(s) && hi-lo < minLongRun && latinRune(rune(s[hi])) {
		hi++
	}
	return hi-lo >= minLongRun
}

// latinRune reports whether r is printable ASCII other than the space.
func latinRune(r rune) bool { return r > ' ' && r < utf8.RuneSelf }

// isNumeral reports a digit, ASCII or full-width, or a Han numeral.
func isNumeral(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("〇一二三四五六七八九十百千", r)
}

// isDash reports the dashes Chinese sets in pairs (——; ―― where the strict
// kinsoku keeps it off a line's start too), which a
// browser may break before.
func isDash(r rune) bool { return r == '—' || r == '―' }
