package newstext

// A box of entries grouped under marked heads, an appointments box's
// organisations (◇한빛은행 / ▲부행장 김철수 … / ◇충청도청 / <국장급> / ▲…),
// sets its entries without a full stop: the entry over the next head is
// finished as the box's form has it, not a paragraph cut off. The next
// line under a head bearing the first head's marker is the next
// section's head, whatever stands under it (a rank line, <국장급>).

// siblingHeadAfterEntries reports marked line i (marker m) after the
// entries of a head above it bearing the same marker: the units between
// are all entries (opening with ▲ △ ▽ ▼), rank lines (<국장급>,
// korankline.go) or rows, one at least.
func (sc *scorer) siblingHeadAfterEntries(i int, m string) bool {
	if m == "" || bulletEntryMark(m) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-64; j-- {
		u, f := &sc.us[j], &sc.fs[j]
		if f.headMark == m && u.kind == uText {
			return j < i-1
		}
		if u.kind != uText {
			return false
		}
		if r, _ := firstRune(u.text); !bulletEntryMark(string(r)) && !f.row && !koRankLine(u.text) {
			return false
		}
	}
	return false
}

// bulletEntryMark reports the bullet a box's entry opens with, ▲ △ ▽ ▼,
// as against a head's (◇ ◆ ■).
func bulletEntryMark(m string) bool {
	switch m {
	case "▲", "△", "▽", "▼":
		return true
	}
	return false
}
