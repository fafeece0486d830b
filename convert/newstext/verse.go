package newstext

import (
	"slices"
	"strings"
	"unicode"

	"github.com/paiban/paiban/convert/doc"
)

// A 副刊 prints poems: stanzas of short lines with no punctuation, a
// block each, parted by blank lines. Each line is a unit of its own, as
// a title line is, and read alone the first line of a stanza looks like a
// head and the last ones like kickers of the next title. Two or more such
// blocks in a row (stanzas of at least three lines each) are a poem's:
// every line is a line of verse, body text, and each stanza one verse
// node, its lines as the poet set them (joinStanzas). A title group is one block (引题, 主题, 副题), and the
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
		if e-i < minStanzaLines || i > 0 && us[i-1].lastLine+1 == us[i].line && us[i-1].kind != uNoise || e < len(us) && us[e].line == us[e-1].lastLine+1 || wordless(us, i, e) || len(runs) == 0 && dashLed(us[i].text) {
			runs = b.flushVerse(sc, runs)
			i = max(e, i+1)
			continue
		}
		runs = append(runs, [2]int{i, e})
		i = e
	}
	b.flushVerse(sc, runs)
	sc.verse = b.verse // (a title under a poem's last stanza: poemend.go)
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

// wordless reports that no line of the block us[i:e] holds a word: rules
// (——) and bare marks (##) are no stanza, though a stanza may have a line
// of its own that holds none (……, a year 1978).
func wordless(us []unit, i, e int) bool {
	for k := i; k < e; k++ {
		if strings.IndexFunc(us[k].text, unicode.IsLetter) >= 0 {
			return false
		}
	}
	return true
}

// dashLed reports a line opening with a dash: a first block it opens is
// a subheadline's, a dedication's or an attribution's (——写在母亲节,
// ——记者 X), never a poem's first stanza; a later stanza may open with a
// spoken line (——哥哥今年回来吗), and so may a stanza's later line.
func dashLed(s string) bool {
	_, ok := dashPrefix(s)
	return ok
}

// joinStanzas makes one verse node of each stanza markVerse found: the
// paragraphs of its lines, one a source line in a row, in every article
// and section. The lines were read one paragraph a line until the tree
// was built (kickers, joins and rows see body text); only then do they
// become the stanza that keeps the poet's line breaks.
func (b *builder) joinStanzas() {
	if len(b.verse) == 0 {
		return
	}
	for _, a := range b.articles {
		b.joinStanzasIn(a)
	}
}

// joinStanzasIn is joinStanzas for the children of box.
func (b *builder) joinStanzasIn(box *doc.Node) {
	kids := box.Children
	out := kids[:0]
	for i := 0; i < len(kids); {
		c := kids[i]
		if c.Kind == doc.KindSection {
			b.joinStanzasIn(c)
		}
		if !b.verseNode(c) {
			out = append(out, c)
			i++
			continue
		}
		e := i + 1
		for e < len(kids) && b.verseNode(kids[e]) && kids[e].Line == kids[e-1].Line+1 {
			e++
		}
		if e > i+1 {
			parts := make([]string, 0, 2*(e-i)-1)
			for k := i; k < e; k++ {
				if k > i {
					parts = append(parts, "\n")
				}
				parts = append(parts, kids[k].Text)
			}
			c.Text = b.arena.join(parts...)
		}
		c.Kind = doc.KindVerse
		out = append(out, c)
		i = e
	}
	clear(kids[len(out):])
	box.Children = out
}

// verseNode reports a paragraph made of one of a poem's lines.
func (b *builder) verseNode(n *doc.Node) bool {
	if n.Kind != doc.KindParagraph || n.Row || n.Text == "" {
		return false
	}
	_, found := slices.BinarySearch(b.verse, n.Line)
	return found
}
