package newstext

import "strings"

// A Japanese page sets a box of information under its own small label,
// its title in brackets and its rows under it: a TV programme's PR box,
// 番組ＰＲ / 「星野あかり　京の台所をゆく」 / 放送　１２月１２日（土）… /
// 再放送　… / 出演　… (blind page ja-supo-geino-15), an event's notice
// under its label. The box is a piece of its own after the story above
// it, not a section of that story: the label its kicker, the bracketed
// title its headline, each row a paragraph (jafieldrow.go). A listed
// standing box's name over the title (催し) is the box's headline by its
// own rule; a label over a title with no rows under it, or over rows with
// no bracketed title, is left to the other rules.

// jaInfoBoxTitle reports unit i a title wholly in 「」 or 『』 over two
// or more information rows (jaFieldRow) one under another.
func (sc *scorer) jaInfoBoxTitle(i int) bool {
	u := &sc.us[i]
	if sc.lang != "ja" || u.kind != uText || !sc.fs[i].title || !atMost(u.text, 32) {
		return false
	}
	if !(strings.HasPrefix(u.text, "「") && strings.HasSuffix(u.text, "」") || strings.HasPrefix(u.text, "『") && strings.HasSuffix(u.text, "』")) {
		return false
	}
	n := sc.nextContent(i)
	if n >= len(sc.us) || !jaFieldRow(sc.us[n].text) {
		return false
	}
	m := sc.nextContent(n)
	return m < len(sc.us) && jaFieldRow(sc.us[m].text)
}

// jaInfoBoxLabel reports unit i a box's label over its bracketed title
// (jaInfoBoxTitle): a title line of at most six characters with no head
// marker, no standing box's name.
func (sc *scorer) jaInfoBoxLabel(i int) bool {
	u, f := &sc.us[i], &sc.fs[i]
	if sc.lang != "ja" || u.kind != uText || !f.title || f.headMark != "" || !atMost(u.text, 6) || standingBox(u.text) {
		return false
	}
	n := sc.nextContent(i)
	return n < len(sc.us) && sc.jaInfoBoxTitle(n)
}

// jaInfoBoxTitleUnder reports unit i a box's bracketed title under its
// label (jaInfoBoxLabel).
func (sc *scorer) jaInfoBoxTitleUnder(i int) bool {
	p := sc.prevContent(i)
	return p >= 0 && sc.jaInfoBoxLabel(p)
}
