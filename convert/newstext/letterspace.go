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
// half of them), CJK punctuation or a digit; Latin letters and Hangul,
// whose spaces are words', never.
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
