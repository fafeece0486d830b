package newstext

import (
	"strings"
	"unicode/utf8"
)

// newRuneSet returns the set of the runes of chars, which must all be in
// the Basic Multilingual Plane.
func newRuneSet(chars string) *runeSet {
	set := new(runeSet)
	for _, r := range chars {
		if r > 0xFFFF {
			panic("newstext: runeSet holds the BMP only: " + string(r))
		}
		set.add(r)
	}
	return set
}

// in reports whether s holds a rune of the set: a shift and a load per
// rune, with no branch per member, where a switch over a dozen runes
// searches for each rune of the text. It decodes ASCII and the two- and
// three-byte forms inline and skips four-byte runes (never in the set);
// a continuation byte is skipped on its own, as it never starts a rune.
func (set *runeSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		var r rune
		switch {
		case c < 0x80:
			r = rune(c)
		case c >= 0xE0 && c < 0xF0 && i+2 < len(s):
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 2
		case c >= 0xC0 && c < 0xE0 && i+1 < len(s):
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i++
		default:
			continue
		}
		if set[r>>6]&(1<<(uint(r)&63)) != 0 {
			return true
		}
	}
	return false
}

// Sets of runes the recognisers look for, each searched in one pass
// where strings.ContainsAny decodes every rune and a search per rune
// passes over the text once per rune.
var (
	fullStops     = newRuneSet("。！？")
	stops         = newRuneSet("。！？!?")
	innerPuncts   = newRuneSet("，、：；,;:")
	spaces        = newRuneSet("　 ")
	commas        = newRuneSet("，,、")
	furnitureCues = newRuneSet("版年编編校审") // folio, date, desk credit: see noiseKind
	// roleCues holds the runes creditChars finds a role by: the runes
	// isRoleStart accepts and the first syllables of Korean roles
	// (TestRoleCues checks it against both).
	roleCues = newRuneSet("特见首实摄本评通文图圖攝撰整编记記實評編责責报報譯译核美校读讀参參审審初复複终終全融剪配出前随隨기특통논")
)

// hasAnyRune reports whether s holds a rune of chars, as
// strings.ContainsAny does (see indexAnyRune).
func hasAnyRune(s, chars string) bool { return indexAnyRune(s, chars) >= 0 }

// indexAnyRune returns the byte index in s of the first rune of chars, or
// -1, as strings.IndexAny does, in one pass over s: where chars holds a
// rune beyond ASCII, strings.IndexAny searches chars for every rune of s,
// and those searches were a tenth of the reader's time on unmarked pages.
// Two 64-bit filters of chars' runes (their low six bits and the six above
// them) let a rune through to the search of chars only when both match,
// which for a dozen runes is about one rune in twenty-five.
func indexAnyRune(s, chars string) int {
	var lo, hi uint64
	for i := 0; i < len(chars); {
		c, w := runeAt(chars, i)
		lo |= 1 << (uint(c) & 63)
		hi |= 1 << (uint(c) >> 6 & 63)
		i += w
	}
	// (runeAt's decoding, not a range loop: the loop calls the runtime's
	// decoder for every CJK rune, which was half of this function's time;
	// written out here, as the call to runeAt, not inlined, was a third
	// of it.)
	for i := 0; i < len(s); {
		c := s[i]
		r, w := rune(c), 1
		switch {
		case c < utf8.RuneSelf:
		case i+2 < len(s) && inlineLead3(c, s[i+1]) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, w = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if lo&(1<<(uint(r)&63)) != 0 && hi&(1<<(uint(r)>>6&63)) != 0 && strings.ContainsRune(chars, r) {
			return i
		}
		i += w
	}
	return -1
}
