package pdf

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// breakFunc is the line breaker's signature (layout.Break). A builder
// given none breaks with layout.Break, and breaks body paragraphs and long
// heads a line at a time with layout.Breaker (see bodyItems); tests give
// their own.
type breakFunc func(text string, m layout.Measurer, o layout.Options) []layout.Line

// builder turns a document tree into pages of placed lines. It is pure
// geometry: it measures with the faces' advances but draws nothing.
type builder struct {
	ctx    context.Context // nil: never cancelled
	err    error           // the context's error once it is seen
	cfg    *config
	sets   [2]*faceSet // by role
	punct  [2]layout.PunctStyle
	brk    breakFunc
	lang   layout.Lang
	warns  []doc.Diagnostic
	warned map[string]bool

	pitch          float64 // body line slot
	left, contentW float64
	colW           float64
	gap            float64           // between columns: the configured gap and a share of what whole characters leave
	xs             []float64         // column left edges
	top, bottom    float64           // the text area's top and bottom on every page
	pages          []*pageLayout     // finished pages, when emit is nil
	page           *pageLayout       // the page being set
	npages         int               // pages started so far
	emit           func(*pageLayout) // when set, takes each page as it is finished, instead of pages
	y              float64
	block          int
	folio          map[int][]*doc.Node // noise for each page's folio, by page index
	folioRows      int                 // folio rows reserved in the top margin
	opensMid       bool                // the current page opens inside a block carried over
	source         string
	date           string
	pendingNoise   []noiseStory            // make-up: folio lines of articles not yet placed
	jumps          map[string]item         // make-up: jump lines already set
	joins          map[float64]*placedLine // vertical pages: joinBridge by type size

	// flowBrk and headBrk break body paragraphs and long heads a line at
	// a time (nil with a test's breakFunc); arena keeps their lines.
	flowBrk, headBrk *layout.Breaker
	arena            glyphArena
	eager            bool // tests: every body item made before the flow starts

	strip flowStrip // flow layout: short articles side by side

	boxAsc, boxDesc float64 // see textBox; 0 until asked
}

// newBuilder sets up the page geometry from a resolved config.
func newBuilder(cfg *config, body, heading *faceSet, brk breakFunc, lang string) *builder {
	b := &builder{cfg: cfg, brk: brk, lang: layout.LangOf(lang), warned: map[string]bool{}, folio: map[int][]*doc.Node{}}
	if brk == nil {
		b.brk, b.flowBrk, b.headBrk = layout.Break, layout.NewBreaker(), layout.NewBreaker()
	}
	b.sets[roleBody], b.sets[roleHeading] = body, heading
	for r, s := range b.sets {
		b.punct[r] = hantPunct(s, b.lang)
	}
	b.pitch = cfg.bodySize * cfg.leading
	b.left = cfg.margins[3]
	b.contentW = cfg.paperW - cfg.margins[1] - cfg.margins[3]
	if cfg.vertical {
		b.gap = cfg.gap
		b.colW = (b.contentW - float64(cfg.columns-1)*b.gap) / float64(cfg.columns)
	} else {
		b.colW, b.gap, b.left, b.contentW = wholeColumns(cfg.columns, cfg.gap, cfg.bodySize, b.left, b.contentW)
	}
	for c := range cfg.columns {
		b.xs = append(b.xs, b.left+float64(c)*(b.colW+b.gap))
	}
	b.top = cfg.margins[0]
	b.bottom = cfg.paperH - cfg.margins[2]
	return b
}

// warnf records a warning tied to a source line, once per message and line.
func (b *builder) warnf(line int, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	key := fmt.Sprint(line, msg)
	if b.warned[key] {
		return
	}
	b.warned[key] = true
	b.warns = append(b.warns, doc.Diagnostic{Line: line, Severity: doc.SeverityWarning, Message: msg})
}

