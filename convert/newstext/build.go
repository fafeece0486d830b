package newstext

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"unsafe"

	"github.com/paiban/paiban/convert/doc"
)

// unitKind is the first-pass classification of a unit of text.
type unitKind uint8

const (
	uText     unitKind = iota // body text, refined when the tree is built
	uHeadline                 // "# "
	uHeading                  // "## "
	uSubhead                  // "——" under a headline
	uNote
	uJump
	uNoise
	uByline
	uCaption
)

// unit is a block, or a part of one split off at a structural line. (Its
// fields are ordered largest first, the small ones together, so that a
// unit packs into 96 bytes: the reader makes one for every few dozen
// bytes of text, TestUnitSize.)
type unit struct {
	text     string
	line     int // first source line
	lastLine int
	cr       *credit // a byline's credit (nil for the other kinds: most units)
	noise    string  // what kind of page furniture
	brkLine  int     // the line of the article break right above it (brk)
	sum      textSum // the summary of text, if summed: made once for classifyText, read again by unitFeats

	kind       unitKind
	runIn      bool  // a heading split off a run-in 【…】 lead-in
	newArticle bool  // a dateline-led unit after body text: it starts an article with no headline
	level      uint8 // a heading's rank: 1 for "## " and 一、, deeper for "###", （一）, 1., （1）
	para       bool  // opens with the 2em paragraph indent: body text, never a title line
	verbatim   bool  // opened with the escape `\`: a paragraph exactly as written
	brk        bool  // an article break ("* * *") stands right above it
	closing    bool  // a dateline alone after the body text that closes its article (closingDateline)
	signDate   bool  // the date of a sign-off (落款): a closing dateline of a date alone (markSignOffs)
	// nLines is the number of lines of a short multi-line text block (0
	// for any other unit): its kicker lines, from line on (kickerLinesOf),
	// if it becomes a kicker and kickerLinesOK.
	nLines uint8
	summed bool
	lead   datelineLead // whether a dateline leads the text, once unitFeats has asked (for expand)
	// leadAt is one more than the index in the builder's leads of the
	// dateline unitFeats parsed off the text, 0 for none; it holds while
	// lead is leadDateline (a change of text resets lead).
	leadAt uint32
}

// kickerLinesOf returns the source lines of u, a short multi-line text
// block (nLines), or nil for another unit. (The lines are b's, whose
// index is the line number less one.)
func (b *builder) kickerLinesOf(u *unit) []srcLine {
	if u.nLines == 0 {
		return nil
	}
	i := u.line - 1
	return b.lines[i : i+int(u.nLines) : i+int(u.nLines)]
}

// datelineLead is what unitFeats learnt of a unit's leading dateline,
// which expand would otherwise parse (and classify) again.
type datelineLead uint8

const (
	leadUnknown  datelineLead = iota // not asked (or the text changed since)
	leadNone                         // expand splits no dateline off the text
	leadDateline                     // expand splits a dateline off: leadsWithDateline holds
)

// leadDate is a dateline leading a unit's text as unitFeats parsed it,
// with the text after it, kept for expand, which would parse it again.
type leadDate struct {
	d    dateline
	rest string
}

// leadDates holds the leading datelines of a page's units in chunks of
// leadChunk: appending never copies what it holds (a slice grown by
// append would allocate several times its final size on a page of
// thousands), and the datelines held stay where they are.
type leadDates struct {
	chunks [][]leadDate
	n      int
}

// leadChunk is the number of datelines in a chunk of leadDates.
const leadChunk = 256

// add appends ld and returns its number: one more than its index.
func (ls *leadDates) add(ld leadDate) uint32 {
	if ls.n%leadChunk == 0 {
		ls.chunks = append(ls.chunks, make([]leadDate, 0, leadChunk))
	}
	c := &ls.chunks[len(ls.chunks)-1]
	*c = append(*c, ld)
	ls.n++
	return uint32(ls.n)
}

// at returns the dateline numbered k by add, or nil for 0 or a number
// it did not give.
func (ls *leadDates) at(k uint32) *leadDate {
	if k == 0 || int(k) > ls.n {
		return nil
	}
	i := int(k - 1)
	return &ls.chunks[i/leadChunk][i%leadChunk]
}

// leadDateOf returns the dateline unitFeats parsed off u's text, or nil
// when it parsed none or the text has changed since.
func (b *builder) leadDateOf(u *unit) *leadDate {
	if u.lead != leadDateline {
		return nil
	}
	return b.leads.at(u.leadAt)
}

