package newstext

import (
	"strings"
	"unicode/utf8"
)

// minSpacedLetters is the fewest characters a letter-spaced line has: a
// padded name (张　璐, 王 芳) has two or three, and stays as written.
const minSpacedLetters = 6

// letterSpaced returns s without its spaces when s is a CJK title set
// letter-spaced, a space after every character (北 京 新 增 3 0 条, as OCR
// reads a display headline set wide), and whether it was. Every piece
// between single spaces is one character: ideographs or kana (at least
// half of them), CJK punctuation or a digit, or a mark of punctuation
// set against a character (，未); Latin letters and Hangul, whose spaces
// are words', never.
func letterSpaced(s string) (string, bool) {
	if strings.Count(s, " ") < minSpacedLetters-1 {
		return s, false
	}
	n, han := 0, 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isHan(r) || isKana(r):
			han++
		case r >= '0' && r <= '9' || isCJKChar(r):
		default:
			return s, false
		}
		n++
		i += w
		// A mark of punctuation sits against the character before or
		// after it (人 民 网 版 权 所 有 ，未 经 …): the two are one piece.
		if i < len(s) && s[i] != ' ' {
			if r2, w2 := utf8.DecodeRuneInString(s[i:]); spacedMark(r) && (isHan(r2) || isKana(r2)) || (isHan(r) || isKana(r)) && spacedMark(r2) {
				if isHan(r2) || isKana(r2) {
					han++
				}
				n++
				i += w2
			}
		}
		if i == len(s) {
			break
		}
		if s[i] != ' ' || i+1 == len(s) || s[i+1] == ' ' {
			return s, false // not one character between single spaces
		}
		i++
	}
	if n < minSpacedLetters || 2*han < n {
		return s, false
	}
	return strings.ReplaceAll(s, " ", ""), true
}

// spacedMark reports a CJK punctuation mark, which letter-spaced text
// sets against a character rather than between spaces of its own.
func spacedMark(r rune) bool {
	return r >= 0x3001 && r <= 0x303F || r >= 0xFF01 && r <= 0xFF0F || r >= 0xFF1A && r <= 0xFF20 || r == '“' || r == '”' || r == '‘' || r == '’'
}
