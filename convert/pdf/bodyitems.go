package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// An article's body is made into column-flow items as the flow asks for
// them, one paragraph's lines at a time (layout.Breaker.Start, Next), and
// its items are dropped once they are set on a page: a paragraph of any
// length costs the writer a page's lines, never all its placed glyphs.

// lineFeed gives a paragraph's lines one at a time: from a streaming
// breaker, or from a breakFunc's result (tests).
type lineFeed struct {
	br    *layout.Breaker
	lines []layout.Line
	arena *glyphArena
}

// feed starts breaking text with br, or with b.brk when br is nil.
func (b *builder) feed(br *layout.Breaker, text string, m layout.Measurer, o layout.Options) lineFeed {
	if br == nil {
		return lineFeed{lines: b.brk(text, m, o)}
	}
	br.Start(text, m, o)
	return lineFeed{br: br, arena: &b.arena}
}

// next returns the next line, its glyphs the caller's to keep.
func (f *lineFeed) next() (layout.Line, bool) {
	if f.br != nil {
		l, ok := f.br.Next()
		if ok {
			l.Glyphs = f.arena.own(l.Glyphs)
		}
		return l, ok
	}
	if len(f.lines) == 0 {
		return layout.Line{}, false
	}
	l := f.lines[0]
	f.lines = f.lines[1:]
	return l, true
}

// glyphArena copies the glyphs of lines out of a breaker's working memory
// into chunks shared by many lines, which the collector frees once the
// pages holding their lines are drawn.
type glyphArena struct {
	buf  []layout.Glyph
	next int // the size of the next chunk
}

// arenaChunk is the glyphs of one chunk: some pages' lines. The first
// chunks of a document are smaller (firstChunk, doubling up to it), so
// that a short document (every file of a batch of one-page files) does not
// allocate and clear 229 KB for a few hundred glyphs.
const (
	arenaChunk = 4096
	firstChunk = 512
)

func (a *glyphArena) own(g []layout.Glyph) []layout.Glyph {
	if cap(a.buf)-len(a.buf) < len(g) {
		a.next = min(max(a.next*2, firstChunk), arenaChunk)
		a.buf = make([]layout.Glyph, 0, max(a.next, len(g)))
	}
	n := len(a.buf)
	a.buf = append(a.buf, g...)
	return a.buf[n:len(a.buf):len(a.buf)]
}

// bodyItems makes the column-flow items of an article's body nodes one at
// a time, in order: one per line, each one body slot tall (see blockStyle
// for why). Noise among them (arrangeNoise leaves only notes that follow
// the text) is set in small grey type.
type bodyItems struct {
	b      *builder
	leaves []*doc.Node
	k      int // the next leaf
	// closing holds the datelines that close the article
	// (doc.ClosingDatelines), set flush right as every writer sets them.
	closing []*doc.Node

	// The paragraph being set: its node (the last of a run-in), style,
	// faces, the bytes of its text set in bold, its inset, its lines.
	n     *doc.Node
	st    blockStyle
	set   *faceSet
	bold  int
	inset float64
	feed  lineFeed
	i     int            // number of the line ahead[0]
	ahead [3]layout.Line // the next lines: a line's item depends on the two after it
	have  int
	ended bool // the feed has no more lines

	// brk, when set, breaks this body's paragraphs instead of the
	// builder's flowBrk: a make-up window (refill) keeps its own, being
	// made between other articles' lines.
	brk *layout.Breaker

	// table holds the lines of the table rows being set (see tableRow),
	// the first of them the line of leaf tableAt; row is set while a
	// row's line, table[rowAt], is the paragraph's.
	table     []layout.Line
	tableText []string // the rows' text
	tableSize float64  // their type size
	tableAt   int
	row       bool
	rowAt     int
	// rowText is set while the paragraph is a table row set as text (its
	// table did not fit): its lines are spread at the spaces between
	// fields, and read back through their ActualText (placedLine.Actual).
	rowText bool
}