// credit returns u's credit, the zero credit when it has none.
func (u *unit) credit() credit {
	if u.cr == nil {
		return credit{}
	}
	return *u.cr
}

// creditRef returns c as a unit holds it: nil when c is the zero credit,
// as it is for every unit but a byline, so that a unit stays small
// (the reader copies lists of units).
func creditRef(c credit) *credit {
	if c.org == "" && c.roles == nil && c.names == nil {
		return nil
	}
	p := new(credit) // (not &c: c would move to the heap on every call)
	*p = c
	return p
}

// builder turns lines into articles.
type builder struct {
	ctx         context.Context
	units       []unit
	articles    []*doc.Node
	diags       []doc.Diagnostic
	steps       int
	joinBuf     []byte    // the text of the paragraph being joined across breaks
	joinArt     *doc.Node // the article joinBreaks is joining in (kobookline.go asks its name)
	arena       textArena // where the texts the builder makes are cut from
	serial      bool      // no halves on two goroutines (tests compare both)
	lang        string    // the document's language, for conventions that depend on it
	unmarked    bool      // the page has no "# " or "## " markers
	measure     int       // the width of the page's full lines in columns, 0 if unknown (see pageMeasure)
	widest      int       // on a page with no measure, its widest line in columns (see pageWidest)
	weak        bool      // the measure rests on few lines (see pageMeasureWeak)
	bare        int       // the measure less hung punctuation (see pageMeasures)
	koLines     bool      // the page's long Korean lines are paragraphs (see koreanSentenceLines)
	koIndent    bool      // the page's Korean paragraphs are marked by indent alone (see koreanIndentParas)
	koFlat      bool      // the page's Korean paragraphs are marked by nothing, no blank line, no indent (see koreanFlatPage)
	cjkLines    bool      // the page's long Chinese or Japanese lines are paragraphs (see cjkSentenceLines)
	charWrap    int       // how many characters a full line holds on a page wrapped by count, 0 if not (see pageCharWrap)
	koWrap      int       // how many characters a full line holds on a Korean page word-wrapped by count, 0 if not (see pageKoWordWrap)
	byWidth     bool      // the page's lines are wrapped by display width, not by character count (see pageWidthWrap)
	runeMeas    int       // the measure counted in wide characters on a page wrapped by count, 0 if unknown (see pageRuneMeasure)
	lines       []srcLine
	breakAt     []brkAt  // the units that follow an article break
	noBreaks    bool     // article breaks are text (a page of nothing else)
	fwStamps    []string // the bare full-width stamps the page sets under a headline (fullwidthStampsAt)
	labelStamps []string // stamps' texts under an event box's date label (eventLabelStampsAt)
	bareFolios  []string // the folios with a bare page number the page sets at an edge (bareFoliosAt)
	memo        classMemo
	leads       leadDates  // the datelines leading units, for expand (unit.leadAt)
	block       blockLines // the block splitBlock is cutting
	// pageRows holds tableRow plus one of the page's lines pageMeasures
	// asked it of (0 for the others), pageBoxes their boxRow facts where
	// it asked that (factBox, factBoxYes), pageLines those lines and
	// pageTexts their texts as measured: splitBlock's blockLines starts
	// from them (seedRows).
	pageRows  []int8
	pageBoxes []uint8
	pageLines []srcLine
	pageTexts []string
	slab      []doc.Node // where newNode takes nodes from
	explain   func(Decision)
	decisions []Decision // explainUnits's, reported once the tree is built (explainFinal)

	// kickerLines holds the lines of paragraphs made from short
	// multi-line blocks, until kickers are chosen.
	kickerLines map[*doc.Node][]srcLine
	// verse holds the source lines of a poem's stanzas (markVerse), in
	// order: body text, never kickers of the title under them, and each
	// stanza one verse node (joinStanzas).
	verse []int

	// quiet: a scratch builder, whose findings nobody reads, formats no
	// warnings.
	quiet bool
	// scratch is the builder readsAsParagraph reads a text with, kept
	// for the next: its nodes are thrown away after each reading, so its
	// slab serves them all (see scratchBuilder).
	scratch *builder
	// scratchArt is the article the scratch builder reads into.
	scratchArt doc.Node
}

// sub returns a builder for a part of the work, sharing b's settings.
func (b *builder) sub() builder {
	return builder{ctx: b.ctx, lang: b.lang, unmarked: b.unmarked, measure: b.measure, widest: b.widest, weak: b.weak, bare: b.bare, koLines: b.koLines, koIndent: b.koIndent, koFlat: b.koFlat, cjkLines: b.cjkLines, charWrap: b.charWrap, koWrap: b.koWrap, byWidth: b.byWidth, runeMeas: b.runeMeas, lines: b.lines, noBreaks: b.noBreaks, leads: b.leads, fwStamps: b.fwStamps, labelStamps: b.labelStamps, bareFolios: b.bareFolios}
}

