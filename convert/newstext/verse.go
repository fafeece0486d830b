package newstext

// A 副刊 prints poems: stanzas of short lines with no punctuation, a
// block each, parted by blank lines. Each line is a unit of its own, as
// a title line is, and read alone the first line of a stanza looks like a
// head and the last ones like kickers of the next title. Two or more such
// blocks in a row (stanzas of at least three lines each) are a poem's:
// every line is a line of verse, body text, one paragraph a line as the
// poet set it. A title group is one block (引题, 主题, 副题), and the
// blocks of short lines of a teaser list hold no three unpunctuated
// lines over another three; a block of two title lines stays as it was.

// minStanzaLines is the fewest lines a stanza block has for markVerse.
const minStanzaLines = 3

// markVerse makes body text of the lines of two or more stanza blocks in
// a row: blocks of minStanzaLines or more unmarked title-like lines.
func (b *builder) markVerse(sc *scorer) {
	if b.lang == "ja" || b.lang == "ko" {
		return
	}
	b.verse = b.verse[:0]
	us := sc.us
	var runs [][2]int // stanza blocks, each [first, end) in us
	for i := 0; i < len(us); {
		e := i
		for e < len(us) && sc.verseLine(e) && (e == i || us[e].line == us[e-1].lastLine+1) {
			e++
		}
		if e-i < minStanzaLines || i > 0 && us[i-1].lastLine+1 == us[i].line && us[i-1].kind != uNoise || e < len(us) && us[e].line == us[e-1].lastLine+1 {
			runs = b.flushVerse(sc, runs)
			i = max(e, i+1)
			continue
		}
		runs = append(runs, [2]int{i, e})
		i = e
	}
	b.flushVerse(sc, runs)
}

// flushVerse makes body text of the stanza blocks of runs when there are
// two or more (a poem), noting their lines in b.verse, and returns runs
// emptied.
func (b *builder) flushVerse(sc *scorer, runs [][2]int) [][2]int {
	if len(runs) >= 2 {
		for _, r := range runs {
			for k := r[0]; k < r[1]; k++ {
				sc.fs[k].title = false
				sc.fs[k].ended = true // (a line of verse is whole: what follows may be a title)
				b.verse = append(b.verse, sc.us[k].line)
			}
		}
	}
	return runs[:0]
}

// verseLine reports a unit that may be a line of verse: an unmarked
// title-like line of text (no row, head numbering or label) of at most
// sixteen runes, set alone.
func (sc *scorer) verseLine(i int) bool {
	u, f := &sc.us[i], &sc.fs[i]
	return u.kind == uText && !u.verbatim && !u.para && u.line == u.lastLine && f.title && !f.row && f.headMark == "" && !f.label && !f.dateline && f.runes <= 16
}
