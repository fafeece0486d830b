package newstext

// Korean ends its sentences with the ASCII full stop, which the stops
// that rule out a head (。！？) do not hold: a bulleted Korean line ending
// in one, ▲청주시립도서관은 20일 오후 2시 어린이 겨울방학 독서교실을 연다.,
// is a sentence (a standing box's entry, a list's item or a caption),
// never a section head, however short. Heads end in a noun or a verb
// with no stop (▲아빠 몫 90일); a figure's stop (… 043-220-1234.) or an
// abbreviation's (… Inc.) is left as it was.

// koreanFullStop reports s ending in a full stop after a Hangul
// syllable, with closing quotes or brackets after it (…연다., …했다.”).
func koreanFullStop(s string) bool {
	for s != "" {
		r, w := decodeLast(s)
		switch r {
		case '”', '’', '"', '\'', ')', '）', '」', '』':
			s = s[:len(s)-w]
			continue
		case '.':
			p, _ := decodeLast(s[:len(s)-w])
			return p >= 0xAC00 && p <= 0xD7A3
		}
		return false
	}
	return false
}
