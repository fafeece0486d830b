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

// A story's title group may be two lines, 主標 over 副標, both flush left
// between the last line of the paragraph above and the indented first
// line of the story:
//
//	細方案預計一月中旬公布。
//	落山風報到　恆春半島陣風9級
//	騎士行車務必小心
//	　　〔記者陳建宏／屏東
//
// Neither is a paragraph's last line (none ends a sentence), and the
// second stops clearly short of the measure: no paragraph's wrap.

// titleGroupOverIndent reports lines i and i+1 of ls flush left with no
// sentence end, right above an indented line: the two lines of a title
// group where titleOverIndent looks for one. The caller asks their title
// form and the second line's shortness.
func titleGroupOverIndent(ls []srcLine, i int) bool {
	return i+2 < len(ls) && !ls[i].indent && !endsSentence(ls[i].text) && !closedLine(ls[i].text) && titleOverIndent(ls, i+1)
}
