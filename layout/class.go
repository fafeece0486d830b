package layout

import (
	_ "embed" // sets.bin
	"sync"
	"unicode"
)

// class is the layout role of a cluster: what it may be next to, whether it
// can be compressed, and where justification may add space.
type class uint8

const (
	clsOther  class = iota // symbols and anything without a special role
	clsSpace               // white space: dropped at line edges, stretches
	clsAlnum               // Latin (Greek, Cyrillic …) letters and digits
	clsLatinP              // narrow punctuation inside Latin text
	clsIdeo                // Han, kana, Hangul: the CJK "characters"
	clsOpen                // fullwidth opening bracket/quote: empty left half
	clsClose               // fullwidth closing mark, 、，。 in GB style: empty right half
	clsMiddle              // centred mark (・, and 。，、：； in zh-Hant): empty quarter each side
	clsFixed               // CJK punctuation that is never compressed (！？ 〜)
	clsDash                // — ⸺ … ⋯ ‥: runs are never split nor spaced
)

// isPunct reports whether c is CJK punctuation (no CJK–Latin space next to it).
func (c class) isPunct() bool { return c >= clsOpen }

// isLatin reports whether c is part of Latin text, which is never letter-spaced.
func (c class) isLatin() bool { return c == clsAlnum || c == clsLatinP }

// notStart holds the characters that may not begin a line at the strict level:
// clreq strict (Chinese) united with jlreq level 3 (Japanese) and the sets
// enforced by /shared/tools/cjkcheck.py, plus ー and 々 (jlreq strict).
const notStart = "、，。．：；！？‼⁇⁈⁉,.:;!?" + "”’）》〉」』】〕〗〙］｝｠)]}" + "～-–—〜‐" + "·・‧" + "／/" + "⸺…⋯‥" +
	"’”）〕］｝〉》」』】⦆｠〙〗»〟)]}" + "‐〜゠–" + "・：；" + "。．" + "、，" + "ヽヾゝゞ〻々" +
	"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿー" + "%‰°′″℃％"

// smallKana are the jlreq level-3 additions relaxed by KinsokuNormal and Loose.
const smallKana = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿーヽヾゝゞ〻々゠〜"

// notEnd holds the characters that may not end a line.
const notEnd = "“‘（《〈「『【〔〖〘［｛｟([{" + "／/" + "⦅«〝" + "$£¥＄￥"

// openMarks are fullwidth marks with their ink in the right half.
const openMarks = "“‘（《〈「『【〔〖〘［｛｟⦅〝"

// closeMarks are fullwidth marks with their ink in the left half (GB style).
const closeMarks = "”’）》〉」』】〕〗〙］｝｠⦆〟、，。．：；"

// middleMarks are centred fullwidth marks.
const middleMarks = "・·‧"

// hantCentred are the marks Traditional Chinese sets centred in the cell.
const hantCentred = "、，。．：；"

// dashMarks are the marks whose doubled runs are never split.
const dashMarks = "—⸺…⋯‥"

// fixedMarks are fullwidth punctuation kept at full width.
const fixedMarks = "！？‼⁇⁈⁉～〜"

// runeSet is a set of BMP runes for the hot path: an 8 KB bitmap in
// setData, which sets.bin holds ready-made (go test -update rewrites it
// from the strings above, and a test fails if they disagree). Built at
// init, the ten bitmaps cost every run a tenth of a millisecond, JSON
// and EPUB conversions included; embedded, they cost nothing until a
// page of them is read.
type runeSet int

// setBytes is the size of one set's bitmap.
const setBytes = 0x10000 / 8

func (rs runeSet) has(r rune) bool {
	return uint32(r) < 0x10000 && setData[int(rs)*setBytes+int(r>>3)]&(1<<(r&7)) != 0
}

//go:embed sets.bin
var setData string

// The sets, in their order in setData.
const (
	setNotStartStrict runeSet = iota
	setNotStartNormal
	setNotEnd
	setSmallKana
	setOpen
	setClose
	setMiddle
	setHantCentred
	setDash
	setFixed
	numSets
)