// clean prepares a node's text for layout: every run of white space
// (line breaks, tabs, ideographic spaces) becomes one space, leading and
// trailing space goes, and so do invisible controls. A character no face
// of the set covers (or one outside the BMP, which fpdf cannot encode)
// stays; drawing puts its outline or stand-in in its place (see standIn),
// and a stand-in gets a warning naming the character and its line. An uncovered variation selector goes: it
// only picks a glyph variant, and kept it would make its base character
// uncovered too. In an emoji sequence — after a character drawn from its
// outline, when a face has a (blank) outline for it too, as the emoji face
// has for U+FE0E, U+FE0F and U+200D — a variation selector stays, and so
// does a zero width joiner between two such characters (👨‍👩‍👧): they draw
// nothing and take no room (measurer.Advance), and text extraction reads
// the sequence as written (❤️, not the text-style ❤).
func (b *builder) clean(text string, line int, set *faceSet) string {
	// Text that needs no change is returned as it is, not copied (a
	// paragraph may be tens of megabytes): while the output is still
	// text[from:kept], sb is unused.
	var sb strings.Builder
	copied := false
	from, kept := 0, 0
	diverge := func() {
		if !copied {
			sb.Grow(len(text) - from)
			sb.WriteString(text[from:kept])
			copied = true
		}
	}
	space := false
	outlined := false // the last character kept is drawn from its outline
	for i, r := range text {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			space, outlined = true, false
			continue
		case r == zwj && outlined && set.outlinedAt(text[i+len("\u200D"):]) && set.drawingRune(zwj).outline >= 0:
			// Kept: it joins two emoji, and a face draws it (blank).
		case r == utf8.RuneError || invisible(r):
			if r == utf8.RuneError {
				b.warnf(line, "invalid UTF-8 dropped")
			}
			continue
		case unicode.IsSpace(r):
			space, outlined = true, false
			continue
		}
		if space && (copied && sb.Len() > 0 || !copied && kept > from) {
			// A run of spaces (ideographic ones too) becomes one word
			// space: a wider gap inside a line would split it for text
			// extraction, which reads a gap of an em or more as the edge
			// of a text block.
			if !copied && i == kept+1 && text[kept] == ' ' {
				kept++
			} else {
				diverge()
				sb.WriteByte(' ')
			}
		}
		space = false
		d := set.drawingRune(r)
		vs := unicode.Is(unicode.Variation_Selector, r)
		if d.stoodInRune(r) {
			if vs && (!outlined || d.outline < 0) {
				continue
			}
			// One drawn from its outline loses nothing: no warning.
			if d.outline < 0 {
				stand := d.text
				if stand == "" {
					stand = "an empty box"
				}
				b.warnf(line, "no font has %q (U+%04X); drawn as %s", r, r, stand)
			}
		}
		if !vs && r != zwj {
			outlined = d.outline >= 0
		}
		if !copied {
			switch n := utf8.RuneLen(r); {
			case kept == from:
				from, kept = i, i+n
				continue
			case i == kept:
				kept += n
				continue
			}
			diverge()
		}
		sb.WriteRune(r)
	}
	if !copied {
		return text[from:kept]
	}
	return sb.String()
}

// zwj is the zero width joiner, which joins emoji into one (👨‍👩‍👧).
const zwj = '\u200D'

// outlinedAt reports whether the character text starts with is drawn from
// its outline (an emoji, for a zero width joiner before it).
func (s *faceSet) outlinedAt(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	return n > 0 && r != utf8.RuneError && !invisible(r) && s.drawingRune(r).outline >= 0
}

// setText breaks text in the given role and size across width.
func (b *builder) setText(text string, r role, size, width float64, align layout.Align, indent float64) []layout.Line {
	return b.brk(text, measurer{set: b.sets[r], size: size}, b.options(r, width, align, indent))
}

// options are the layout options for text in role r.
func (b *builder) options(r role, width float64, align layout.Align, indent float64) layout.Options {
	o := layout.DefaultOptions(b.lang, width)
	o.Indent, o.Align, o.Punct = indent, align, b.punct[r]
	o.Vertical = b.cfg.vertical
	return o
}

// baseline returns the baseline offset in a slot of height h for text of
// the given size: the ideographic em box (about 0.38 em above the baseline
// at its centre) centred in the slot.
func baseline(h, size float64) float64 { return h/2 + 0.38*size }