// bodyQueue returns an empty queue over the items of an article's body.
func (b *builder) bodyQueue(nodes []*doc.Node) *itemQueue {
	s := &bodyItems{b: b}
	var walk func(n *doc.Node)
	walk = func(n *doc.Node) {
		switch {
		case n.Kind.IsContainer():
			for _, c := range n.Children {
				walk(c)
			}
		default:
			s.leaves = append(s.leaves, n)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	s.closing = doc.ClosingDatelines(&doc.Node{Kind: doc.KindArticle, Children: nodes})
	return &itemQueue{src: s}
}

// paragraph starts the next leaf with text, reporting false when there is
// none left or the build is cancelled.
func (s *bodyItems) paragraph() bool {
	b := s.b
	size := b.cfg.bodySize
	for ; s.k < len(s.leaves); s.k++ {
		if b.cancelled() {
			return false
		}
		k := s.k
		n := s.leaves[k]
		st := flowStyle(n.Kind)
		if n.Kind == doc.KindByline && k < len(s.leaves)-1 {
			// A byline before more text (本报讯（记者 X）then the story)
			// belongs with it; only one that ends the article may end a
			// column.
			st.keep = true
		}
		if n.Kind == doc.KindNoise && k+1 < len(s.leaves) && s.leaves[k+1].Kind == doc.KindNoise {
			// The notes after the text (related links, a copyright
			// line: noise.go) stay together in one column. Their small
			// lines on the body's grid stand further apart than poppler
			// joins into a block, so each is a block of its own, and a
			// run split between two columns was read alternately line
			// by line with the next column's.
			st.keep = true
		}
		if n.Kind == doc.KindDateline && slices.Contains(s.closing, n) && !b.runsIn(s.leaves[k:]) {
			// A bracketed dateline after the text closes the article
			// (（本报郑州12月3日电）), and a date under a notice's
			// signature dates it: set flush right as a closing byline
			// is, not flush left where it reads as a new line of the
			// paragraph above.
			st = flowStyle(doc.KindByline)
		}
		if n.Kind == doc.KindNoise && doc.IsEndMark(strings.TrimSpace(n.Text)) {
			// An end mark with no paragraph before it to close: a line
			// of its own, flush right.
			st = blockStyle{role: roleBody, align: layout.AlignEnd}
		}
		set := b.sets[st.role]
		var text string
		bold := 0 // bytes of text set in bold (a run-in dateline)
		if lead, lb, used := b.runIn(s.leaves[k:]); used > 0 {
			n, text, bold = s.leaves[k+used-1], lead, lb
			st, set = flowStyle(doc.KindParagraph), b.sets[roleBody]
			s.k += used - 1
		} else if n.Kind == doc.KindVerse {
			text = b.verseText(n, set)
		} else {
			text = b.clean(n.Text, n.Line, set)
			if n.Kind == doc.KindParagraph {
				bold = qaLabel(text)
			}
		}
		if text == "" {
			continue
		}
		if n.Row && !b.cfg.vertical {
			// (Down a vertical page's column a table's fields read back
			// through poppler in no order: its rows stay paragraphs.)
			if i, ok := s.tableRow(k, set, size); ok {
				s.k++
				s.n, s.st, s.set, s.bold, s.inset = n, st, set, 0, 0
				s.feed = lineFeed{lines: []layout.Line{s.table[i]}}
				s.i, s.have, s.ended = 0, 0, false
				s.row, s.rowAt, s.rowText = true, i, false
				if i == 0 {
					b.block++ // the table is one block
				}
				return true
			}
		}
		s.row, s.rowText = false, n.Row && !b.cfg.vertical
		inset := st.inset * size
		if n.Kind == doc.KindHeading {
			inset = b.headInset(text, st, set, size)
		}
		// flowStyle's indents are Chinese paragraph indents (2em);
		// The indent comes from layout.ParagraphIndent, one place for every writer.
		o := b.options(st.role, b.colW-2*inset, st.align, st.indent*layout.ParagraphIndent(b.lang)/2)
		o.MaxGap = st.maxGap
		if n.Kind == doc.KindVerse {
			o.Hang = verseHang
		}
		if s.rowText {
			// A table row set as text (its table did not fit the column):
			// it starts at the edge, breaks only between its fields, its
			// wrapped part hung under it as a stanza's, and is spread at
			// the spaces between its fields, as a table's row is, rather
			// than letter-spaced as a paragraph (서 해 증 권 8,320 원).
			// (Down a vertical column, spread fields read back through
			// poppler out of order: there rows stay paragraphs.)
			o = b.options(st.role, b.colW-2*inset, layout.AlignJustify, 0)
			o.Hang, o.Fields = rowHang, true
		}
		if bold > 0 {
			// The bold run-in is measured in the bold face it is drawn
			// in: its digits and a middle dot are wider than the body
			// face's (a middle dot three times), and drawn over the body's
			// advances they crowded the next glyph and hung past the
			// column's edge.
			o.LeadBytes, o.LeadMeasurer = bold, measurer{set: b.sets[roleHeading], size: st.typeSize(size)}
		}
		// Heads and bylines that need two lines break between phrases
		// (between names in a byline), else at their most even break,
		// not wherever the column runs out (… 孙 / 敏坚, …平台 / 作用).
		o.Phrases = isHead(n.Kind) || n.Kind == doc.KindHeading || n.Kind == doc.KindByline
		s.k++
		s.n, s.st, s.set, s.bold, s.inset = n, st, set, bold, inset
		br := b.flowBrk
		if s.brk != nil {
			br = s.brk
		}
		s.feed = b.feed(br, text, measurer{set: set, size: st.typeSize(size)}, o)
		s.i, s.have, s.ended = 0, 0, false
		b.block++
		return true
	}
	return false
}

// next returns the next item, reporting false after the last.
func (s *bodyItems) next() (item, bool) {
	for {
		for s.have < len(s.ahead) && !s.ended {
			l, ok := s.feed.next()
			if !ok {
				s.ended = true
				break
			}
			s.ahead[s.have] = l
			s.have++
		}
		if s.have > 0 {
			break
		}
		if !s.paragraph() {
			return item{}, false
		}
	}
	b, st, i, ln := s.b, s.st, s.i, s.ahead[0]
	size := b.cfg.bodySize
	many := i > 0 || s.have >= 2         // the paragraph has two lines or more
	last := s.have == 1 && s.ended       // its last line
	secondLast := s.have == 2 && s.ended // its last but one
	copy(s.ahead[:], s.ahead[1:s.have])
	s.have--
	s.ahead[s.have] = layout.Line{}
	s.i++

	tail := 0 // glyphs of a closing credit run into the line (runInTrailer)
	if last && s.trailerNext() && !s.row && s.n.Kind == doc.KindParagraph && s.inset == 0 && !b.cfg.vertical {
		if l, n, ok := s.runInTrailer(ln); ok {
			ln, tail = l, n
			s.k++ // the credit is set
		}
	}

	it := item{h: b.pitch}
	switch {
	case st.keep:
		it.keep = true
	case s.row && s.rowAt+1 < len(s.table) && len(s.table) <= maxKeptRows:
		it.keep = true // a small table stays in one column
	case many && (i == 0 || secondLast):
		it.keep = true // no orphan, no widow
	case last && s.trailerNext():
		// A byline ending the article (■记者 X, a Korean reporter's
		// e-mail) stays with the text it signs, never alone at the
		// top of a column.
		it.keep = true
	}
	ts := st.typeSize(size)
	if s.row {
		ts = s.tableSize
	}
	it.line = placedLine{X: s.inset, Y: baseline(b.pitch, ts), Size: ts, Set: s.set, Line: ln, Gray: st.gray, Block: b.block}
	if st.scale > 0 && st.scale < 1 && !b.cfg.vertical {
		// Small type (trailing notes) is set at a pitch scaled with it,
		// so that poppler reads the lines of one note as one block
		// (their baselines at most 1.5 times their size apart; on the
		// body's grid a note of two lines was two blocks, and the
		// column beside it was read between them). The note's last
		// line takes the rest of a whole number of grid lines, so the
		// grid holds below it. Vertical pages keep the grid: their
		// columns are read by their axes, and a note's column between
		// two of the body's was taken for one of them.
		step := st.scale * b.pitch
		it.h = step
		if last {
			it.h = math.Ceil(float64(i+1)*st.scale-eps)*b.pitch - float64(i)*step
		}
		it.line.Y = baseline(step, ts)
	}
	if b.cfg.vertical && b.cfg.newspaper() {
		// Drawn when needed (column.emit). Only in a newspaper's tiers:
		// there the separators already embed the horizontal body face
		// the bridge is drawn with, and a flowing page's one or two tiers
		// read back in order without it.
		it.join = b.joinBridge(ts)
		if ts < 0.95*size {
			it.lead = b.leadLine(it.line)
		}
	}
	it.line.Row = s.row
	switch {
	case s.row:
		it.line.Actual = s.tableText[s.rowAt]
	case s.rowText:
		it.line.Actual, it.line.Fields = glyphText(ln), true
	}
	if ln.Start < s.bold {
		it.line.Bold, it.line.BoldSet = boldGlyphs(ln, s.bold), b.sets[roleHeading]
	}
	if tail > 0 {
		it.line.Tail, it.line.BoldSet = tail, b.sets[roleHeading]
	}
	if i == 0 && s.n.Kind == doc.KindHeading {
		// A section heading takes two grid lines, the first of them
		// space above it, and is kept with the next two lines (its
		// keep, and the paragraph's orphan rule).
		it.h, it.above = 2*b.pitch, b.pitch
		it.line.Y += b.pitch
		it.bridge = b.bridgeLine(size)
		it.mark = &outlineMark{Title: s.n.Text, Level: 1}
	}
	if s.n.Kind == doc.KindVerse {
		s.verseLine(&it, i, size)
	}
	it.ruleAbove = st.ruled && i == 0
	it.ruleBelow = st.ruled && last
	if st.band {
		// A heading reads as a line starting 1.5em in (after the short
		// last line of a paragraph, like an indented line) and ending at
		// the column's edge, never as a short line. Not at the 2em of a
		// paragraph's indent, nor at the edge: in a short column, its
		// lines would outnumber the lines starting there, and extraction
		// checks take the commonest start for the column's edge. With
		// space above it, it reads from the edge (column.emit).
		it.line.Reach, it.line.ReachEnd = min(s.inset, 1.5*size), b.colW
		if !last {
			// A heading broken after a closing mark (…‘数字鸿沟’ /
			// 挡住…) reads as a full line whose mark is set at its
			// inked half; its last line ends the heading wherever it
			// ends, and stays at the band's edge.
			it.line.ReachEnd += endOverhang(ln)
		}
	}
	beforeTable := last && !s.row && s.k < len(s.leaves) && s.leaves[s.k].Row
	if beforeTable && leadsIn(ln) {
		// A lead-in closed by a colon (本轮部分比赛结果：) introduces the
		// table under it: never the last line of a column, the table at
		// the top of the next.
		it.keep = true
	}
	if beforeTable && !b.cfg.vertical {
		// The line before a table (本轮部分比赛结果：, a head over it)
		// ends its paragraph, but the rows under it start flush at the
		// edge, not indented as a paragraph's first line: text
		// extraction would read it as a line left short, or ending in
		// its mark's full box at the edge. It reads as reaching the
		// column's end, a closing mark's inked half at the edge.
		it.line.ReachEnd = b.colW + b.endHalf(ln)
	}
	it.band = st.band
	return it, true
}

// rowHang is the hanging indent, in em, of the wrapped part of a table row
// set as text: two ems, as a paragraph's indent, so that it reads as the
// row's continuation under a field set alone on the row's first line
// (円相場 / １ドル＝１５０円２０銭), not as a line of its own.
const rowHang = 2

// glyphText is the text of a line's glyphs, its spaces as set: a table
// row's line set as text reads back as its fields with one space between
// them, however wide the gaps it is spread at (see placedLine.Actual).
func glyphText(ln layout.Line) string {
	var sb strings.Builder
	for _, g := range ln.Glyphs {
		sb.WriteString(g.Text)
	}
	return sb.String()
}

// verseHang is the hanging indent, in em, of the part of a verse line
// that does not fit the column: it wraps under its line, set in, where a
// new line of the stanza starts at the column's edge.
const verseHang = 1

// verseText is a stanza's lines, each cleaned (builder.clean), joined by
// line feeds, the hard breaks layout keeps; a line left empty is dropped.
func (b *builder) verseText(n *doc.Node, set *faceSet) string {
	lines := n.Lines()
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if l = b.clean(l, n.Line, set); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// verseLine shapes the item of line i of a stanza. A stanza after
// anything else in the body takes a grid line of space above it (a poem
// set off from the text above, its stanzas from each other), bridged for
// text extraction as a section heading's is (bridgeLine) and taken away
// at a column's top (tightenHeads). Across the page, every line reads as
// reaching the column's end, as the line before a table does: its lines
// are set flush left and left short where the poet broke them, and
// extraction, which reads a short line followed by one at the column's
// edge as a justified line left short, would take the stanza for badly
// set prose. (Down a vertical column, lines are read by their axes:
// nothing is widened.)
func (s *bodyItems) verseLine(it *item, i int, size float64) {
	b := s.b
	if i == 0 && s.k > 1 {
		it.h, it.above = it.h+b.pitch, b.pitch
		it.line.Y += b.pitch
		it.bridge = b.bridgeLine(size)
	}
	if !b.cfg.vertical {
		it.line.ReachEnd = b.colW + b.endHalf(it.line.Line)
	}
}

// endHalf is how far past the column's end a line read as reaching it is
// widened (markHalf). Traditional Chinese and Korean set a line-end mark
// in its full box, centred: the line reaches the column's end as it is
// (a colon read as past it, half an em, made the line look longer than
// the column's others).
func (b *builder) endHalf(ln layout.Line) float64 {
	if b.lang == layout.LangZhHant || b.lang == layout.LangKo {
		return endOverhang(ln)
	}
	return markHalf(ln)
}

// qaLabel returns the length in bytes of the label that opens a paragraph
// of an interview (问：, 答：, 問：), which Chinese papers set in bold like a
// run-in dateline, or 0. Only a label of full-width characters is bolded:
// the line was measured in the body face, and CJK keeps its em in bold.
func qaLabel(text string) int {
	for _, l := range []string{"问：", "答：", "問："} {
		if strings.HasPrefix(text, l) && len(text) > len(l) {
			return len(l)
		}
	}
	return 0
}

// runInTrailer returns ln, the last line of the paragraph being set, with
// the byline that closes the article (the next leaf) set at its end, flush
// with the column's, and the number of the byline's glyphs, drawn in its
// bold face: newspapers set the credit after the last sentence when the
// line has room for it ((山田太郎), /이나래기자 nr@…, （记者 王某）), and a
// credit alone on a line under a short last line left that line and half
// the next empty (layout.RunInTrailer). At least an em stays between the
// sentence and the credit; a credit that does not fit so, or takes more
// than a line, keeps a line of its own.
func (s *bodyItems) runInTrailer(ln layout.Line) (layout.Line, int, bool) {
	b := s.b
	n := s.leaves[s.k]
	st := flowStyle(doc.KindByline)
	set := b.sets[st.role]
	text := b.clean(n.Text, n.Line, set)
	size := b.cfg.bodySize
	if text == "" || st.typeSize(size) != s.st.typeSize(size) {
		return ln, 0, false
	}
	ls := b.brk(text, measurer{set: set, size: size}, b.options(st.role, b.colW, st.align, 0))
	if len(ls) != 1 {
		return ln, 0, false
	}
	l, ok := layout.RunInTrailer(ln, ls[0], size)
	return l, len(ls[0].Glyphs), ok
}

// trailerNext reports whether the leaf after the current one is a byline
// that ends the article.
func (s *bodyItems) trailerNext() bool {
	return s.k == len(s.leaves)-1 && s.leaves[s.k].Kind == doc.KindByline
}

// itemQueue holds the items of an article's body that the flow is working
// on: made as it asks for them, dropped once they are set.
type itemQueue struct {
	src   *bodyItems
	items []item
	done  bool // every item has been made
}

// fill makes items until the queue holds n, or all there are.
func (q *itemQueue) fill(n int) {
	for len(q.items) < n && !q.done {
		it, ok := q.src.next()
		if !ok {
			q.done = true
			break
		}
		q.items = append(q.items, it)
	}
}

// drop forgets the first n items.
func (q *itemQueue) drop(n int) {
	k := copy(q.items, q.items[n:])
	clear(q.items[k:])
	q.items = q.items[:k]
}

// bridgeLine returns the invisible line set in the empty slot above a
// section heading, relative to the slot's top-left.
//
// Poppler joins a line to the block above it only while their baselines are
// within 1.5 sizes of each other, so without it the slot would split the
// column into two blocks. Split columns are then read out of order: two
// columns cut at the same height (a heading in each, or balanced columns
// ending level) form a 2×2 grid of blocks with aligned edges that poppler
// takes for a table and reads row by row, and a lower block with nothing
// beside it is read after the column on its right; either way a sentence
// running from one column's foot to the next column's top comes out torn.
// The bridge is drawn as the strips' separators are (renderer.separator):
// a span of two invisible glyphs at the body size whose ActualText is a
// soft hyphen, which extraction keeps as a character of its own line and
// readers do not show. Its span runs from the middle of the column to
// its right edge: well in from the left edge, so that the short line
// ending the paragraph above reads as a paragraph's end, and where no
// other line starts.
func (b *builder) bridgeLine(size float64) *placedLine {
	set := b.sets[roleBody]
	w := measurer{set: set, size: size}.Advance('一')
	from := math.Round(b.colW / 2)
	ln := layout.Line{Glyphs: []layout.Glyph{
		{Text: "一", X: from, Advance: w, Natural: w},
		{Text: "一", X: b.colW - w, Advance: w, Natural: w},
	}, Width: b.colW}
	y := baseline(b.pitch, size)
	if b.cfg.vertical {
		// Turned, the bridge's baseline lies 0.38 of its size left of
		// its line's axis (vSeparator): moved that far towards the line
		// before (right, on the page), it lies on the slot's axis, midway
		// between the line before and the heading. Poppler joins lines
		// whose baselines are within 1.5 sizes, and those two are two
		// pitches (2 × 1.48 sizes) apart: only a bridge within 0.15pt of
		// the middle joins both, else the tier falls into two blocks side
		// by side, read left one first (vertread.go). Its box, from 0.29
		// of its size left of the baseline to 1.15 right, stays clear of
		// both lines' boxes (poppler boxes a vertical glyph from its pen,
		// the middle of the column, to an em to the right).
		y -= 0.38 * size
	}
	return &placedLine{Y: y, Size: size, Set: set, Line: ln, Block: -1, Separator: true}
}

// joinBridge returns the invisible line that joins a line of a vertical
// page to the line before it in its tier (right, on the page), relative to
// its slot's top-left, when poppler would not (column.emit decides):
// poppler joins a line to a block only while their baselines are within
// 1.5 sizes of each other and the line overlaps the block down the page.
// Two cases fail: the small print after an article's text (7.2pt notes),
// which keeps the body's grid down a vertical page, 1.85 of its size
// apart; and two lines one above the other with no height in common, a
// byline at the tier's foot after a paragraph's short last line (（姚静）
// under 一次心理健康测评，…). Each such line was a block of its own, and
// blocks side by side in a tier come each before the other by Breuel's
// rules as poppler turns them: poppler read a tier's notes from the left,
// last line first, and a byline before the text it signs (vertread.go).
//
// The bridge is set at the lines' size with its baseline between their
// axes (within 1.5 sizes of both), running the tier's length, so
// that it overlaps every line down the tier and joins them into one block.
// Its ActualText is a hyphen, which poppler drops with the line break from
// a line that ends with one when more lines follow: the bridge adds nothing
// to the text, where the soft hyphen of the other separators would stand
// inside a sentence. It is drawn after the page's text (pageLayout.joins),
// so that text read in drawing order (pdftotext -raw) finds it there. One
// bridge serves every line of a size: emit copies it.
func (b *builder) joinBridge(size float64) *placedLine {
	if l, ok := b.joins[size]; ok {
		return l
	}
	set := b.sets[roleBody]
	w := measurer{set: set, size: size}.Advance('-')
	ln := layout.Line{Glyphs: []layout.Glyph{
		{Text: "-", Advance: w, Natural: w},
		{Text: "-", X: b.colW - w, Advance: w, Natural: w},
	}, Width: b.colW}
	// Half a pitch up is the middle between the two lines' axes; turned,
	// the bridge's baseline lies 0.38 of its size left of its line's axis
	// (bridgeLine). It stands 0.3 of its size left of the middle (1.04
	// sizes from the line before on the body's grid, 1.23 in small type):
	// MuPDF centres the turned glyph 0.44 of its size right of its
	// baseline, and a bridge centred close to a line's axis takes that
	// line's narrow glyphs (・) into a column of its own, to tools that
	// find columns by the glyphs' centres (check_vertical.py).
	y := baseline(b.pitch, size) - b.pitch/2 - 0.08*size
	l := &placedLine{Y: y, Size: size, Set: set, Line: ln, Block: -1, Separator: true, Actual: "-"}
	if b.joins == nil {
		b.joins = map[float64]*placedLine{}
	}
	b.joins[size] = l
	return l
}

// leadLine returns the invisible line that starts l, a line in small type
// on a vertical newspaper page (a time stamp set flush to the tier's foot
// beside the text's last lines), at its tier's top for text extraction,
// relative to its slot's top-left; column.emit draws it after a line in
// larger type that starts higher. Poppler starts a block from the topmost
// word of the lines within 16pt of the leftmost left, and the text's last
// line came before the stamp beside it: the foot's search (vertread.go)
// then entered the tier from the text, read the stamp first and the text
// after it, cutting the sentence running on from the tier before.
//
// The lead stands where the line's join bridge does (joinBridge: at its
// size, right of it, an invisible hyphen poppler drops with the line
// break), from a quarter of a body size above the tier's boxes (poppler
// boxes a vertical glyph from an em above its cell) to a fifth of the
// line's size into the box of its first glyph: poppler joins it to the
// line (their baselines within 1.5 sizes, the line's first word beside
// it down the page), and the block they make starts highest and is made
// first. So short, its box has next to no height in common with the
// line's (two lines overlapping, to check_makeup.py). Its start stays
// further than a size (poppler's reach for outlying words) below the
// boxes of the tier before; nil where the tiers stand too close for that.
func (b *builder) leadLine(l placedLine) *placedLine {
	bs := b.cfg.bodySize
	if b.gap < 2.5*bs {
		return nil
	}
	j := b.joinBridge(l.Size)
	from, _ := lineSpan(l)
	start, end := -1.25*bs, from-0.8*l.Size
	w := j.Line.Glyphs[1].Advance
	if end-start < 2*w {
		return nil
	}
	gs := slices.Clone(j.Line.Glyphs)
	gs[1].X = end - start - w
	ld := *j
	ld.X = start
	ld.Line = layout.Line{Glyphs: gs, Width: end - start}
	return &ld
}

// headInsets are the insets (em) a section heading may take in a narrow
// column, widest first: the flow style's, then narrower ones.
var headInsets = [...]float64{1, 0.5}

// headInset returns the inset of a section heading: the style's unless
// the heading then breaks inside a word (市民ボランティ / アが運営支える in
// an 11em column), leaves a single character on its last line or takes
// a line more than a narrower inset would (一、从 / “随意查” / 到“亮码查”
// in a 7em band, where 9em sets 一、从“随意查” / 到“亮码查”), when the
// narrower inset that breaks it best is taken (the least headBadBreaks,
// then the fewest lines, then the widest): a sub-editor widens the head's
// band in a narrow column rather than cut a word or stack three lines.
func (b *builder) headInset(text string, st blockStyle, set *faceSet, size float64) float64 {
	m := measurer{set: set, size: st.typeSize(size)}
	best, bestBad, bestLines := st.inset, math.MaxInt, math.MaxInt
	for i, in := range append([]float64{st.inset}, headInsets[:]...) {
		if i > 0 && in >= st.inset {
			continue
		}
		o := b.options(st.role, b.colW-2*in*size, st.align, 0)
		o.Phrases = true
		lines := b.brk(text, m, o)
		bad := headBadBreaks(text, lines, b.lang)
		// A third line is worth an em of the band's inset, not a
		// second, and nothing under an em: the heading would start
		// where a paragraph's short last line above it reads as an
		// unfilled line (its text must start clearly in from the edge;
		// see bodyItems.next's Reach).
		fewer := len(lines) < bestLines && bestLines >= 3 && in >= 1
		if bad < bestBad || bad == bestBad && (fewer || bestLines == math.MaxInt) {
			best, bestBad, bestLines = in, bad, len(lines)
		}
		if bestBad == 0 && bestLines == 1 {
			break // nothing narrower does better
		}
	}
	return best * size
}

// headBadBreaks rates a heading's breaks: the sum of their
// layout.BreakBadness, and 2 for a single character alone on its last
// line.
func headBadBreaks(text string, lines []layout.Line, lang layout.Lang) int {
	if len(lines) < 2 {
		return 0
	}
	bad := 0
	for _, l := range lines[:len(lines)-1] {
		bad += layout.BreakBadness(text[:l.End], text[l.End:], lang)
	}
	last := lines[len(lines)-1]
	if utf8.RuneCountInString(strings.TrimSpace(text[last.Start:last.End])) == 1 {
		bad += 2
	}
	return bad
}

// tableScales are the type sizes, relative to the body's, a table is
// tried in: a table too wide for the column at the body's size is set
// smaller, as papers set their tables, before its rows are given up to
// paragraphs.
var tableScales = []float64{1, 0.9, 0.8}

// maxKeptRows is the most rows of a table kept in one column: a longer
// one may break between rows, as a column of text does between lines.
const maxKeptRows = 12

// tableRow returns the index in s.table of the line of the table row at
// leaf k (doc.Node.Row), or false when the rows of its table do not fit
// the column as a table: they are then set as the paragraphs they are.
// The rows' lines are made together at the table's first row
// (layout.Table), so that their columns line up.
func (s *bodyItems) tableRow(k int, set *faceSet, size float64) (int, bool) {
	if k == 0 || !s.leaves[k-1].Row {
		// The table's first row.
		e := doc.RowRun(s.leaves, k)
		rows := make([]string, 0, e-k)
		for _, n := range s.leaves[k:e] {
			rows = append(rows, s.b.clean(n.Text, n.Line, set))
		}
		st := flowStyle(doc.KindParagraph)
		o := s.b.options(st.role, s.b.colW, layout.AlignJustify, 0)
		s.table, s.tableAt = nil, k
		var lines []layout.Line
		ok := false
		for _, scale := range tableScales {
			s.tableSize = st.typeSize(size) * scale
			if lines, ok = layout.Table(rows, measurer{set: set, size: s.tableSize}, o, 0); ok {
				break
			}
		}
		if !ok {
			return 0, false
		}
		s.table, s.tableText = lines, rows
	}
	i := k - s.tableAt
	return i, s.table != nil && i < len(s.table)
}

// markHalf returns how far past the column's end a line read as reaching
// it (see bodyItems.next) is widened: a line-end mark set at its inked
// half reaches past its cell by the empty half (endOverhang), and a
// full-width closing mark (：，。）) in its full cell by half of it, so the
// line reads as a full line whose mark's inked half is at the edge, not
// as one with the mark's full box there (a notch).
func markHalf(ln layout.Line) float64 {
	if over := endOverhang(ln); over > 0 {
		return over
	}
	g, ok := lastInked(ln)
	r, _ := utf8.DecodeRuneInString(g.Text)
	if ok && layout.NotStart(r, layout.KinsokuNormal) && utf8.RuneLen(r) == 3 && g.Advance > 0.9*g.Natural {
		return g.Natural / 2
	}
	return 0
}

// leadsIn reports a line ending in a colon, full-width or not.
func leadsIn(ln layout.Line) bool {
	g, _ := lastInked(ln)
	return g.Text == "：" || g.Text == ":"
}
