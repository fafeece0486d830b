package newstext

// A page's briefs column sets its items one under another with no blank
// line: a flush title line over one indented paragraph each, some opened
// by a dateline (【静岡】) or closed by a bureau's trailer (（岐阜支局）).
// A title line set where the items above set theirs is the next item's
// headline however short it is (おわび, 訃報, a two-word title): a
// story's head (中見出し) comes after several paragraphs, not after a
// run of items each a story of its own.

// briefColumnAbove reports a flush title line i right under a brief
// (briefAbove: one finished paragraph under its title line) whose
// paragraph is indented, which itself stands under another brief, the
// two one after another, and one of them marked a story of its own: the
// lower one's text opens with a dateline, or a byline closes the upper
// one. Two items of one paragraph each under a title line are what a
// story with a one-paragraph lead and a one-paragraph section is too;
// the dateline or the trailer is what tells the briefs apart.
func (sc *scorer) briefColumnAbove(i int) bool {
	if !sc.briefAbove(i) {
		return false
	}
	p := sc.prevContent(i) // the lower brief's paragraph
	if !sc.indented(p) {
		return false
	}
	q := sc.prevContent(p) // its title line
	marked := sc.fs[p].dateline
	r := sc.prevContent(q) // the end of the brief above it
	if r >= 0 && sc.us[r].kind == uByline {
		marked = true
		r = sc.prevContent(r)
	}
	if !marked || r < 0 || sc.us[r].kind != uText || sc.fs[r].title || !sc.fs[r].ended || !sc.indented(r) {
		return false
	}
	t := sc.prevContent(r)
	return t >= 0 && (sc.us[t].kind == uHeadline || sc.us[t].kind == uText && sc.fs[t].title && !sc.fs[t].row && sc.fs[t].headMark == "")
}
