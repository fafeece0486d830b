package newstext

import "strings"

// A notice of a road closure, a power or water cut or a changed
// timetable may set its schedule as sentences, one a line, under the
// lead that announces them: 具体封闭时段如下： / 8日22时至翌日5时，南下永康至
// 大湾封闭。 / 9日22时至翌日5时，北上大湾至永康封闭。, or 停水安排如下： /
// 东湖小区：12月8日8:00至18:00停水。 / 西湖小区：12月9日8:00至18:00停水。
// Each row is a finished sentence; with its figures' narrow digits it
// runs as wide as the page's measure, and on a hard-wrapped page the
// rows read as wrapped lines of one paragraph, and the first as the
// lead's wrap. Rows are told from prose by their repeated shape: each a
// short sentence holding a figure, with the same clause marks in the
// same order, and either the same key before the first mark once its
// figures are set aside (8日22时至翌日5时, 9日22时至翌日5时) or the same
// act closing it (封闭。, 停水。); and by the lead, a line ending in a
// colon, right above the first of two rows or more. Lines of ordinary
// prose that happen to end at a full stop are not one sentence each of
// one shape under a colon: they stay wrapped lines.

// noticeRowMax bounds a notice row's length in runes.
const noticeRowMax = 40

// noticeRowShape returns the shape of s as a notice's row, or 0 when it
// is none: a sentence of 6 to noticeRowMax runes ending in 。 or ；,
// opening with a digit or a Han character, holding a digit, with one to
// six clause marks (，：) inside and no other sentence's mark nor quote.
// The shape records the marks, in order, and whether a figure opens it.
// (A comma or colon between digits, 1,200 or 8:00, is a figure's.)
func noticeRowShape(s string) uint32 {
	end, w := decodeLast(s)
	if end != '。' && end != '；' || !atMost(s, noticeRowMax) || atMost(s, 5) || !hasDigit(s) {
		return 0
	}
	f, _ := firstRune(s)
	shape := uint32(1)
	switch {
	case isAnyDigit(f):
		shape = 2
	case !isHan(f):
		return 0
	}
	body := s[:len(s)-w]
	marks := 0
	prev := rune(0)
	for i, r := range body {
		mark := uint32(0)
		switch r {
		case '，':
			mark = 1
		case '：':
			mark = 2
		case ',', ':':
			if next, _ := firstRune(body[i+1:]); !isAnyDigit(prev) || !isAnyDigit(next) {
				mark = 1
				if r == ':' {
					mark = 2
				}
			}
		case '。', '；', '！', '？', '!', '?', ';', '“', '”', '「', '」', '‘', '’', '"':
			return 0 // two sentences, or a quotation
		}
		if mark != 0 {
			if marks++; marks > 6 {
				return 0
			}
			shape = shape*4 + mark
		}
		prev = r
	}
	if marks == 0 {
		return 0
	}
	return shape
}

// sameNoticeRows reports two rows of one notice (see above): the same
// shape (noticeRowShape, not 0), and the same key before the first
// clause mark once its figures are set aside, or the same two runes
// closing the row before its full stop (the act: 封闭, 停水).
func sameNoticeRows(a, b string) bool {
	sa := noticeRowShape(a)
	if sa == 0 || noticeRowShape(b) != sa {
		return false
	}
	if rowKey(a) == rowKey(b) {
		return true
	}
	ea, eb := trimLastRune(a), trimLastRune(b)
	for k := 0; k < 2; k++ {
		ra, wa := decodeLast(ea)
		rb, wb := decodeLast(eb)
		if ra != rb || wa == 0 || isAnyDigit(ra) {
			return false
		}
		ea, eb = ea[:len(ea)-wa], eb[:len(eb)-wb]
	}
	return true
}

// trimLastRune returns s less its last rune.
func trimLastRune(s string) string {
	_, w := decodeLast(s)
	return s[:len(s)-w]
}

// rowKey returns a row's text before its first clause mark with each
// run of digits set as one 0: 8日22时至翌日5时 and 10日22时至翌日5时 are
// one key, 0日0时至翌日0时.
func rowKey(s string) string {
	var b strings.Builder
	digits := false
	for _, r := range s {
		switch {
		case r == '，' || r == '：' || (r == ',' || r == ':') && !digits:
			return b.String()
		case isAnyDigit(r) || r == ':' && digits:
			if !digits {
				b.WriteByte('0')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

// leadLine reports a line ending in a colon: the lead a notice's rows
// are set under.
func leadLine(s string) bool {
	l := lastRune(s)
	return l == '：' || l == ':'
}

// noticeRun follows a notice's rows down a block (see above): row is
// the index of the last line read as a row of a run under its lead, or
// -1. splitBlock asks it of every line in order, so that a row is
// matched to the row above it only, never to the whole run again.
type noticeRun struct{ row int }

// breakAt reports line i of block ls opening a unit as a notice's row,
// or as the line after the rows (see above): the line above is the lead
// and lines i and i+1 are two rows of one notice, or the line above is a
// row of the run. A run may open the block under a lead ending the unit
// before it (leadBefore). Most lines are turned away by the last rune of
// the line above.
func (n *noticeRun) breakAt(ls []srcLine, i int, leadBefore func() bool) bool {
	up := ls[i-1].text
	switch lastRune(up) {
	case '：', ':':
		if i+1 < len(ls) && sameNoticeRows(ls[i].text, ls[i+1].text) {
			n.row = i
			return true
		}
		return false
	case '。', '；':
	default:
		return false
	}
	switch {
	case n.row == i-1:
		// The row above is the run's: this line is its next row, or
		// the text under the last.
		if sameNoticeRows(up, ls[i].text) {
			n.row = i
		}
		return true
	case i == 1 && sameNoticeRows(up, ls[i].text) && leadBefore():
		n.row = i
		return true
	}
	return false
}
