package newstext

import "strings"

// signCut reports a figure cut at the wrap before its decimal point or
// its percent sign, 亦跌5 / .2%。, 按年增長12 / %，, 增长17.6 / %，, in CJK
// text: a page wrapped by character count cuts wherever the count falls,
// and the point or sign opening the next line belongs to the figure
// ending the line above, so the join adds no space (as for a cut after
// the point, 5. / 1%, or between two digits). The figure must follow a
// wide character with nothing between but its digits, thousands commas
// and, before a percent sign, one decimal part (a Latin line, "rose by
// 5" / "% a year", and a figure after a space keep their space), and the
// point must have a digit after it (跌5 / . 其後 is no decimal).
func signCut(a, b string) bool {
	if b == "" || b[0] != '%' && b[0] != '.' {
		return false // a cheap test first: most next lines open otherwise
	}
	if b[0] == '.' && (len(b) < 2 || b[1] < '0' || b[1] > '9') {
		return false
	}
	return wideBeforeFigure(a, b[0] == '%')
}

// wideBeforeFigure reports a line ending in a figure set right after a
// wide character, 亦跌5, 成交额1,28, and with decimal also 增长17.6 (one
// decimal point between digits): the figure is CJK text's, and a wrap
// inside it or at its end before its sign is no word space. A second
// point, 1.2.6, or a point with no digit before it, 增长.6, makes no
// figure.
func wideBeforeFigure(a string, decimal bool) bool {
	if n := len(a); n == 0 || a[n-1] < '0' || a[n-1] > '9' {
		return false // no figure at the line's end
	}
	head := strings.TrimRight(a, "0123456789,")
	if n := len(head); decimal && n >= 2 && head[n-1] == '.' && head[n-2] >= '0' && head[n-2] <= '9' {
		head = strings.TrimRight(head[:n-1], "0123456789,")
	}
	if head == "" {
		return false
	}
	r, _ := decodeLast(head)
	return isWide(r)
}
