package newstext

// A box of briefs may close with the credit of the desk or reporter who
// wrote its items, set after the last item's paragraph (정가 단신 / ◇… /
// … 임명했다. / 이하늘 기자 haneul@…): a byline after an article's body
// belongs to that article, and the credit changes nothing of how the last
// item is read. The item walks (markedBriefItems) take such a byline
// where the next item's title would stand, and end the box there.

// boxClosingCredit reports unit m, right under an item's paragraph, a
// byline that closes the box: the page's end or a title line follows it
// (the next story's headline, another box's label), never body text, so
// that a credit inside a story, over more of its text, is none.
func (sc *scorer) boxClosingCredit(m int) bool {
	if m >= len(sc.us) || sc.us[m].kind != uByline {
		return false
	}
	n := sc.nextContent(m)
	return n >= len(sc.us) || sc.briefTitle(n) || sc.markedBriefTitle(n) != ""
}
