package newstext

import (
	"slices"
	"strings"
)

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
//
// A story on the front page stops mid-sentence over its jump, and copied
// or OCR text without the 2em indent sets its last line as a short line
// with no punctuation (…工作总基调（下转第2版）, …物流成本 over
// （详见A03版）), a title line's look. So a continuation (下转, 转, 接)
// is never split off as a teaser's pointer, and a title over its jump is
// an item only inside a teaser: under the box's label (今日导读), or one
// of a run of two or more such pairs, and never right under a body
// paragraph.

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
	if head := trimSpace(s[:k]); head == "" || !isTitleLine(head) || !isKickerText(head) || continuationPointer(s[k:]) {
		return -1
	}
	return k
}

// continuationCues open a jump that continues the story above on another
// page (下转第2版, 转4版, 接第1版): a story's own end, not a teaser's item.
var continuationCues = []string{"下转", "下轉", "上接", "紧接", "緊接", "转", "轉", "接", "续", "續", "承"}

// continuationPointer reports a page pointer (its arrows or bracket
// first) that continues a story: （下转第2版）, ▶转4版.
func continuationPointer(s string) bool {
	s = strings.TrimLeftFunc(s, func(r rune) bool {
		return isPointerArrow(r) || r == '（' || r == '(' || r == ' ' || r == '　'
	})
	for _, c := range continuationCues {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
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

// teaserPair reports title line i over a jump (its page pointer) and
// nothing else before the next title line, or the page's end: a teaser
// item's form, which a story's last short line over its jump shares.
func (sc *scorer) teaserPair(i int) bool {
	if i < 0 || i >= len(sc.us) || !sc.titleAt(i) {
		return false
	}
	j := sc.nextContent(i)
	if j >= len(sc.us) || sc.us[j].kind != uJump {
		return false
	}
	n := sc.nextContent(j)
	return n >= len(sc.us) || sc.titleAt(n)
}

// titleAt reports unit i a headline or an unmarked title line (no table
// row, no numbered head).
func (sc *scorer) titleAt(i int) bool {
	return sc.us[i].kind == uHeadline || sc.us[i].kind == uText && sc.fs[i].title && !sc.fs[i].row && sc.fs[i].headMark == ""
}

// teaserItem reports title line i a teaser's item: a teaserPair under
// the teaser's label (今日导读) or under the item before it, or the first
// of two such pairs, and not right under a body paragraph (a story's last
// line over its jump).
func (sc *scorer) teaserItem(i int) bool {
	if !sc.teaserPair(i) {
		return false
	}
	p := sc.prevContent(i)
	if p >= 0 {
		switch u := &sc.us[p]; {
		case teaserLabel(u.text):
			return true
		case u.kind == uJump:
			if q := sc.prevContent(p); sc.teaserPair(q) {
				return sc.teaserItem(q)
			}
		case u.kind == uText && !sc.fs[p].title:
			return false
		}
	}
	return sc.teaserPair(sc.nextContent(sc.nextContent(i)))
}

// teaserLabel reports a teaser box's label: a short line naming it
// 导读 (今日导读, 本期导读, 導讀).
func teaserLabel(s string) bool {
	return atMost(s, 8) && (strings.Contains(s, "导读") || strings.Contains(s, "導讀"))
}
