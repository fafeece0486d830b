package newstext

// A page with no blank lines that marks its paragraphs only by their
// indent sets the next story's headline flush left right under the last
// line of a paragraph, over the story's indented first line:
//
//	传，提醒老年人守好“养老钱”。
//	最高法发布未成年人网络保护案例
//	  本报讯 记者 周 斌 最高人民法院
//
// The wrapped lines of a paragraph are flush left too, but its last line,
// the one above the next paragraph's indent, ends a sentence: a line with
// no sentence end there is no paragraph's, and when it has a title's form
// (short, no sentence punctuation) it is a title line of its own, not the
// rest of the paragraph above it.

// titleOverIndent reports line i of ls flush left with no sentence end,
// right above an indented line: where a paragraph's last line cannot
// stand. The caller asks the line's title form.
func titleOverIndent(ls []srcLine, i int) bool {
	l := ls[i]
	return i+1 < len(ls) && !l.indent && ls[i+1].indent && !endsSentence(l.text) && !closedLine(l.text)
}
