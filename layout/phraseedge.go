package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// BreakBadness rates a display line (a head) broken between before and
// after: 0 where it reads well, 1 where it parts a particle or an
// ending from its word (ボランティア / が), 2 inside a word (ボラン /
// ティア, 支え / る, 야외무 / 대, iPh / one). A writer that may choose how wide to set
// a head (its inset in a narrow column) asks it of each break, to prefer
// a width whose breaks fall between phrases. A break reads well at a
// space, after punctuation or before an opening bracket, and
// where a word likely ends: in Japanese where a particle meets kanji or
// katakana (phraseGap) or between two kanji; in Chinese anywhere between
// Han characters (words are not marked); never inside a Latin word or
// number, a katakana or hiragana run (ボランティ / ア, 支え / る), or
// between two Hangul syllables (inside a Korean 어절).
func BreakBadness(before, after string, lang Lang) int {
	if before == "" || after == "" || strings.TrimRightFunc(before, unicode.IsSpace) != before {
		return 0
	}
	a, _ := utf8.DecodeLastRuneInString(before)
	b, _ := utf8.DecodeRuneInString(after)
	switch {
	case phraseEdge(a, b, lang):
		return 0
	case lang == LangJa && japaneseScript(a) != japaneseScript(b):
		return 1
	}
	return 2
}

// phraseEdge reports whether a break between the runes a and b reads
// well (BreakBadness 0).
func phraseEdge(a, b rune, lang Lang) bool {
	if unicode.IsSpace(b) || b == 0x3000 {
		return true
	}
	ca, cb := classify(a, lang, false), classify(b, lang, false)
	switch {
	case ca == clsSpace:
		return true
	case ca.isPunct() && ca != clsOpen, cb == clsOpen:
		return true
	case ca.isLatin() && cb.isLatin():
		return false
	}
	switch lang {
	case LangKo:
		return !(isHangul(a) && isHangul(b))
	case LangJa:
		sa, sb := japaneseScript(a), japaneseScript(b)
		switch {
		case sa == scriptOther || sb == scriptOther:
			return true
		case phraseGap(a, b):
			return true
		}
		return sa == scriptKanji && sb == scriptKanji
	}
	return true
}
