package newstext

import "strings"

// signCut reports a figure cut at the wrap before its decimal point or
// its percent sign, 亦跌5 / .2%。, 按年增長12 / %，, in CJK text: a page
// wrapped by character count cuts wherever the count falls, and the point
// or sign opening the next line belongs to the figure ending the line
// above, so the join adds no space (as for a cut after the point, 5. /
// 1%, or between two digits). The figure must follow a wide character
// with nothing between but its digits and thousands commas (a Latin line, "rose by 5" / "% a year", and a
// figure after a space keep their space), and the point must have a digit
// after it (跌5 / . 其後 is no decimal).
func signCut(a, b string) bool {
	if b == "" || b[0] != '%' && b[0] != '.' {
		return false // a cheap test first: most next lines open otherwise
	}
	if b[0] == '.' && (len(b) < 2 || b[1] < '0' || b[1] > '9') {
		return false
	}
	if n := len(a); n == 0 || a[n-1] < '0' || a[n-1] > '9' {
		return false // no figure at the line's end
	}
	head := strings.TrimRight(a, "0123456789,")
	if head == "" {
		return false
	}
	r, _ := decodeLast(head)
	return isWide(r)
}
