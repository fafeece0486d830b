package newstext

import (
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"
)

// textSum is what one pass over a text tells the recognisers of
// classifyText and the labeller's features: its length in runes and
// which of the key runes they look for occur in it. Each recogniser that
// would scan the text for one of these (or count its runes) consults the
// summary instead, so a unit's text is scanned once, not once per
// recogniser.
type textSum struct {
	runes int
	keys  uint32 // key bits
}

// The key runes a textSum records.
const (
	keyCopyright uint32 = 1 << iota // copyrightKeys: a copyright cue may occur
	keyFurniture                    // furnitureCues: page furniture may occur
	keyRole                         // roleCues: a credit's role may start
	keyClauseEnd                    // 。！？，: hasClauseEnd
	keyNotCredit                    // a rune no credit line holds: creditChars fails
	keySentence                     // 。！？；：!?;: hasSentencePunct
	keyStop                         // stops
	keyInner                        // innerPuncts
	keySpace                        // spaces
	keyMail                         // = or @: a Korean credit's (see gate)
	keyParen                        // （: a position mark's (gate)
	keyForeign                      // ＝, 사 or ⓒ ©: a Japanese or Korean caption's (gate)
	keyScan                         // 扫 or 掃: a media prompt's (gate)
	keyChrome                       // chromeKeys: a web page's furniture may occur (gate)
	keySlash                        // / ／ ∕ (isSlash): a slash credit's (gate)
	keySource                       // 源: a photo's source credit, 图片来源：X (gate)
	keyStampTime                    // stampTimeCues: a web stamp's time may occur (mayHoldStampTime)
	keyReadWord                     // readWordCues: a read counter's word may occur (mayHoldReadWord)
	keyFrom                         // 自: a microblog's 来自 may occur (clientStamp)
	keyFollow                       // followKeys: a follow call's verb or button may occur (gate)
	keyColon                        // : or ：: an author line's (jaAuthorLine, gate)
)

// followKeys are the first runes of followVerbs (加入, 关注, 订阅…) and the
// runes of promptEnds' follow and star words (关注, 星标), one of which
// every follow call and follow button holds (followCall, followButton;
// TestFollowKeys holds the lists to it): the gate asks for one before it
// lets a short line ending as a call ends (…吧！, …。) into noiseKindSum.
const followKeys = "加關关追訂订按点點星"

// sumTable maps each BMP rune to its key bits (sumKeys), built on first
// use (a 256 KiB table start-up need not pay for). Asking sumKeys of each
// of the 65,536 runes would cost some 3 ms per process, so the table is
// made from what sumKeys asks, set by set: every rune is no credit rune
// but the ranges and runes isCreditRune accepts, and each key set adds
// its members (TestSumTable holds the two to agreement).
var sumTable = sync.OnceValue(func() *[1 << 16]uint32 {
	t := new([1 << 16]uint32)
	for r := range t {
		t[r] = keyNotCredit
	}
	credit := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			t[r] &^= keyNotCredit
		}
	}
	credit(0x3400, 0x4DBF) // isHan, in the BMP
	credit(0x4E00, 0x9FFF)
	credit(0xF900, 0xFAFF)
	credit(0xAC00, 0xD7A3) // Hangul syllables
	credit('A', 'Z')
	credit('a', 'z')
	credit('0', '9')
	credit(0x2000, 0x200B) // isSpace
	// isSpace, then isRoleStart, then the rest of isCreditRune.
	for _, r := range " \t\n\r\f\v\u0085\u00A0\u1680\u202F\u205F\u3000\uFEFF\u2028\u2029" +
		"特见首实摄本评通文图圖攝撰整编记記實評編责責报報美校" + "々=、，,/／∕：:·•；;+＋" {
		credit(r, r)
	}
	for _, ks := range []struct {
		set *runeSet
		key uint32
	}{{copyrightKeys, keyCopyright}, {furnitureCues, keyFurniture}, {roleCues, keyRole}, {stops, keyStop}, {innerPuncts, keyInner}, {spaces, keySpace}} {
		for w, word := range ks.set {
			for ; word != 0; word &= word - 1 {
				t[w*64+bits.TrailingZeros64(word)] |= ks.key
			}
		}
	}
	for _, r := range "。！？，" {
		t[r] |= keyClauseEnd
	}
	for _, k := range []struct {
		runes string
		key   uint32
	}{{"=@", keyMail}, {"（", keyParen}, {"＝사ⓒ©", keyForeign}, {"扫掃", keyScan}, {chromeKeys, keyChrome}, {"/／∕", keySlash}, {"源", keySource},
		{stampTimeCues, keyStampTime}, {readWordCues, keyReadWord}, {"自", keyFrom}, {followKeys, keyFollow}, {":：", keyColon}} {
		for _, r := range k.runes {
			t[r] |= k.key
		}
	}
	for _, r := range "。！？；：!?;:" {
		t[r] |= keySentence
	}
	return t
})