// runsIn reports whether nodes start with a dateline that runIn joins to
// the paragraph after it.
func (b *builder) runsIn(nodes []*doc.Node) bool {
	_, _, used := b.runIn(nodes)
	return used > 0
}

// runIn returns the text of a run-in dateline, how many of its bytes are
// set in bold and the number of leaves it takes: a dateline, its credit if
// one follows, and the paragraph after them, joined as newspapers set
// them (the dateline and credit in bold, see placedLine.Bold). In Chinese
// and Japanese the credit is bracketed (本报讯（记者 林某）) and a
// full-width space leads into the text (none after a Japanese 【…】), or it
// is a Hong Kong reporter's credit closed by a colon, after which the text
// runs straight on (【大公報訊】記者 陳嘉欣報道：政府…); in Korean the credit is the
// reporter's name closed by an equals sign, and word spaces join the
// three ((서울=연합뉴스) 홍길동 기자 = 지난달…). It returns 0 leaves when
// nodes does not start so.
func (b *builder) runIn(nodes []*doc.Node) (text string, bold, used int) {
	if len(nodes) < 2 || nodes[0].Kind != doc.KindDateline {
		return "", 0, 0
	}
	ko := b.lang == layout.LangKo
	lead := b.clean(nodes[0].Text, nodes[0].Line, b.sets[roleBody])
	k := 1
	if nodes[1].Kind == doc.KindByline && len(nodes) > 2 {
		credit := b.clean(nodes[1].Text, nodes[1].Line, b.sets[roleBody])
		switch {
		case isCredit(nodes[1].Text):
			lead += credit
			k = 2
		case ko && isKoreanCredit(credit):
			lead += " " + credit
			k = 2
		case !ko && isColonCredit(credit):
			lead += credit
			k = 2
		}
	}
	if nodes[k].Kind != doc.KindParagraph || lead == "" {
		return "", 0, 0
	}
	body := b.clean(nodes[k].Text, nodes[k].Line, b.sets[roleBody])
	if body == "" {
		return "", 0, 0
	}
	sep := "\u3000"
	switch {
	case ko:
		sep = " "
	case strings.HasSuffix(lead, "：") || strings.HasSuffix(lead, "，"):
		// The credit introduces the text (記者 陳嘉欣報道：政府昨日…,
		// 证券时报讯，12月4日…): it runs straight on after the colon or
		// comma, whose empty half is the space.
		sep = ""
	case b.lang == layout.LangJa && strings.HasSuffix(lead, "】"):
		// Japanese papers run the text straight on after the
		// bracket (【ワシントン共同】米商務省は…): its empty half is the
		// space, and a full-width space more pushed the text to the
		// next line of a narrow column, leaving the bracketed dateline
		// letter-spaced alone across the first.
		sep = ""
	}
	return lead + sep + body, len(lead), k + 1
}

// isKoreanCredit reports whether a Korean byline is the credit a wire
// story's dateline runs into its text with: the reporter's name and title
// closed by an equals sign (홍길동 기자 =, 김철수 이영희 기자 =).
func isKoreanCredit(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "=") && len([]rune(s)) <= 40
}

// isColonCredit reports whether a byline is the reporter's credit a Hong
// Kong dateline runs into its text with, closed by a colon: 【大公報訊】記者
// 陳嘉欣報道：政府昨日宣布… (記者 某某報道：, 记者 某某报道：).
func isColonCredit(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "：") && utf8.RuneCountInString(s) <= 30
}

// isCredit reports whether a byline is a bracketed credit, which runs in
// after its dateline: （记者 林某 通讯员 周某）.
func isCredit(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）") || strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") ||
		strings.HasPrefix(s, "【") && strings.HasSuffix(s, "】")
}

// boldGlyphs counts the glyphs of ln that lie in the first bold bytes of
// the paragraph.
func boldGlyphs(ln layout.Line, bold int) int {
	off := ln.Start
	for i, g := range ln.Glyphs {
		if off >= bold {
			return i
		}
		off += len(g.Text)
	}
	return len(ln.Glyphs)
}

