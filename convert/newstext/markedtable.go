package newstext

// An article that marks its heads marks them all (markedHeadBefore): an
// unmarked title line after its body starts the next article. A line of
// a headline's length is asked for there, as a short one may be a table's
// own label. Where the last marked head's body is a table of results
// (◇松本市区（定数５－候補７） over its candidates' rows and turnout) and
// the short line stands between the table's last row and prose or a
// list's entries, it labels no table: it is the title of what follows,
// the next article's headline however short (当選者の横顔 over ▽ profiles
// after an election box). A short line over more rows (順位表 under the
// results) is left to the other rules.

// shortTitleAfterTable reports unit i, a title line of at most
// seven runes (titleAfterTableMin at least), right under a table's row
// and over text that is no row: prose, or a list's entries (▽…。).
func (sc *scorer) shortTitleAfterTable(i int) bool {
	if f := &sc.fs[i]; f.runes < titleAfterTableMin || f.runes >= 8 {
		return false
	}
	p, n := sc.prevContent(i), sc.nextContent(i)
	if p < 0 || !sc.fs[p].row || n >= len(sc.us) || sc.us[n].kind != uText {
		return false
	}
	nf := &sc.fs[n]
	return !nf.title && (!nf.row || listDot(sc.us[n].text))
}

// titleAfterTableMin is the fewest runes of a headline after a table
// (shortTitleAfterTable): a word of two or three may be a table's label.
const titleAfterTableMin = 4
