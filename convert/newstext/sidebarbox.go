package newstext

// A signed piece on a mainland 科普 or theory page closes with the note
// on its authors, （作者分别系…主任医师、主治医师）, and the page then sets
// a box beside it, its label in lenticular brackets alone on its line
// over the box's numbered items: 【健康提醒】 / ①注意保暖。… / ②…. The
// note closed the piece, so the box is no section of it but an article
// of its own, the label its headline, as any short title line over text
// after a byline closing its article is. A digest's lead-ins 【…】 run
// into their items' text, or head items closed by a reporter's credit
// (no note on an author), and stay its heads; so does a label over plain
// paragraphs, which may as well be the piece's closing section.

// markSidebarBoxes makes a headline of a box's label in lenticular
// brackets alone on its line (split off as a run-in lead-in with nothing
// to run into) right under the note on the authors closing the piece
// above (closingNote), over a numbered item (listItemStart): the box is
// an article of its own.
func (b *builder) markSidebarBoxes(sc *scorer) {
	for i := 1; i < len(sc.us); i++ {
		u := &sc.us[i]
		if u.kind != uHeading || !u.runIn || !lenticularLabel(u.text) {
			continue
		}
		n := sc.nextContent(i)
		if n >= len(sc.us) || sc.us[n].line == u.line || sc.us[n].kind != uText || !listItemStart(sc.us[n].text) {
			continue // (run in before its text, or over no item)
		}
		p := sc.prevContent(i)
		if p < 0 || sc.us[p].kind != uByline || !closingNote(&sc.us[p]) {
			continue
		}
		u.kind, u.runIn, u.summed = uHeadline, false, false
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "box label after the note closing the piece above taken as the box's headline: ", u.text)
	}
}