// headline returns the size of a headline across width: large, and
// smaller when it would take more than two lines of it, or when it spans
// a single column.
func (b *builder) headline(text string, width float64) (size float64) {
	s := b.cfg.bodySize
	size = 2.6 * s
	if width < b.colW+b.gap {
		size = 2.2 * s
	}
	m := measurer{set: b.sets[roleHeading], size: size}
	var w float64
	for _, r := range text {
		w += m.Advance(r)
	}
	if limit := 2 * width * 0.92; w > limit {
		size = math.Max(1.5*s, size*limit/w)
	}
	return size
}

// headGlyphs is the most glyphs of an article's head kept from its
// measuring to its placing: a longer one (a runaway headline) is broken
// again to be placed, line by line, so that its lines are never all held.
const headGlyphs = 4096

// headSet is an article's head, measured: its lines relative to its top
// (nil when it is to be broken again), its height, and the blocks its
// nodes take after block.
type headSet struct {
	nodes []*doc.Node
	lines []placedLine
	again bool
	count int // lines
	h     float64
	block int
	width float64 // the measure it spans
}

// head sets an article's head (kicker, headline, subheadline) across
// width from the measure's left edge (the columns its body takes) and
// returns its lines, relative to its top, and height.
func (b *builder) head(nodes []*doc.Node, width float64) headSet {
	hs := b.headAt(nodes, width, b.block)
	b.block += len(nodes)
	return hs
}

// headAt is head with the head's blocks numbered after block, which
// reserves len(nodes) of them.
func (b *builder) headAt(nodes []*doc.Node, width float64, block int) headSet {
	hs := headSet{nodes: nodes, block: block, width: width}
	glyphs := 0
	hs.h, _ = b.headLines(nodes, hs.block, width, func(l placedLine) {
		hs.count++
		glyphs += len(l.Line.Glyphs)
		switch {
		case hs.again:
		case glyphs > headGlyphs && b.headBrk != nil:
			hs.again, hs.lines = true, nil
		default:
			hs.lines = append(hs.lines, l)
		}
	})
	return hs
}

// headLines sets the head nodes across width line by line, numbering
// their blocks after block, and calls f with each line, relative to the head's top
// (its glyphs the caller's to keep); it returns the head's height and the
// last block.
func (b *builder) headLines(nodes []*doc.Node, block int, width float64, f func(placedLine)) (float64, int) {
	y, first := 0.2*b.pitch, block
	asc, desc := b.textBox()
	above := math.Inf(-1) // the last line's text box bottom, relative to the head's top
	for _, n := range nodes {
		var r role
		var size, lead float64
		switch n.Kind {
		case doc.KindKicker:
			r, size, lead = roleBody, 1.4*b.cfg.bodySize, 1.5
		case doc.KindSubheadline:
			r, size, lead = roleBody, 1.3*b.cfg.bodySize, 1.5
		default:
			r, lead = roleHeading, 1.3
			size = b.headline(n.Text, width)
		}
		text := b.clean(n.Text, n.Line, b.sets[r])
		if text == "" {
			continue
		}
		block++
		o := b.options(r, width, b.headAlign(), 0)
		o.Phrases = true // kicker, headline and subheadline break between phrases
		feed := b.feed(b.headBrk, text, measurer{set: b.sets[r], size: size}, o)
		nodeFirst := true
		for ln, ok := feed.next(); ok; ln, ok = feed.next() {
			h := size * lead
			if nodeFirst {
				y, nodeFirst = clearBox(y, h, size, asc, above), false
			}
			above = y + baseline(h, size) + desc*size
			// The head reads as spanning the measure, as it does with the
			// columns under it: a short headline centred over three or
			// four columns would otherwise leave the last column's text
			// beside it, not above it, and be read before that text.
			f(placedLine{X: b.left, Y: y + baseline(h, size), Size: size, Set: b.sets[r], Line: ln, Block: block,
				Reach: b.left, ReachEnd: b.left + width})
			y += h
		}
	}
	if block == first {
		// No line: a headless article's head takes no room, as placeHead
		// then leaves b.y where it is; reporting the empty head's padding
		// as its height would drop a headless brief beside another
		// (flowStrip) to that padding above its neighbour's first line.
		return 0, block
	}
	return y + 0.5*b.pitch, block
}

