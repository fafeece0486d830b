package newstext

// A Korean list set one item a line, each opening with the same bullet
// (a profile box's career, 약력 / ▲1968년 충남 홍성 출생 / ▲서울대 …
// 졸업), is headed by a short line over it naming what it lists: the
// list's head, a section whose paragraphs the items are. The items are
// no heads (labels.go: a list item), so the head over them is no
// unmarked line over a numbered head, which reads as a head's lead-in
// rather than one. A single bulleted line under a short line is a head
// under a head, or a caption, as before; and a Chinese fact box's title
// over its ● items (台北市老舊公寓加裝電梯補助重點 / ●補助上限：…, sample
// tw-factbox) stays the box's paragraph.

// bulletListUnder reports unit n, under a title line of a Korean page,
// as the first item of a bulleted list: text opening with a bullet (bulletMark), and the
// unit right after it, on the next line, opening with the same one.
func (sc *scorer) bulletListUnder(n int) bool {
	if sc.lang != "ko" || n+1 >= len(sc.us) || sc.us[n].kind != uText || sc.us[n+1].kind != uText {
		return false
	}
	m := sc.fs[n].headMark
	return bulletMark(m) && sc.fs[n+1].headMark == m && sc.us[n].lastLine+1 == sc.us[n+1].line
}
