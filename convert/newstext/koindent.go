package newstext

// A Korean print page set as text (a PDF's text layer) wraps its narrow
// columns between words, so its lines end raggedly anywhere short of the
// column, and marks each paragraph by indenting its first line; there are
// no blank lines. Neither a line's width nor a sentence ending it tells
// where a paragraph ends: a short line inside an indented paragraph
// (인공지능(AI) 서버용, or a sentence's last line, 증가세를 이끌었다.) is
// its wrapped text, not a title line or the paragraph's end, and the next
// indented line opens the next paragraph.

// koIndentMin is how many indented paragraph openings make a Korean page
// one whose paragraphs are marked by indent alone.
const koIndentMin = 3

// koreanIndentParas reports a page whose paragraphs are marked by indent
// alone: at least koIndentMin indented lines over unindented ones (and
// under one, or opening the page), and at least as many unindented
// lines as those (a page that indents every line, or most, marks
// nothing by it; an indented line of another kind counts against).
func koreanIndentParas(lines []srcLine) bool {
	opens, flat := 0, 0
	for i := 0; i < len(lines) && i < measureSample; i++ {
		l := lines[i]
		switch {
		case l.text == "":
		case !l.indent:
			flat++
		case (i == 0 || lines[i-1].text != "" && !lines[i-1].indent) && i+1 < len(lines) && lines[i+1].text != "" && !lines[i+1].indent:
			opens++
		default:
			flat -= 2
		}
	}
	return opens >= koIndentMin && flat >= opens
}

// koIndentCut says how a page whose paragraphs are marked by indent
// (koIndent) cuts the block being cut at line i, inside the unit that
// opens at line start: an indented line opens a paragraph (cut), and so
// does a run of title lines after a finished sentence that ends above
// the next indented line (a headline and its subheadline over the next
// story); an unindented line inside an indented paragraph is its wrapped
// text (join), unless it has a form of its own (a caption, a byline, a
// jump line, furniture). Anything else is left to the other rules
// (neither).
func (b *builder) koIndentCut(start, i int) (cut, join bool) {
	if !b.koIndent {
		return false, false
	}
	bl := &b.block
	ls := bl.ls
	l := ls[i]
	if l.indent {
		return true, false
	}
	// A caption wrapped under a paragraph's finished sentence, its
	// credit's role wrapped alone onto its last line (정선=박서준 / 기자),
	// is one unit: the paragraph ends above it, and the role is no byline.
	if i < b.captionAfterSentence(start) {
		return false, true
	}
	if b.kindOfSum(l.text, bl.sum(i)) != uText {
		return false, false
	}
	if endsSentence(ls[i-1].text) && (b.titleRunOverIndent(i) || b.captionRunEnd(i) > i) {
		return true, false
	}
	return false, ls[start].indent
}

// captionAfterSentence is captionRunEnd for the run of unindented lines
// from line start, opening right under a finished sentence; else -1.
func (b *builder) captionAfterSentence(start int) int {
	ls := b.block.ls
	if start == 0 || ls[start].indent || !endsSentence(ls[start-1].text) {
		return -1
	}
	return b.captionRunEnd(start)
}

// captionRunEnd returns where the run of unindented lines from line i of
// the block being cut ends (the next indented line, or the block's end)
// when those lines, no more than maxCaptionLines, join into a caption
// (the Korean caption forms end in their photo credit, 정선=박서준 기자,
// after a sentence or two that describe the photo); else -1.
func (b *builder) captionRunEnd(i int) int {
	bl := &b.block
	if v := bl.capEnds[i]; v != 0 {
		return int(v) - 2
	}
	k := b.captionRunEndOf(i)
	bl.capEnds[i] = int32(k) + 2
	return k
}

// captionRunEndOf works out captionRunEnd of line i (which keeps it in
// the block's memo: the answer depends on the block's lines alone).
func (b *builder) captionRunEndOf(i int) int {
	ls := b.block.ls
	k := i
	for k < len(ls) && !ls[k].indent {
		if k-i >= maxCaptionLines {
			return -1
		}
		k++
	}
	if k == i {
		return -1
	}
	s := b.joinLines(ls[i:k])
	if b.kindOf(s) != uCaption {
		return -1
	}
	return k
}

// titleRunOverIndent reports line i of the block being cut opening a run
// of title lines (no more than maxKickerLines) that ends right above an
// indented line.
func (b *builder) titleRunOverIndent(i int) bool {
	bl := &b.block
	for k := i; k < len(bl.ls) && k < i+maxKickerLines; k++ {
		if bl.ls[k].indent {
			return k > i
		}
		if endsSentence(bl.ls[k].text) || !bl.titleLine(k) {
			return false
		}
	}
	return false
}
