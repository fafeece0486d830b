package newstext

// A photo's caption closes with its credit (…观赏。　本报记者　周楠　摄),
// and a page wrapped at its measure may cut that credit anywhere: after
// the role (本报记者　/ 周楠　摄), inside the bracket (（本报记者 / 周楠
// 摄）) or before the last character (…周楠　/ 摄). The lines of a block
// are hard wraps, so the cut credit's tail on the last line is no byline
// of its own: read alone it has a credit's form, and splitting it off
// leaves the caption's text a paragraph without the credit that made it
// a caption (and the photo story's title a head of the story above).

// captionCreditCut reports line i of the block, in the unit opened at
// line start, as the tail of a photo credit the wrap cut: the line above
// stops inside a clause (no sentence end, no closed bracket), the line
// is short and ends as a credit may (…摄, …图, …摄）), and the lines from
// start through it, joined as the wraps they are, read as a caption
// closed by its credit. (A credit whole on its own line, under a
// caption ending its sentence or bracketed, 北京　晴 / （市气象台提供）
// under a weather box, is left to the other rules, and so is a longer
// unit than a caption runs.)
func (b *builder) captionCreditCut(start, i int) bool {
	ls := b.block.ls
	l := ls[i]
	if i <= start || i-start+1 > maxCaptionLines || !atMost(l.text, 24) || !creditLast(l.text) {
		return false
	}
	if r, _ := firstRune(l.text); r == '（' || r == '(' || r == '【' || r == '[' {
		return false // a bracketed credit whole on its line: nothing cut
	}
	p := ls[i-1].text
	if endsSentence(p) || closedLine(p) {
		return false
	}
	j := b.joinLines(ls[start : i+1])
	return endsInCredit(j) && b.kindOf(j) == uCaption
}
