package newstext

// A poem's stanzas (verse.go) are blocks of short lines, each ended by
// the poet, not wrapped. Taken for wrapped lines, a poem of three or more
// stanzas holds enough of them to set the page's measure (pageMeasures)
// or its count (pageCharWrap) by itself: its longest lines then read as
// full, and each stanza is joined into one unit before markVerse sees its
// lines. A stanza's lines set neither: the page is measured on its other
// lines (its prose, where there is any), and on a page of prose wrapped
// at a measure the stanza's lines stop short of it anyway. A hard-wrapped
// paragraph (punctuated), a table's rows (digits, padding), a title group
// (one block) and a block of two lines are no stanzas and count as before.

// stanzaLineMax is the most characters a stanza line has here, as in
// verseLine.
const stanzaLineMax = 16

// stanzaLines marks the lines of a page that belong to a poem's stanzas:
// two or more blocks in a row (parted by blank lines only) of
// minStanzaLines or more stanzaLine lines each. It returns nil when the
// page has none (most pages: a block of prose fails on its first line's
// length), else a slice as long as lines. Japanese and Korean pages are
// not asked (markVerse reads no poem there).
func stanzaLines(lines []srcLine) []bool {
	var mark []bool
	runStart, runBlocks := -1, 0 // the stanza blocks in a row so far
	flush := func(end int) {
		if runBlocks >= 2 {
			if mark == nil {
				mark = make([]bool, len(lines))
			}
			for k := runStart; k < end; k++ {
				mark[k] = lines[k].text != ""
			}
		}
		runStart, runBlocks = -1, 0
	}
	for i := 0; i < len(lines); {
		if lines[i].text == "" {
			i++
			continue
		}
		e := i
		for e < len(lines) && lines[e].text != "" && stanzaLine(lines[e]) {
			e++
		}
		if e-i >= minStanzaLines && (e == len(lines) || lines[e].text == "") {
			if runStart < 0 {
				runStart = i
			}
			runBlocks++
			i = e
			continue
		}
		flush(i)
		for e < len(lines) && lines[e].text != "" { // (the rest of the block)
			e++
		}
		i = max(e, i+1)
	}
	flush(len(lines))
	return mark
}

// stanzaLine reports a line that may be a line of a poem: unindented, two
// to stanzaLineMax ideographs and nothing else (no punctuation, digit,
// space or letter of another script). Its length is tested on bytes
// first, which turns a line of prose away unread.
func stanzaLine(l srcLine) bool {
	t := l.text
	if l.indent || len(t) < 6 || len(t) > 4*stanzaLineMax {
		return false
	}
	n := 0
	for _, r := range t {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n <= stanzaLineMax
}
