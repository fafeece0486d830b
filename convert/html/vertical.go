package html

// Vertical pages set numbers the way the vertical EPUB and Japanese and
// Chinese print do: a run of one or two ASCII digits side by side in one
// em (縦中横, text-combine-upright), a longer run upright digit by digit
// (text-orientation: upright), and a number that is part of a Latin word
// or a decimal (G20, 1.5) turned sideways with it, as Latin text is.

// digitRun returns the class of the digits s[i:j]: "tcy" for one or two
// digits, "upright" for more, or "" when they belong to Latin text.
func digitRun(s string, i, j int) string {
	if isLatin(s, i-1) || isLatin(s, j) {
		return ""
	}
	if j-i <= 2 {
		return "tcy"
	}
	return "upright"
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isLatin reports whether s[i] is an ASCII letter, digit or a point or
// comma inside a number: such runs ("G20", "1.5", "10,000") stay together,
// set sideways.
func isLatin(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	b := s[i]
	return b == '.' || b == ',' || isDigit(b) || ('a' <= b|0x20 && b|0x20 <= 'z')
}
