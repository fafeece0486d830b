package newstext

// A Chinese paper's page of foreign or local news closes with a column of
// briefs under the column's name alone, 國際拾零 (自由時報), 國際萬花筒:
// the name in a block of its own, no bullet, after the story
// above has signed off (（中央社）, its photo's caption under it), straight
// over the briefs, each a bulleted head (◎首爾地鐵罷工落幕) over its text.
// The name is the column's headline and the briefs its sections, as a
// Japanese corner's まちの話題 over ◇ heads is (markedsections.go); read
// as a title-like paragraph, it left the column in the story above. (A
// brief box's label, 国际快讯, 简讯, heads a box whose items are stories
// of their own: briefbox.go, settled before the grammar.)

// cornerNameRunes is the longest a column's name is.
const cornerNameRunes = 8

// briefCornerName reports unit i such a column's name (see above): a
// short unmarked title line alone in its block, after a story's closing
// signature (a byline in brackets or a text closed by one, trailerAbove),
// with only captions between, and straight over at least
// digestRubricItems items under one bullet (digestItem) before any other
// title.
func (sc *scorer) briefCornerName(i int) bool {
	if sc.lang != "zh-Hant" && sc.lang != "zh-Hans" {
		return false
	}
	u, f := &sc.us[i], &sc.fs[i]
	if u.kind != uText || u.verbatim || u.para || !f.title || f.headMark != "" || f.row || f.runes > cornerNameRunes || u.line != u.lastLine {
		return false
	}
	p := sc.prevContent(i)
	for p >= 0 && sc.us[p].kind == uCaption {
		p = sc.prevContent(p)
	}
	if !sc.trailerAbove(p) {
		return false
	}
	n := sc.nextContent(i)
	if n >= len(sc.us) || sc.us[n].line <= u.lastLine+1 || !sc.digestItem(n) {
		return false
	}
	item, count := sc.fs[n].headMark, 0
	for k := n; k < len(sc.us) && count < digestRubricItems; k = sc.nextContent(k) {
		switch {
		case sc.fs[k].headMark == item && sc.digestItem(k):
			count++
		case sc.us[k].kind == uHeadline || sc.us[k].kind == uText && sc.fs[k].title:
			return false
		}
	}
	return count >= digestRubricItems
}
