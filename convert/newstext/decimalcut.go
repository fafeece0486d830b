package newstext

// A page wrapped by character count breaks its lines wherever the count
// falls, inside a number too: 同比增长5. / 1%。 is 5.1% cut after its
// decimal point. Chinese and Japanese end their sentences with 。, so a
// point between a digit at a line's end and a digit opening the next line
// is the number's, not a full stop, and must not end the paragraph there
// (the ragged lines of OCR may leave that line short of the measure).
// English wraps at spaces, so a Latin line ending in a number and a period
// ("rose to 5.") may well end its sentence, and is not asked.

// decimalCut reports line a ending in a number cut at its decimal point
// (a digit, then . or ．, with a CJK character somewhere before the
// number), over line next, unindented and opening with a digit that
// starts no numbered list item (2.加强管理, ３．): the two lines are one
// number's halves. A line that is the number alone (a list's 1.) is not
// one, nor is a line over an indented one (a wrapped line is never
// indented).
func decimalCut(a, next srcLine) bool {
	if next.indent {
		return false
	}
	p, w := decodeLast(a.text)
	if p != '.' && p != '．' {
		return false
	}
	s := a.text[:len(a.text)-w]
	digits := 0
	for len(s) > 0 {
		r, w := decodeLast(s)
		if !isDigitRune(r) {
			break
		}
		s, digits = s[:len(s)-w], digits+1
	}
	if digits == 0 || !hasCJKChar(s) {
		return false
	}
	r, _ := firstRune(next.text)
	return isDigitRune(r) && !listItemStart(next.text)
}

// hasCJKChar reports s holding an ideograph, kana or CJK punctuation.
func hasCJKChar(s string) bool {
	for _, r := range s {
		if isCJKChar(r) {
			return true
		}
	}
	return false
}
