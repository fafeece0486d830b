package newstext

// A page set with no blank lines (OCR, a copy that lost them) prints its
// dinkus on a line of its own between two paragraphs, ◇　◇　◇ under
// …写在上面。 and over the indented 　　去年夏天…: the same break a block
// of it alone is (splitRange), a scene break inside an article. The line
// above must have finished its sentence (a paragraph's last line, or the
// blank line before the block): under a label ending in its colon,
// 推荐指数： over ★★★★★, the marks are its value, text.

// dinkusLine reports line k of block ls (the lines from the block's
// first to k) a dinkus standing alone inside the block (see above): the
// block's first line, or under a line that ended its sentence and leads
// into nothing.
func dinkusLine(ls []srcLine, first, k int) bool {
	if !isArticleBreak(ls[k].text) {
		return false
	}
	if k == first {
		return true
	}
	p := ls[k-1].text
	return (endsSentence(p) || closedLine(p)) && !leadLine(p)
}
