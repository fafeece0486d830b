package newstext

import "strings"

// A Chinese front page's teaser box (今日导读) closes each item with a
// page pointer set after an arrow instead of brackets: >>>详见A04版,
// >>>A04版, >>详见A04, ▶详见A04版, →详见第4版. Alone on its line, or run
// on after the item's last sentence (…提速。>>>详见A04版), it sends the
// reader to another page as （详见A04版） does: a jump, not the tail of
// the paragraph (the bare line had been glued into the text above it) nor
// a paragraph of its own.

// isPointerArrow reports a mark that opens a page pointer: the ASCII and
// full-width > (typed two or three times), 》, », and the arrows ▶ ► ▷
// → ⇒ ➤ ☞.
func isPointerArrow(r rune) bool {
	switch r {
	case '>', '＞', '》', '»', '▶', '►', '▷', '→', '⇒', '➤', '☞':
		return true
	}
	return false
}

// pointerCues name the pointer after the arrow: 详见 and 见 (see),
// 转 and 下转 (continued on), 另见; the see-also cues of isSeeAlso
// (相关报道见…) are read by isJumpInner.
var pointerCues = []string{"详见", "詳見", "另见", "另見", "下转", "下轉", "见", "見", "转", "轉"}

// isArrowJump reports a line that is all a page pointer after an arrow:
// one to four arrow marks, then a cue and a page (详见A04版, 详见A04,
// 见第4版, 转A02版), a page alone that ends in 版 (A04版, 第4版), or any
// jump line's inside (相关报道见第5版, ▶２面に続く), 20 characters at most.
// An arrow before a word (>>>更多精彩, →下一页) or a bare page with no 版
// (>>>A04, a code) is no pointer.
func isArrowJump(s string) bool {
	if !atMost(s, 20) {
		return false
	}
	n := 0
	for s != "" {
		r, w := firstRune(s)
		if !isPointerArrow(r) {
			break
		}
		s, n = s[w:], n+1
	}
	if n == 0 || n > 4 {
		return false
	}
	s = trimSpace(s)
	for _, c := range pointerCues {
		if rest, ok := strings.CutPrefix(s, c); ok && isPageRef(rest) {
			return true
		}
	}
	return strings.HasSuffix(s, "版") && isPageRef(s) || isJumpInner(s)
}

// trailingArrowJump returns the offset of a page pointer after an arrow
// ending s (…等问题。>>>详见A04版), or -1: the text before it must end a
// sentence or a clause, or a space part the two, so an arrow inside a
// sentence (从A01版→A04版) is left to the text.
func trailingArrowJump(s string) int {
	if r, _ := decodeLast(s); r != '版' && !isDigitOrNumeral(r) {
		return -1
	}
	// The pointer's first arrow: the start of the last run of arrows
	// within the last 20 runes.
	start := len(s)
	for c := 0; c < 20 && start > 0; c++ {
		_, w := decodeLast(s[:start])
		start -= w
	}
	k, prev := -1, rune(0)
	for i, r := range s[start:] {
		if isPointerArrow(r) && !isPointerArrow(prev) {
			k = start + i
		}
		prev = r
	}
	if k <= 0 || !isArrowJump(s[k:]) {
		return -1
	}
	head := s[:k]
	if r, _ := decodeLast(head); isSpace(r) {
		return k
	}
	if endsSentence(head) || endsClause(head) {
		return k
	}
	return -1
}