// clearBox returns y, the top of a head node's first line slot (h high,
// type size), moved down as far as its text box must go to clear the box
// bottom above, the last line's of the node before: a text extractor
// (pdftotext) takes a line's box from the fonts' ascent and descent, joins
// a headline's box reaching into the subheadline's under it, and with
// another article's head beside them reads the lines out of order. The
// lines of one node may overlap: they are one block.
func clearBox(y, h, size, asc, above float64) float64 {
	if top := y + baseline(h, size) - asc*size; top < above {
		return y + above - top
	}
	return y
}

// textBox returns the ascent and descent, in em, of the text boxes a PDF
// reader makes of the document's lines: the font descriptors' values,
// which the font writer makes the largest of the faces it embeds
// (fontWriter.write).
func (b *builder) textBox() (asc, desc float64) {
	if b.boxAsc > 0 {
		return b.boxAsc, b.boxDesc
	}
	for _, f := range b.sets[roleBody].table.faces {
		a, d := f.Ascent(), f.Descent()
		if b.cfg.cache != nil {
			if _, fd, err := b.cfg.cache.face(f); err == nil {
				a, d = float64(fd.Ascent)/1000, -float64(fd.Descent)/1000
			}
		}
		asc, desc = max(asc, a), max(desc, d)
	}
	b.boxAsc, b.boxDesc = asc, desc
	return asc, desc
}

// placeHead puts an article's head lines on the page from b.y, dx to the
// right of the measure's left edge, carrying
// on over new pages when the head is taller than the space left: a runaway
// headline in bad input must not run off the page and out of sight.
func (b *builder) placeHead(hs headSet, dx float64) {
	origin := b.y
	place := func(l placedLine) {
		l.X += dx
		l.Reach += dx
		l.ReachEnd += dx
		top, bottom := origin+l.Y-l.Size, origin+l.Y+0.4*l.Size
		if bottom > b.bottom+eps && top > b.top+eps {
			b.newPage()
			origin = b.y - (l.Y - l.Size)
		}
		l.Y += origin
		b.page.Lines = append(b.page.Lines, l)
	}
	if hs.again {
		b.headLines(hs.nodes, hs.block, hs.width, place)
	} else {
		for _, l := range hs.lines {
			place(l)
		}
	}
	if hs.count > 0 {
		b.y = origin + hs.h
	}
}

// newPage finishes the current page, if any, and starts a page; the first
// carries the optional header.
func (b *builder) newPage() {
	b.finishPage()
	b.page = &pageLayout{}
	b.npages++
	b.y = b.top
	b.opensMid = false
	if b.npages == 1 && b.cfg.header {
		b.header()
	}
}

// finishPage adds the current page's folio and running footer and hands the
// page on: to emit, so that a long document is drawn page by page in flat
// memory, or to pages. A page is finished when the next one starts: nothing
// is set on a page after that.
func (b *builder) finishPage() {
	if b.page == nil {
		return
	}
	pi := b.npages - 1
	b.folioOf(b.page, pi)
	b.footer(b.page, pi)
	b.page.Lines = append(b.page.Lines, b.page.joins...)
	b.page.joins = nil
	delete(b.folio, pi)
	if b.emit != nil {
		b.emit(b.page)
	} else {
		b.pages = append(b.pages, b.page)
	}
	b.page = nil
}

