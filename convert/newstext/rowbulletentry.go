package newstext

import "strings"

// A market box sets its rows, a name and figures parted by padding
// (日経平均　４万５１８円２２銭　▲６１２円４０銭, 出来高　２３億１２００万株),
// and under the last its comments as entries, each opened by ▽ (▽東証
// プライムの値下がり銘柄は…。). A row is a line of its own, set whole
// however it stands to a narrow column's measure: the entry under it is
// no wrap of the row, and the row, glued to it, would carry the box's
// text into a row.

// rowOverBulletEntry reports line i of the block opening with an entry's
// bullet (briefEntryBullets) right under a table's row (the block's row
// form, or a label and its count, 出来高　２３億１２００万株: countRow): the
// entry opens a unit of its own. A line of prose over the bullet (an
// inline list's ▽ the wrap put at the line's start), or another mark, ▲
// (a caption, a figure's minus), is left to the other rules.
func (b *builder) rowOverBulletEntry(i int) bool {
	bl := &b.block
	if i == 0 {
		return false
	}
	if r, _ := firstRune(bl.ls[i].text); !strings.ContainsRune(briefEntryBullets, r) {
		return false
	}
	return bl.row(i-1) > 0 || countRow(bl.ls[i-1].text)
}