// sumKeys returns the key bits of r.
func sumKeys(r rune) uint32 {
	var k uint32
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
	switch r {
	case '。', '！', '？', '；', '：', '!', '?', ';', ':':
		k |= keySentence
	}
	if stops.has(r) {
		k |= keyStop
	}
	if innerPuncts.has(r) {
		k |= keyInner
	}
	if spaces.has(r) {
		k |= keySpace
	}
	switch r {
	case '=', '@':
		k |= keyMail
	case '（':
		k |= keyParen
	case '＝', '사', 'ⓒ', '©':
		k |= keyForeign
	case '扫', '掃':
		k |= keyScan
	case '源':
		k |= keySource
	}
	if strings.ContainsRune(chromeKeys, r) {
		k |= keyChrome
	}
	if isSlash(r) {
		k |= keySlash
	}
	if strings.ContainsRune(stampTimeCues, r) {
		k |= keyStampTime
	}
	if strings.ContainsRune(readWordCues, r) {
		k |= keyReadWord
	}
	if r == '自' {
		k |= keyFrom
	}
	if strings.ContainsRune(followKeys, r) {
		k |= keyFollow
	}
	if r == ':' || r == '：' {
		k |= keyColon
	}
	return k
}

// summarize makes s's textSum in one pass. s is valid UTF-8 (the reader's
// text), so every byte but a continuation byte starts a rune; four-byte
// runes hold no key.
func summarize(s string) textSum {
	t := sumTable()
	var keys uint32
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0xE0 && c < 0xF0 && i+2 < len(s):
			// The three-byte form first: most runes of CJK text.
			keys |= t[uint32(c&0x0F)<<12|uint32(s[i+1]&0x3F)<<6|uint32(s[i+2]&0x3F)]
			i += 3
		case c < 0x80:
			keys |= t[c]
			i++
		case c >= 0xC0 && c < 0xE0 && i+1 < len(s):
			keys |= t[uint32(c&0x1F)<<6|uint32(s[i+1]&0x3F)]
			i += 2
		case c >= 0xF0 && i+3 < len(s):
			i += 4
		default:
			i++
			if c&0xC0 == 0x80 {
				continue // (not in valid text: counted as no rune)
			}
		}
		n++
	}
	return textSum{runes: n, keys: keys}
}

// has reports whether the text holds a rune of key.
func (sm *textSum) has(key uint32) bool { return sm.keys&key != 0 }

// atMost is atMost(s, n) for the summarised text.
func (sm *textSum) atMost(n int) bool { return sm.runes <= n }

// isCreditRune reports the runes creditChars accepts in a credit line.
func isCreditRune(r rune) bool {
	switch {
	case isRoleStart(r), isHan(r), r == '々', isSpace(r), r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
	case r >= 0xAC00 && r <= 0xD7A3:
	case r == '=':
	case r == '、' || r == '，' || r == ',' || isSlash(r) || r == '：' || r == ':' || r == '·' || r == '•' || r == '；' || r == ';':
	case r == '+' || r == '＋': // 南方+记者 (brandorg.go)
	default:
		return false
	}
	return true
}
