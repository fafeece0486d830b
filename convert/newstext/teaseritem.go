package newstext

import "slices"

// A front page's teaser box (今日导读) lists the stories inside: each
// item a title and the page it is on, the pointer alone under the title
// (详见第3版) or run on after it behind a space (…首破300万标箱　▶4版,
// …全部建成（详见A03版）), with no text of its own. Each item is an
// article, its title the headline: read as title lines with nothing
// under them, the items had become paragraphs of the box's first item.
// The run-on pointer is split off the title before the titles are told
// (splitTeaserPointers), so the grammar sees a title over its jump as it
// does when the pointer stands alone; a title line with only a jump under
// it before the next title is such an item (teaserItem). A sentence with
// the pointer run on after it (…提速。>>>详见A04版) is a paragraph, as
// before; a jump under a story's text (（下转第2版）) follows no title.

// teaserPointer returns the offset of a page pointer run on after a
// title in u's text (the title and a jump: trailingArrowJump, or a
// bracketed jump, trailingBracket and isJumpInner), or -1.
func teaserPointer(u *unit) int {
	if u.kind != uText || u.verbatim || u.para || u.line != u.lastLine {
		return -1
	}
	s := u.text
	k := trailingArrowJump(s)
	if k <= 0 {
		start, inner, ok := trailingBracket(s)
		if !ok || start <= 0 || !isJumpInner(inner) {
			return -1
		}
		k = start
	}
	if head := trimSpace(s[:k]); head == "" || !isTitleLine(head) || !isKickerText(head) {
		return -1
	}
	return k
}

// splitTeaserPointers splits each run-on page pointer after a title
// (teaserPointer) into a unit of its own, the jump under the title.
func (b *builder) splitTeaserPointers() {
	var at []int // units to split, and the offset of each one's pointer
	for i := range b.units {
		u := &b.units[i]
		// (A pointer ends in 版, a page's digit or a closing bracket.)
		if r, _ := decodeLast(u.text); u.kind != uText || r != '版' && !isDigitOrNumeral(r) && !isCloseBracket(r) {
			continue
		}
		if k := teaserPointer(u); k > 0 {
			at = append(at, i, k)
		}
	}
	if len(at) == 0 {
		return
	}
	us := slices.Grow(b.units, len(at)/2)
	for n := len(at) - 2; n >= 0; n -= 2 {
		i, k := at[n], at[n+1]
		u := us[i]
		head, tail := u, u
		head.text, head.summed, head.nLines = trimSpace(u.text[:k]), false, 0
		tail.text, tail.summed, tail.newArticle, tail.brk, tail.nLines = trimSpace(u.text[k:]), false, false, false, 0
		var cr credit
		tail.kind, cr, tail.noise = classifyText(tail.text)
		tail.cr = creditRef(cr)
		us[i] = head
		us = slices.Insert(us, i+1, tail)
	}
	b.units = us
}

// teaserItem reports title line i a teaser's item: a jump (its page
// pointer) and nothing else under it before the next title line, or the
// page's end.
func (sc *scorer) teaserItem(i int) bool {
	j := sc.nextContent(i)
	if j >= len(sc.us) || sc.us[j].kind != uJump {
		return false
	}
	n := sc.nextContent(j)
	return n >= len(sc.us) || sc.us[n].kind == uHeadline || sc.us[n].kind == uText && sc.fs[n].title && !sc.fs[n].row && sc.fs[n].headMark == ""
}
