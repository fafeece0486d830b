package newstext

import "unicode/utf8"

// A page wrapped by character count fills its lines by runes: a full line
// holds as many characters as the measure has wide ones, whatever their
// width, so a full line holding half-width digits or letters
// (1,800個，正確應為1,080個。) is narrower in columns than its neighbours
// and, judged by width, looks ended on purpose — its sentence end would
// close the paragraph, and the rest of it (特此更正。) would stand alone.
// A page wrapped by display width (a terminal's or an editor's wrap,
// Korean word wraps) fills its lines by columns instead, and there a line
// of as many characters but narrower may well be a paragraph's last. The
// page tells which: on a page wrapped by width, a wrapped line holding
// narrow characters holds more characters than the measure has wide ones.
// pageCharWrap finds the pages wrapped by count from many lines of wide
// characters, which a page too short or too indented does not have; this
// rule asks only the lines that hold narrow characters, on any page.

// runeColumns is the width line a would take if each of its characters
// were wide, its indent included (the 2em paragraph indent, or one
// U+3000): its fill on a page wrapped by character count.
func runeColumns(a srcLine) int {
	n := 2 * utf8.RuneCountInString(a.text)
	switch {
	case a.para:
		n += indentColumns
	case a.ideo:
		n += 2
	}
	return n
}

// holdsNarrow reports a line holding narrow characters (half-width
// digits, Latin letters, ASCII punctuation or spaces): narrower in
// columns than in characters.
func holdsNarrow(a srcLine) bool {
	return columns(a.text) < 2*utf8.RuneCountInString(a.text)
}

// pageWidthWrap reports a page whose lines are wrapped by display width,
// not by character count: one of its wrapped lines (followed by another
// line of its block) holding narrow characters holds more characters than
// the measure m has wide ones, and more than a mark hung past the margin
// would add. A Korean line is not asked (its spaces are narrow on any
// page); nor is a line of mostly narrow characters (a Latin line need
// not share a Chinese page's measure); nor a line wider in columns than
// the measure, which was not wrapped at it at all: the folio across the
// page's top (滨江日报　2026年12月6日　星期六　第５版　经济), a title set
// wider than the column. Asked, the folio over an OCR page wrapped by
// count took the page for one wrapped by width, and its full lines with
// digits for short ones.
func pageWidthWrap(lines []srcLine, m int) bool {
	if m == 0 {
		return false
	}
	for i := 0; i+1 < len(lines) && i < measureSample; i++ {
		a := lines[i]
		if a.text == "" || lines[i+1].text == "" || hasHangul(a.text) || asciiBytes(a.text)*4 > len(a.text) {
			continue
		}
		if holdsNarrow(a) && runeColumns(a) > m+2 && lineColumns(a) <= m+2 {
			return true
		}
	}
	return false
}

// fullOfRunes reports a line holding narrow characters that is full by
// character count — as many characters as the measure has wide ones, or
// one more hung past the margin — on a page not wrapped by display width
// (pageWidthWrap): the typesetter wrapped it, though it is short of the
// measure in columns. A line of more characters than that was not
// wrapped by count (a Latin sentence, a title set wider than the column),
// and is judged by its width as before. (Korean is not asked: it wraps
// whole words by width.)
func (b *builder) fullOfRunes(a srcLine) bool {
	if b.measure == 0 || b.byWidth || b.lang == "ko" || hasHangul(a.text) || !holdsNarrow(a) {
		return false
	}
	c := runeColumns(a)
	return c >= b.measure && c <= b.measure+2
}

// pageRuneMeasure returns the measure m of a page not wrapped by display
// width counted as the page was wrapped, by characters, each as wide as
// an ideograph: the third widest of its wrapped lines (a line followed
// by another of its block, mostly of wide characters, no Hangul) with
// every character counted wide, never less than m. Its full lines hold
// the same count of characters, but a full line holding half-width
// digits (拟发行不超过50亿元绿色) is narrower in columns, and where few
// full lines are all wide the measure in columns falls a character or
// two short of the count. It is asked only with a measure taken from
// many lines.
func pageRuneMeasure(lines []srcLine, m int) int {
	var top topThree
	n := 0
	for i := 0; i+1 < len(lines) && n < measureSample; i++ {
		t := lines[i].text
		if t == "" || lines[i+1].text == "" || asciiBytes(t)*4 > len(t) || hasHangul(t) {
			continue
		}
		n++
		top.add(2 * utf8.RuneCountInString(t))
	}
	if n < 3 {
		return m
	}
	return max(m, top[2])
}

// titleLinesByRunes reports two title lines, a over l, the block's
// last, on a page wrapped by character count (runeMeas), that hold a
// headline over its subheadline, by their characters: l stops at three
// quarters of the count or shorter, and a's end had room for l's first
// characters (a run of digits or Latin letters kept whole), so no
// typesetter wrapped a there (江州银行拟发行50亿元绿色金融债 / 募集资金将
// 投向光伏、储能等项目 on a page of twenty). Counted in columns, l's
// narrow digits or a's, and a measure a little short of the count, may
// tip the test either way; counted in characters the page is measured
// as it was wrapped.
func (b *builder) titleLinesByRunes(a, l srcLine) bool {
	rm := b.runeMeas
	if rm == 0 || hasHangul(a.text) || hasHangul(l.text) {
		return false
	}
	return runeColumns(l)*4 <= rm*3 && runeColumns(a)+2*firstTokenRunes(l.text) <= rm
}
