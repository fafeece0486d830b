package newstext

// A call for contributions with its address, 投稿邮箱：x@y.cn, is page
// furniture at the foot of a page (copyCall). Set as a row of an
// information box, right over or under another of its rows (a 征稿启事's
// 投稿邮箱：… over 截稿日期：2027年1月31日), it is the box's own field, a
// row of text as its neighbour is (formrows.go). Alone at a page's foot,
// or under a paragraph, it stays furniture.

// keepCopyRows makes text of a call for contributions set in the same
// block as an information box's row right above or under it.
func (b *builder) keepCopyRows() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uNoise || u.noise != noiseCopyCall {
			continue
		}
		if i > 0 && us[i-1].lastLine+1 == u.line && boxRowUnit(&us[i-1]) ||
			i+1 < len(us) && u.lastLine+1 == us[i+1].line && boxRowUnit(&us[i+1]) {
			u.kind, u.noise, u.summed = uText, "", false
		}
	}
}

// boxRowUnit reports a unit of text holding one information box's row
// (infoRow, labelValueRow).
func boxRowUnit(u *unit) bool {
	return u.kind == uText && !u.verbatim && u.line == u.lastLine && (infoRow(u.text) || labelValueRow(u.text))
}
