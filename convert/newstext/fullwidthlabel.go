package newstext

import "strings"

// fullwidthLetter reports a full-width capital letter, Ａ to Ｚ: the
// letter of a page label (Ａ７) a page head set in full-width forms
// carries, as its date carries full-width digits (２０２６年１２月６日).
func fullwidthLetter(r rune) bool { return r >= 'Ａ' && r <= 'Ｚ' }

// foldFullwidth returns s with its full-width ASCII forms (Ａ７, Ｂ１２)
// as ASCII (A7, B12), so that a page label or folio set in full-width
// letters and digits, as OCR and Chinese or Japanese type set a page head
// whole, is told by the same tests as the ASCII one.
func foldFullwidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' {
			return r - '！' + '!'
		}
		return r
	}, s)
}
