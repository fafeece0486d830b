package newstext

// OCR of a page with no blank lines sets every line as it stood in the
// column, and a centred title comes out with the same 2em indent as the
// paragraphs (an OCR engine reads the centring as the indent):
//
//	津城晚报　社会新闻　２０２６年１２月６日　Ａ７
//	　　楼道灯坏了半月
//	　　一通热线修好了
//	　　本报讯　昨天下午，家住河西区
//
// A paragraph set with the indent is never a title line (doc.go), but a
// short line with no sentence punctuation, indented, directly over the
// indented line a dateline opens (no blank line between) is no
// paragraph: a story's text starts at its dateline, and what stands over
// it is its title. The writer sets a blank line between every two
// paragraphs, so its output never has two indented lines touching and
// reads back the same.

// maxIndentedTitles is how many indented lines over a dateline
// markIndentedTitles takes as a title group (headline and subheadline,
// or a kicker over a headline).
const maxIndentedTitles = 2

// markIndentedTitles clears the paragraph mark of the indented title
// lines right over an indented dateline line (see above): up to
// maxIndentedTitles short unpunctuated lines, the first of them opening
// the page or set under a blank line, a line that ends a sentence, or
// page furniture.
func (b *builder) markIndentedTitles(ls []srcLine) {
	for i := 1; i < len(ls); i++ {
		if !ls[i].para || !b.datelineOpens(ls[i].text) {
			continue
		}
		top := i
		for top > 0 && i-top < maxIndentedTitles && indentedTitleLine(ls[top-1]) {
			top--
		}
		if top == i || !b.opensAboveTitle(ls, top) {
			continue
		}
		for k := top; k < i; k++ {
			ls[k].para = false
		}
	}
}

// indentedTitleLine reports a line of an indented title: set with the
// 2em indent, short, with no sentence punctuation, and not itself a
// dateline's or credit's line.
func indentedTitleLine(l srcLine) bool {
	return l.para && atMost(l.text, 24) && isKickerText(l.text) && !endsClause(l.text) && kindOf(l.text) == uText
}

// opensAboveTitle reports whether the line above line top of ls leaves
// room for a title there: none (the page's first line), a blank line, a
// line that ends a sentence, or page furniture.
func (b *builder) opensAboveTitle(ls []srcLine, top int) bool {
	if top == 0 {
		return true
	}
	s := ls[top-1].text
	return s == "" || endsSentence(s) || closedLine(s) || noiseKind(s) != ""
}
