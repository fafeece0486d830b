package newstext

// Korean portals (Daum, Naver) print a stamp's date with a space after
// each of its dots, 입력 2026. 12. 7. 06:31수정 2026. 12. 7. 08:02, the
// way Korean writes a date in running text. The stamp reader parts its
// tokens at spaces, so the date comes to it in three pieces, 2026. 12.
// 7.; read as such, the stamp was left to the text as a paragraph (blind
// page ko-daum-web). spacedDotDate puts the pieces back together.

// spacedDotDate reports token t, a year of four digits closed by its dot
// (2026.), as the opening of a spaced dotted date whose month and day,
// each of one or two digits closed by a dot, follow in rest after one
// or more spaces (12. 7.), and returns what follows the day's dot. The
// day's dot is followed by the text's end or a space: 2026. 12. 7.5 or
// a figure run on is no date. The month is 1 to 12 and the day 1 to 31,
// so a list of figures with dots (2026. 15. 40.) is none.
func spacedDotDate(t, rest string) (after string, ok bool) {
	if len(t) != 5 || t[4] != '.' || !allDigits(t[:4]) {
		return "", false
	}
	month, rest, ok := spacedDotField(rest, false) // (the space after the year's dot parted t from rest)
	if !ok || month < 1 || month > 12 {
		return "", false
	}
	day, rest, ok := spacedDotField(rest, true)
	if !ok || day < 1 || day > 31 {
		return "", false
	}
	if rest != "" {
		if r, _ := firstRune(rest); !isSpace(r) {
			return "", false
		}
	}
	return rest, true
}

// spacedDotField cuts one field of a spaced dotted date off s: spaces
// (one at least when spaced), one or two digits and a dot. It returns
// the field's value and what follows its dot.
func spacedDotField(s string, spaced bool) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) {
		r, w := firstRune(s[i:])
		if !isSpace(r) {
			break
		}
		i += w
	}
	if spaced && i == 0 {
		return 0, "", false // the fields are parted by a space (2026.12.7. is isNumericDate's)
	}
	j := i
	for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == i || j-i > 2 || j >= len(s) || s[j] != '.' {
		return 0, "", false
	}
	return n, s[j+1:], true
}
