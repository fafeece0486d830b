package newstext

import "strings"

// A Japanese market box or table writes the day's change with a sign
// before the figure instead of 高/安 or 増/減 after it: △ up, ▲ (or ▼)
// down, 八十二銀　１，０２５　△１２, 日経平均　３万９８１２円４５銭
// ▲２１３円１０銭. The sign is the figure's, as a minus is: a field
// opening with it and a digit is a figure with its unit as ２１３円１０銭安
// is (tableRow's unit figures), and the row stays a row, never a title
// line (blind page ja-b56-keizai-kabu: the box's first row became a
// subheadline). A sign not right before a digit (▲は減, a list's ▲) is
// no figure's.

// changeSignAt reports a change sign (△, ▲, ▼) at byte i of s with a
// digit right after it.
func changeSignAt(s string, i int) bool {
	for _, sign := range []string{"▲", "△", "▼"} {
		if strings.HasPrefix(s[i:], sign) {
			r, _ := firstRune(s[i+len(sign):])
			return r >= '0' && r <= '9' || r >= '０' && r <= '９'
		}
	}
	return false
}
