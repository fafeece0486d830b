package newstext

// A Japanese regional paper sets its digest of short reports (事件・事故,
// 地域の話題, おくやみ) as one column under a rubric with a bullet of its
// own, ■事件・事故, and heads each report with a second bullet, ◇住宅全焼
// けが人なし, over its one or two paragraphs, the bureau's trailer
// closing the column (（長野支局）). The rubric is the column's title,
// its headline, and the ◇ heads its sections: read as a head like the
// others, the rubric became an empty section and the column had no title
// (blind page ja-chiho-jiken). It is no kicker, as a box's label over its
// items' titles is (a box of briefs, labels.go): the ◇ lines are heads,
// not headlines, so nothing under it is a headline for a kicker to lead
// into. The marker stays in the text, as a head's does.

// digestRubricItems is how many items a digest's rubric must stand over:
// a ■ head over one ◇ head is a head with its subhead.
const digestRubricItems = 2

// markDigestRubrics makes a headline of each digest's rubric on a
// Japanese page (see above), before the grammar, which takes a line with
// a head's marker for a section head only.
func (b *builder) markDigestRubrics(sc *scorer) {
	if b.lang != "ja" {
		return
	}
	for i := range sc.us {
		if sc.digestRubric(i) {
			u := &sc.us[i]
			u.kind, u.summed = uHeadline, false
			bodyOnly(&sc.fs[i], false)
			b.warnParts(u.line, "digest's rubric over its bulleted items taken as its headline: ", u.text)
		}
	}
}

// digestRubric reports unit i a digest's rubric: a short head under a
// bullet (bulletHead: ■事件・事故) that opens an article (nothing but
// noise above it, or a closing trailer or byline), straight over a title
// line under another bullet (◇…) with body text under it, and over at
// least digestRubricItems such items under that bullet before the next
// rubric or headline.
func (sc *scorer) digestRubric(i int) bool {
	u, f := &sc.us[i], &sc.fs[i]
	if u.kind != uText || u.verbatim || u.para || !bulletMark(f.headMark) || !bulletHead(u.text) {
		return false
	}
	if p := sc.prevContent(i); p >= 0 && sc.textBefore[i] && !sc.trailerAbove(p) && !(sc.us[p].kind == uByline && sc.closesArticle(p)) {
		return false
	}
	n := sc.nextContent(i)
	if !sc.digestItem(n) {
		return false
	}
	item := sc.fs[n].headMark
	if item == f.headMark {
		return false // (◇ over ◇: a list's items)
	}
	count := 0
	for k := n; k < len(sc.us) && count < digestRubricItems; k = sc.nextContent(k) {
		switch {
		case sc.us[k].kind == uHeadline || sc.fs[k].headMark == f.headMark:
			return false
		case sc.fs[k].headMark == item && sc.digestItem(k):
			count++
		}
	}
	return count >= digestRubricItems
}

// digestItem reports unit k an item's head under a bullet, a title line
// with body text under it.
func (sc *scorer) digestItem(k int) bool {
	if k >= len(sc.us) {
		return false
	}
	u, f := &sc.us[k], &sc.fs[k]
	if u.kind != uText || u.verbatim || u.para || !bulletMark(f.headMark) || !f.title || f.row {
		return false
	}
	j := sc.nextContent(k)
	return j < len(sc.us) && sc.us[j].kind == uText && !sc.fs[j].title && sc.fs[j].headMark == ""
}