// header sets the first page's header: source name and date over a double rule.
func (b *builder) header() {
	size := 0.9 * b.cfg.bodySize
	set := b.sets[roleHeading]
	y := b.y + baseline(b.pitch, size)
	for _, t := range []struct {
		text  string
		align layout.Align
	}{{b.source, layout.AlignStart}, {b.date, layout.AlignEnd}} {
		text := b.clean(t.text, 0, set)
		if text == "" {
			continue
		}
		for _, ln := range b.setText(text, roleHeading, size, b.contentW, t.align, 0)[:1] {
			b.page.Lines = append(b.page.Lines, placedLine{X: b.left, Y: y, Size: size, Set: set, Line: ln, Gray: true, Block: -1})
		}
	}
	r := b.y + b.pitch + 2
	b.page.Rules = append(b.page.Rules,
		ruleLine{X1: b.left, Y1: r, X2: b.left + b.contentW, Y2: r, Width: 1.6},
		ruleLine{X1: b.left, Y1: r + 2.6, X2: b.left + b.contentW, Y2: r + 2.6, Width: 0.4})
	b.y = r + 2.6 + 0.8*b.pitch
}

// footer adds the running footer to page i (from 0) under a hairline: the
// folio (paper, date, issue at the left; page number and page name at the
// right) in the CJK face, each field only when it is known. It never
// prints the input's file name.
func (b *builder) footer(p *pageLayout, i int) {
	size := 0.8 * b.cfg.bodySize
	ry := b.bottom + 0.6*b.pitch
	p.Rules = append(p.Rules, ruleLine{X1: b.left, Y1: ry, X2: b.left + b.contentW, Y2: ry, Width: 0.4, Gray: true})
	left := append([]string{b.cfg.folio.Paper}, b.editionFields(true)...)
	right := []string{b.pageLabel(b.pageNumber(i)), b.cfg.folio.PageName}
	for k, fields := range [][]string{left, right} {
		align := layout.AlignStart
		if k == 1 {
			align = layout.AlignEnd
		}
		for _, l := range b.fieldRows(fields, size, align) {
			l.Y, l.Gray, l.Artifact = ry+1.1*size+2, true, true
			p.Lines = append(p.Lines, l)
		}
	}
}

// cancelled reports whether the builder's context is done, keeping its
// error: the build is checked per article and per paragraph, so that a
// deadline stops a large document promptly.
func (b *builder) cancelled() bool {
	if b.err == nil && b.ctx != nil {
		b.err = b.ctx.Err()
	}
	return b.err != nil
}

// build lays d out into pages. It returns the pages, or nil when b.emit
// took each page as it was finished. If the builder's context is cancelled
// it stops and returns nil, b.err saying why.
func (b *builder) build(d *doc.Document) []*pageLayout {
	if b.cfg.newspaper() {
		return b.makeup(d)
	}
	b.reserveFolio(d)
	b.newPage()
	for ai, a := range d.Articles {
		if b.cancelled() {
			return nil
		}
		noise, children := arrangeNoise(a)
		headNodes, bodyNodes := splitHead(children)
		// The head's blocks come before the body's, which numbers its
		// blocks as it makes its lines (their number tells a paragraph's
		// lines apart), before the head is set: its width depends on the
		// body's length (shortArticle).
		headBlock := b.block
		b.block += len(headNodes)
		q := b.bodyQueue(bodyNodes)
		if b.eager {
			q.fill(math.MaxInt)
		}
		q.fill(3)
		ruled := ai > 0 && b.y > b.top+eps
		cols, head, need := b.shortArticle(q, headNodes, headBlock, noise)
		title := a.Headline()
		if title == "" && len(a.Children) > 0 {
			title = firstText(a)
		}
		if cols < len(b.xs) && b.beside(q, head, need, cols, noise, title) {
			continue
		}
		b.strip = flowStrip{}
		if cols < len(b.xs) && ruled {
			need += b.pitch
		}
		if cols == len(b.xs) {
			head = b.headAt(headNodes, b.contentW, headBlock)
			need = head.h + b.inlineFolioHeight(noise)
			for i := 0; i < len(q.items) && i < 3; i++ {
				need += q.items[i].h
			}
			if ruled {
				need += b.pitch
			}
		}
		if b.y+need > b.bottom+eps && b.y > b.top+eps {
			b.newPage()
			ruled = false // a new page needs no rule above its first article
		}
		if ruled {
			// A rule between articles, on the body grid.
			ry := b.y + 0.5*b.pitch
			b.page.Rules = append(b.page.Rules, ruleLine{X1: b.left, Y1: ry, X2: b.left + b.contentW, Y2: ry, Width: 1})
			// And an invisible line across the page in the rule's row, as
			// between a newspaper page's strips: else text extraction reads
			// an article set in some of the columns, with nothing beside
			// it, before the last columns of the article above.
			b.separator(b.y)
			b.y += b.pitch
		}
		b.addFolio(noise)
		if title != "" {
			b.page.Marks = append(b.page.Marks, outlineMark{Title: title, Level: 0, Y: b.y})
		}
		if cols < len(b.xs) {
			b.strip = flowStrip{on: true, top: b.y, col: cols, page: b.npages, headH: head.h}
		}
		b.placeHead(head, 0)
		b.flow(q, b.xs[:cols])
		b.strip.bottom = b.y
	}
	if b.err != nil {
		return nil
	}
	b.finishPage()
	return b.pages
}

