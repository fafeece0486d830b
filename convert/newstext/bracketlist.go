package newstext

import "strings"

// A box's label in lenticular brackets alone on its line, set straight
// over the box's list (【この記事のポイント】 / ・日経平均は…反発 / ・米長期金
// 利の…, 【要点】 / ● …, 【포인트】 / ▲ …), heads the list: the label was
// ended on purpose and each item is a paragraph of its own. Read as a
// hard wrap, the label and the first items were glued into one unit
// whose first rune was no longer the items' bullet, so the next item
// did not open its own unit either.

// bracketLabelOverItem reports label a label in lenticular brackets and
// nothing else (a few words, no sentence inside: 【この記事のポイント】,
// 【要点】, 【포인트】) and item, the line under it, a list's item opening
// with a bullet and its text (・米長期金利の…, ●…). A digest's run-in
// lead-in runs into its text on the same line, and a bracket closing a
// wrapped sentence's line is never all of that line.
func bracketLabelOverItem(label, item string) bool {
	r, w := firstRune(item)
	if !itemBullet(r) || trimSpace(item[w:]) == "" || !strings.HasPrefix(label, "【") {
		return false
	}
	inner, end, ok := leadingBracket(label)
	if !ok || end != len(label) || inner == "" || !atMost(inner, 16) || isNote(label) {
		return false
	}
	return !strings.ContainsAny(inner, "。！？!?")
}