// buildSetData returns what sets.bin must hold: each set's bitmap, in
// the order of the constants above.
func buildSetData() []byte {
	data := make([]byte, numSets*setBytes)
	put := func(rs runeSet, s string, on bool) {
		for _, r := range s {
			i, bit := int(rs)*setBytes+int(r>>3), byte(1)<<(r&7)
			if on {
				data[i] |= bit
			} else {
				data[i] &^= bit
			}
		}
	}
	put(setNotStartStrict, notStart, true)
	put(setNotStartNormal, notStart, true)
	put(setNotStartNormal, smallKana, false) // relaxed by KinsokuNormal
	put(setNotEnd, notEnd, true)
	put(setSmallKana, smallKana, true)
	put(setOpen, openMarks, true)
	put(setClose, closeMarks, true)
	put(setMiddle, middleMarks, true)
	put(setHantCentred, hantCentred, true)
	put(setDash, dashMarks, true)
	put(setFixed, fixedMarks, true)
	return data
}

// hanKinsoku says, once worked out from the sets themselves, whether no
// ideograph of U+4E00–U+9FFF may not start a line (at any level) or may not
// end one.
var hanKinsoku struct {
	once sync.Once
	free bool
}

// hanKinsokuFree reports whether NotStart and NotEnd are false for every
// rune of U+4E00–U+9FFF (isHanBMP), so that tailor may skip looking them
// up for the bulk of Chinese and Japanese text.
func hanKinsokuFree() bool {
	hanKinsoku.once.Do(func() {
		free := true
		for _, rs := range []runeSet{setNotStartStrict, setNotStartNormal, setNotEnd} {
			// 0x4E00 and 0xA000 are multiples of 8: whole bytes.
			for _, c := range []byte(setData[int(rs)*setBytes+0x4E00/8 : int(rs)*setBytes+0xA000/8]) {
				free = free && c == 0
			}
		}
		hanKinsoku.free = free
	})
	return hanKinsoku.free
}

// isHanBMP reports whether r is in the CJK Unified Ideographs block
// (U+4E00–U+9FFF), the ideographs of nearly all Chinese text.
func isHanBMP(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// NotStart reports whether r may not begin a line under level k.
func NotStart(r rune, k Kinsoku) bool {
	if k == KinsokuStrict {
		return setNotStartStrict.has(r)
	}
	return setNotStartNormal.has(r)
}

// NotEnd reports whether r may not end a line.
func NotEnd(r rune) bool { return setNotEnd.has(r) }

// classify returns the class of the cluster whose first rune is r; centred
// says whether the font draws 、，。．：； centred in the em square.
func classify(r rune, lang Lang, centred bool) class {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return clsIdeo
	case r < 0x80:
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
			return clsSpace
		case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			return clsAlnum
		case r < 0x20 || r == 0x7f:
			return clsOther
		}
		return clsLatinP
	case setOpen.has(r):
		return clsOpen
	case centred && setHantCentred.has(r):
		return clsMiddle
	case setClose.has(r):
		return clsClose
	case setMiddle.has(r):
		return clsMiddle
	case setDash.has(r):
		return clsDash
	case setFixed.has(r):
		return clsFixed
	case r == 0x3000 || unicode.IsSpace(r):
		return clsSpace
	case isIdeo(r):
		return clsIdeo
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFF0F, r >= 0xFF1A && r <= 0xFF20:
		return clsFixed
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return clsAlnum
	case unicode.IsPunct(r) && r < 0x2E80:
		return clsLatinP
	}
	return clsOther
}

// isIdeo reports whether r is a Han ideograph, kana or Hangul syllable/jamo,
// or a fullwidth letter or digit (set like an ideograph).
func isIdeo(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF, r >= 0xF900 && r <= 0xFAFF,
		r >= 0x20000 && r <= 0x3FFFF:
		return true
	case r >= 0x3040 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF, r == 0x3005, r == 0x3007:
		return true
	case r >= 0xAC00 && r <= 0xD7AF, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return true
	case r >= 0xFF10 && r <= 0xFF19, r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A:
		return true
	}
	return false
}

// isHan reports whether r is a Han ideograph (for widow control).
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0x20000 && r <= 0x3FFFF
}

// isKana reports whether r is hiragana or katakana (for widow control).
func isKana(r rune) bool {
	return r >= 0x3041 && r <= 0x30FF || r >= 0x31F0 && r <= 0x31FF
}

// isHangul reports whether r is Hangul (for klreq word breaking).
func isHangul(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7AF || r >= 0x1100 && r <= 0x11FF || r >= 0x3130 && r <= 0x318F
}
