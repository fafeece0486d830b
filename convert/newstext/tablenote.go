package newstext

// A small table of figures set as text (its rows: features' row) closes
// with a note on its figures under its last row, opened by the note's
// mark (tableNote): （注）連結。東和食品は単体 on a Japanese page, 注：2026年
// 为预测值 on a Chinese one, ※ before it. Under the rows it is the table's
// note, as 数据来源：… and 자료: … are; elsewhere such a line is left to
// the other rules (a footnote list's 注： is footnotes.go's).

// markTableNotes makes a note of each line opening with a note mark
// (tableNote), short as a table's note is, whose nearest unit above is a
// table's row.
func (b *builder) markTableNotes(sc *scorer) {
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim {
			continue
		}
		if r, _ := firstRune(u.text); r != '（' && r != '(' && r != '注' && r != '※' {
			continue // (most lines: one rune decoded)
		}
		if !tableNote(u.text) || !atMost(u.text, 100) {
			continue
		}
		if p := sc.prevContent(i); p < 0 || !sc.fs[p].row {
			continue
		}
		u.kind, u.summed = uNote, false
	}
}
