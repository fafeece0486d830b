package newstext

import "strings"

// A Korean jump line, (3면에 계속) or <관련기사 5면>, closes the story
// above it on this page, and the title under it opens the next story
// (kojumpline.go). A box's or column's label in square brackets set
// there over its text with no headline of its own, [국감 브리핑] over its
// ◇ items, [기자수첩] over the column's prose, is that story's title: its
// headline, not a section head of the story the jump closed (a label
// scores low as a headline, being most often a kicker). A label over a
// title line stays that line's kicker; a continuation, (1면에서 계속),
// opens the continued text rather than closing a story, and a title
// under it is left to the other rules.

// koUnderJump reports unit i, on a Korean page, right under a jump line
// that closes its story (not a continuation's (1면에서 계속)).
func (sc *scorer) koUnderJump(i int) bool {
	if sc.lang != "ko" {
		return false
	}
	p := sc.prevContent(i)
	if p < 0 || sc.us[p].kind != uJump {
		return false
	}
	t := sc.us[p].text
	return !strings.Contains(t, "서 계속") && !strings.Contains(t, "서계속")
}

// koLabelUnderJump reports label line i (a column's or box's name) right
// under a Korean jump that closes its story (koUnderJump), over body
// text: the next story's headline.
func (sc *scorer) koLabelUnderJump(i int) bool {
	if !sc.fs[i].label || !sc.koUnderJump(i) {
		return false
	}
	n := sc.nextContent(i)
	return n < len(sc.us) && sc.us[n].kind == uText && !sc.fs[n].title
}
