package newstext

import "strings"

// A Japanese list's item (・日経平均は…反発, ▽こども将棋大会＝市体育館で)
// is a phrase set with no full stop, so its missing stop is no sign that
// a column break cut it: the last item of a box of points, then the
// story's lead after a blank line, 7日の東京株式市場で…終えた。, had been
// read as one paragraph broken by a column. An item cut by a break goes
// on in the item's style, with no stop either; one written in sentences
// holds its stop before the cut, and may go on into one.

// itemOverProse reports paragraph p a list's item (listDot) written as a
// phrase, no full stop in it, and c a paragraph ending a sentence with
// 。: c is prose under the list, not the rest of the item (mayContinue).
func itemOverProse(p, c string) bool {
	return listDot(p) && strings.HasSuffix(c, "。") && !strings.Contains(p, "。")
}
