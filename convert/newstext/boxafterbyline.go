package newstext

// A Korean page sets its market box, ◇증시 요약 over 코스피 2908.63
// +41.27 / 코스닥 871.40 +9.88 …, or any box of rows under a marked name,
// after the byline that closes the last story (정민호 기자 mhjung@…): the
// box is none of that story's sections but an article of its own, its
// name the headline, as an unmarked title line after such a byline is. A
// marked head over prose after the byline, or over one row, is left to
// the other rules, and so is a Japanese market box under a wire story's
// （共同）, ◇市況（６日）, which sample ja-chiho-keizai-shikyo reads as the
// story's section (the README's Japanese market box sentence).

// markBoxesAfterBylines makes a headline of a marked title line (◇, ◆,
// ■ …) on a Korean page right after a byline that closes its article
// (closesArticle) over two or more rows (rowsUnder).
func (b *builder) markBoxesAfterBylines(sc *scorer) {
	if b.lang != "ko" {
		return
	}
	for i := 1; i < len(sc.us); i++ {
		u := &sc.us[i]
		if u.kind != uText || u.verbatim || sc.fs[i].headMark == "" || !sc.fs[i].title || sc.fs[i].row {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || sc.us[p].kind != uByline || !sc.closesArticle(p) || !sc.rowsUnder(i) {
			continue
		}
		u.kind, u.summed = uHeadline, false
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "box name after the byline closing the story above taken as the box's headline: ", u.text)
	}
}

// rowsUnder reports the two units under unit i rows of a table or box
// (feats.row), nothing else between.
func (sc *scorer) rowsUnder(i int) bool {
	n := sc.nextContent(i)
	if n >= len(sc.us) || sc.us[n].kind != uText || !sc.fs[n].row {
		return false
	}
	m := sc.nextContent(n)
	return m < len(sc.us) && sc.us[m].kind == uText && sc.fs[m].row
}
