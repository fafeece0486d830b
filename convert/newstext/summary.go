package newstext

import (
	"sync"
	"unicode/utf8"
)

// textSum is what one pass over a text tells the recognisers of
// classifyText: its length in runes and which of the key runes they
// look for occur in it. Each recogniser that would scan the text for
// one of these (or count its runes) consults the summary instead, so a
// unit's text is scanned once, not once per recogniser.
type textSum struct {
	runes int
	keys  uint8 // sumKey bits
}

// The key runes a textSum records.
const (
	keyCopyright uint8 = 1 << iota // copyrightKeys: a copyright cue may occur
	keyFurniture                   // furnitureCues: page furniture may occur
	keyRole                        // roleCues: a credit's role may start
	keyClauseEnd                   // 。！？，: hasClauseEnd
	keyNotCredit                   // a rune no credit line holds: creditChars fails
)

// sumTable maps each BMP rune to its key bits, built on first use (a
// 64 KiB table start-up need not pay for).
var sumTable = sync.OnceValue(func() *[1 << 16]uint8 {
	t := new([1 << 16]uint8)
	for r := rune(0); r < 1<<16; r++ {
		var k uint8
		if copyrightKeys.has(r) {
			k |= keyCopyright
		}
		if furnitureCues.has(r) {
			k |= keyFurniture
		}
		if roleCues.has(r) {
			k |= keyRole
		}
		switch r {
		case '。', '！', '？', '，':
			k |= keyClauseEnd
		}
		if !isCreditRune(r) {
			k |= keyNotCredit
		}
		t[r] = k
	}
	return t
})

// summarize makes s's textSum in one pass. s is valid UTF-8 (the reader's
// text), so every byte but a continuation byte starts a rune; four-byte
// runes hold no key.
func summarize(s string) textSum {
	t := sumTable()
	var sm textSum
	var keys uint8
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			keys |= t[c]
		case c >= 0xE0 && c < 0xF0 && i+2 < len(s):
			keys |= t[rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F)]
			i += 2
		case c >= 0xC0 && c < 0xE0 && i+1 < len(s):
			keys |= t[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]
			i++
		case c >= 0xF0 && i+3 < len(s):
			i += 3
		case c&0xC0 == 0x80:
			continue // (not in valid text: counted as no rune)
		}
		n++
	}
	sm.runes, sm.keys = n, keys
	return sm
}

// has reports whether the text holds a rune of key.
func (sm *textSum) has(key uint8) bool { return sm.keys&key != 0 }

// atMost is atMost(s, n) for the summarised text.
func (sm *textSum) atMost(n int) bool { return sm.runes <= n }

// isCreditRune reports the runes creditChars accepts in a credit line.
func isCreditRune(r rune) bool {
	switch {
	case isRoleStart(r), isHan(r), r == '々', isSpace(r), r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
	case r >= 0xAC00 && r <= 0xD7A3:
	case r == '=':
	case r == '、' || r == '，' || r == ',' || r == '/' || r == '／' || r == '：' || r == ':' || r == '·' || r == '•' || r == '；' || r == ';':
	default:
		return false
	}
	return true
}