// checkCtx honours cancellation every few hundred blocks.
func (b *builder) checkCtx() error {
	b.steps++
	if b.steps&255 == 0 {
		return b.ctx.Err()
	}
	return nil
}

func (b *builder) warn(line int, format string, args ...any) {
	if b.quiet {
		return
	}
	b.diags = append(b.diags, doc.Diagnostic{Line: line, Severity: doc.SeverityWarning, Message: fmt.Sprintf(format, args...)})
}

// warnParts is warn with the message in parts, joined in one allocation:
// the warnings a page gives by the hundred (joins, briefs, noise) skip
// fmt's formatting, and a quiet builder joins nothing.
func (b *builder) warnParts(line int, parts ...string) {
	if b.quiet {
		return
	}
	b.diags = append(b.diags, doc.Diagnostic{Line: line, Severity: doc.SeverityWarning, Message: b.arena.join(parts...)})
}

func (b *builder) build(lines []srcLine) error {
	b.lines = lines
	if err := b.split(lines); err != nil {
		return err
	}
	if len(b.units) == 0 {
		// Article breaks alone separate nothing: they are the text.
		b.noBreaks = true
		if err := b.split(lines); err != nil {
			return err
		}
	}
	b.label()
	if err := b.assemble(); err != nil {
		return err
	}
	b.joinStanzas()
	sortDiags(b.diags)
	if b.explain != nil {
		b.explainFinal()
	}
	return nil
}

// sortDiags puts diags in line order, keeping the order of those on one
// line. The phases add their warnings in runs that are each in line
// order, so most of a large page's diagnostics are in order already:
// sorted is checked first, and the sort (generic: no reflection swapper,
// as a page may have hundreds of thousands) runs only when needed.
func sortDiags(diags []doc.Diagnostic) {
	byLine := func(a, b doc.Diagnostic) int { return cmp.Compare(a.Line, b.Line) }
	if !slices.IsSortedFunc(diags, byLine) {
		slices.SortStableFunc(diags, byLine)
	}
}

// newNode returns a node of kind with text from source line line, taken
// from b's slab: the nodes of a tree are allocated a slab at a time
// rather than one by one (the reader makes a node for every few dozen
// bytes of text). Slabs grow from one node to nodeSlabMax: a scratch
// builder (readsAsParagraph) makes a node or two, a page thousands.
// The slab's free nodes are zero (scratchBuilder clears what it
// reuses), so the node's fields are set one by one: a node is large,
// and copying a whole one in costs a write barrier over all of it.
func (b *builder) newNode(kind doc.Kind, text string, line int) *doc.Node {
	if len(b.slab) == cap(b.slab) {
		size := min(max(2*cap(b.slab), 1), nodeSlabMax)
		b.slab = make([]doc.Node, 0, size)
	}
	b.slab = b.slab[:len(b.slab)+1]
	n := &b.slab[len(b.slab)-1]
	n.Kind, n.Text, n.Line = kind, text, line
	return n
}

// nodeSlabMax is the number of nodes of the largest slab newNode takes:
// as many as fit in 32 KiB, the largest object the Go allocator serves
// from its per-core caches (a larger one is a large object, taken from
// the heap under its lock and cleared on its own).
const nodeSlabMax = 32 << 10 / int(unsafe.Sizeof(doc.Node{}))

// simpleNode makes the node of a unit whose kind is settled.
func (b *builder) simpleNode(u unit) *doc.Node {
	n := b.newNode("", u.text, u.line)
	switch u.kind {
	case uHeadline:
		n.Kind = doc.KindHeadline
	case uHeading:
		n.Kind = doc.KindHeading
	case uSubhead:
		n.Kind = doc.KindSubheadline
	case uNote:
		n.Kind = doc.KindNote
	case uJump:
		n.Kind = doc.KindJump
	case uNoise:
		n.Kind = doc.KindNoise
		n.Furniture = pageFurniture(u.noise)
		b.warnParts(u.line, u.noise, " kept as noise: ", u.text)
	case uByline:
		n.Kind = doc.KindByline
		setCredit(n, u.credit())
	case uCaption:
		n.Kind = doc.KindCaption
	default:
		n.Kind = doc.KindParagraph
	}
	return n
}

func setCredit(n *doc.Node, c credit) {
	n.Org, n.Roles, n.Names = c.org, c.roles, c.names
}
