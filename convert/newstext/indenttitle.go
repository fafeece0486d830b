package newstext

import "strings"

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
// line a story's text or its head starts at (no blank line between) is
// no paragraph: what stands over a story's start is its title. A story
// starts at
//
//   - the indented line a dateline opens (本报讯　昨天下午，…);
//   - the reporter's credit line alone, which a story with no dateline
//     sets between its title and its text (　　本报记者　何　苗), indented
//     or not;
//   - the indented first line of a paragraph that goes on, full to the
//     measure, the line under it unindented: it was wrapped. A one-line
//     paragraph is no such line: it ended where a short unpunctuated line
//     would. Titles over such a line must open the page or stand under a
//     blank line or furniture: under a finished sentence, two short lines
//     may be a couplet quoted and one a crosshead.
//
// The title lines lose their paragraph mark, and the title rules read them
// as a title group (kicker and headline, headline and subheadline). The
// writer sets a blank line between every two paragraphs, so its output
// never has two indented lines touching and reads back the same.

// maxIndentedTitles is how many indented lines over a story's start
// markIndentedTitles takes as a title group (headline and subheadline,
// or a kicker over a headline).
const maxIndentedTitles = 2

// markIndentedTitles clears the paragraph mark of the indented title
// lines right over a story's start (storyStart, see above): up to
// maxIndentedTitles short unpunctuated lines, none a list's item, the
// first of them opening the page or set under a blank line, a line that
// ends a sentence (not over plain text), or page furniture.
//
// A dateline or credit line is asked first, in a pass of its own: the
// last title line over a flush credit line may run near the measure and
// look like a wrapped paragraph's first line, and taken so it would leave
// the title group split.
func (b *builder) markIndentedTitles(ls []srcLine) {
	for _, plainPass := range []bool{false, true} {
		b.markIndentedTitlesOver(ls, plainPass)
	}
}

// markIndentedTitlesOver is one pass of markIndentedTitles: over the
// paragraph lines storyStart calls plain, or over the others.
func (b *builder) markIndentedTitlesOver(ls []srcLine, plainPass bool) {
	for i := 1; i < len(ls); i++ {
		if !ls[i-1].para {
			continue
		}
		start, plain := b.storyStart(ls, i)
		if !start || plain != plainPass {
			continue
		}
		top := i
		for top > 0 && i-top < maxIndentedTitles && indentedTitleLine(ls[top-1]) {
			top--
		}
		if top == i || !b.opensAboveTitle(ls, top) || plain && top > 0 && ls[top-1].text != "" && noiseKind(ls[top-1].text) == "" {
			continue
		}
		for k := top; k < i; k++ {
			ls[k].para = false
			// (Over plain text the lines become flush, so the indented
			// line under them opens the body: over a dateline or credit
			// they keep their indent, and a first line as wide as the
			// measure joins the next as a flush one would.)
			ls[k].indent = ls[k].indent && !plain
		}
	}
}

// indentedTitleLine reports a line of an indented title: set with the
// 2em indent, short, with no sentence punctuation, and not itself a
// dateline's or credit's line or a list's item.
func indentedTitleLine(l srcLine) bool {
	return l.para && atMost(l.text, 24) && isKickerText(l.text) && !endsClause(l.text) && kindOf(l.text) == uText && !enumeratedLine(l.text)
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

// storyStart reports line i of ls as a line a story's text or head starts
// at, which an indented title may stand right over: the indented line a
// dateline opens, a credit line alone (本报记者　何　苗) or a dateline
// line alone (記者林怡君／宜蘭報導), or the indented first line of a
// wrapped paragraph, full to the measure (see above). A flush dateline
// line must stand under a line short of the measure: a full line over it
// may be a paragraph's first, wrapped, and the dateline's words a
// sentence going on (a credit form alone is no sentence's rest). plain
// reports the paragraph's line, which no dateline or credit marks as a
// story's start.
func (b *builder) storyStart(ls []srcLine, i int) (start, plain bool) {
	l := ls[i]
	switch {
	case l.para && b.datelineOpens(l.text):
		return true, false
	case atMost(l.text, 24) && kindOf(l.text) == uByline:
		return true, false
	case atMost(l.text, 24) && b.datelineOpens(l.text):
		return l.para || b.measure == 0 || b.endsShortLine(ls[i-1], l.text), false
	case l.para && i+1 < len(ls) && b.measure > 0:
		next := ls[i+1]
		return next.text != "" && !next.indent && !b.endsShortLine(l, next.text), true
	}
	return false, false
}

// enumeratedLine reports a line opening an item of a list set in the
// text, which a short indented line with no sentence punctuation may be,
// no title over anything: a list number (1., （2）, ②, 三、) or a Chinese
// ordinal (一是, 二是, 首先, 其次). (第三 may open a title: 第三产业….)
func enumeratedLine(s string) bool {
	if listItemStart(s) || strings.HasPrefix(s, "首先") || strings.HasPrefix(s, "其次") {
		return true
	}
	r, w := firstRune(s)
	return strings.ContainsRune("一二三四五六七八九十", r) && strings.HasPrefix(s[w:], "是")
}