// flow sets body items in the columns whose left edges are xs from the current
// position, page after page, balancing the columns where the article
// ends. It asks the queue
// for no more items than a page can take and one or two beyond (the
// column fitting below reads no further), and drops them once set.
func (b *builder) flow(q *itemQueue, xs []float64) {
	start := 0
	for {
		if start > 1 {
			q.drop(start - 1) // the item before start tells opensMid
			start = 1
		}
		q.fill(start + 1)
		if start >= len(q.items) {
			return
		}
		avail := math.Floor((b.bottom-b.y)/b.pitch+eps) * b.pitch
		if avail < b.pitch-eps {
			if b.y <= b.top+eps {
				// Not even one line fits on a fresh page (a text area
				// shrunk to nothing): set a line anyway rather than
				// open pages forever.
				avail = b.pitch
			} else {
				b.newPage()
				b.opensMid = start > 0 && q.items[start-1].line.Block == q.items[start].line.Block
				continue
			}
		}
		// Every item is a slot or more tall, so n columns take at most
		// n×rows items (one each when none fits).
		rows := max(1, int(avail/b.pitch+eps))
		q.fill(start + len(xs)*rows + 2)
		items := q.items
		var cols []column
		var end int
		for {
			colH := avail
			if h, ok := balance(items, start, len(xs), avail, b.pitch); ok {
				colH = h
			}
			cols, end = placeColumns(items, start, xs, b.y, colH)
			if !tightenHeads(items, cols) {
				break
			}
		}
		tallest := 0.0
		for _, c := range cols {
			tallest = max(tallest, c.emit(items, b.page, b.colW)-b.y)
		}
		for c := 1; c < len(cols); c++ {
			x := xs[c] - b.gap/2
			b.page.Rules = append(b.page.Rules, ruleLine{X1: x, Y1: b.y, X2: x, Y2: b.y + tallest, Width: 0.3, Gray: true})
		}
		start = end
		if start < len(items) {
			b.newPage()
			b.opensMid = items[start-1].line.Block == items[start].line.Block
		} else {
			b.y += tallest
		}
	}
}

// firstText returns the first 20 characters of an article's text, for an
// outline entry when it has no headline.
func firstText(a *doc.Node) string {
	var t string
	doc.Walk(a, func(n *doc.Node) bool {
		if t == "" && n.Text != "" && n.Kind != doc.KindNoise {
			t = strings.ReplaceAll(n.Text, "\n", " ") // (a stanza's lines)
		}
		return t == ""
	})
	if r := []rune(t); len(r) > 20 {
		t = string(r[:20]) + "…"
	}
	return t
}

// splitHead separates an article's head (kicker, headline, subheadline),
// set across all columns, from its body. Head nodes count until the first
// body node; an editor's note before them moves below the head, where
// newspapers set it.
func splitHead(nodes []*doc.Node) (head, body []*doc.Node) {
	k := 0
	for ; k < len(nodes); k++ {
		switch kind := nodes[k].Kind; {
		case isHead(kind):
			head = append(head, nodes[k])
		case kind == doc.KindNote:
			body = append(body, nodes[k])
		default:
			return head, append(body, nodes[k:]...)
		}
	}
	return head, body
}
