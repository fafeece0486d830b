package pdf

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// Newspaper make-up (组版). The page is a grid of equal columns and of body
// lines (rows) on one baseline grid. Each article becomes a rectangular
// block of whole columns and rows: its head (kicker, headline sized by the
// block's rank and width, subheadline) across the block, its body flowing
// down the block's columns, balanced. Blocks are placed in strips from the
// top of the page down, one to three side by side, left to right in reading
// order, the widths chosen so that the blocks of a strip come out as even
// in height as possible and the strips fill the page; the lead article
// opens the front page across the full width with the largest head. An
// article that does not fit where it falls fills the rest of the page and
// continues on the next one, with generated jump lines naming the pages.
//
// Every column of every block has the same width (the grid's), so an
// article's body is broken into lines once; only its head depends on the
// block's width.

// articleBlock is one placed article block, in points from the page's top-left
// corner: the make-up's geometry, kept for tests and checks.
type articleBlock struct {
	X, Y, W, H float64
	HeadBottom float64 // where the head ends and the columns begin
	Columns    int     // width in grid columns
	Story      int     // index of the article in the document
	Continued  bool    // the block continues an article from an earlier page
	Jumps      bool    // the article continues on a later page
}

// story is an article prepared for make-up.
type story struct {
	index int
	title string
	head  []*doc.Node
	items []item // the body at the grid's column width: all of it, or a window (q)
	q     *itemQueue
	from  int // first item not yet set
	// contFrom is the page number the article continues from (0 when its
	// beginning is not yet set or it is not continued).
	contFrom int
	// text reports a body holding text (a paragraph, a stanza, a
	// section), not only a caption or a page pointer: a teaser box's
	// item (今日导读: a title over 详见第3版) is no lead story.
	text bool
}

// Make-up constants, in rows (body lines).
const (
	minBodyRows = 2 // the fewest body rows worth a block (rather than a hole)
	stripGap    = 1 // the row between strips, where the rule runs
)

// makeup lays d out as newspaper pages. Articles are prepared (their
// bodies' first lines broken) as the make-up comes near them, lookahead
// stories ahead, not all at once: a page of very many small articles would
// otherwise hold every one of them until the end (issue 16).
func (b *builder) makeup(d *doc.Document) []*pageLayout {
	b.reserveFolio(d)
	var queue []*story
	next := 0 // the next article to prepare
	prepare := func() {
		for len(queue) < lookahead && next < len(d.Articles) {
			a := d.Articles[next]
			noise, children := arrangeNoise(a)
			headNodes, bodyNodes := splitHead(children)
			st := &story{index: next, head: headNodes, q: b.bodyQueue(bodyNodes), text: holdsText(bodyNodes)}
			b.refill(st)
			st.title = a.Headline()
			if st.title == "" {
				st.title = firstText(a)
			}
			if len(noise) > 0 {
				// The document's own folio lines go into the top margin of
				// the page where their article starts (see folios).
				b.pendingNoise = append(b.pendingNoise, noiseStory{st, noise})
			}
			queue = append(queue, st)
			next++
		}
	}
	prepare()
	for len(queue) > 0 {
		if b.cancelled() {
			return nil
		}
		for _, st := range queue[:min(len(queue), maxPerPage+1)] {
			b.refill(st)
		}
		b.newPage()
		top := b.top
		if b.npages == 1 && b.cfg.folio.Masthead {
			top = b.nameplate()
		}
		rows := int((b.bottom-top)/b.pitch + eps)
		var err error
		queue, err = b.makePage(queue, top, rows)
		if err != nil {
			b.err = err
			return nil
		}
		prepare()
	}
	if b.npages == 0 {
		b.newPage()
	}
	b.finishPage()
	return b.pages
}

// holdsText reports body nodes holding text of their own: a paragraph,
// a stanza or a section.
func holdsText(nodes []*doc.Node) bool {
	for _, n := range nodes {
		switch n.Kind {
		case doc.KindParagraph, doc.KindVerse, doc.KindSection:
			return true
		}
	}
	return false
}

// noiseStory ties an article's folio lines to it until its page is known.
type noiseStory struct {
	st    *story
	noise []*doc.Node
}

// makePage fills one page with strips of blocks from the queue and
// returns what is left for the next pages.
func (b *builder) makePage(queue []*story, top float64, rows int) ([]*story, error) {
	n := len(b.xs)
	if rows < b.minRows(queue[0], n) {
		return nil, fmt.Errorf("paper %s with %d columns is too small for an article block (%d body lines a page, %d needed)",
			b.cfg.paperName, n, rows, b.minRows(queue[0], n))
	}
	lead := b.npages == 1 && queue[0].from == 0 && queue[0].contFrom == 0 && queue[0].index == 0 && queue[0].text
	pl := &planner{b: b, queue: queue, lead: lead, fits: map[fitKey]fitResult{}, memo: map[planKey]planResult{}}
	strips := pl.plan(0, rows, true).strips
	if len(strips) == 0 {
		// Nothing fits whole and nothing can be split: set the first
		// story across the page anyway, so that make-up progresses.
		strips = []strip{{stories: queue[:1], widths: []int{n}, rows: rows, split: true}}
	}
	row := 0
	used := 0
	for si, p := range strips {
		if si > 0 {
			y := top + (float64(row)+0.5)*b.pitch
			b.page.Rules = append(b.page.Rules, ruleLine{X1: b.left, Y1: y, X2: b.left + b.contentW, Y2: y, Width: 0.8})
			if b.cfg.vertical {
				b.stripGate(top + float64(row)*b.pitch) // vertread.go
			} else {
				b.separator(top + float64(row)*b.pitch)
			}
			row += stripGap
		}
		b.placeStrip(p, top+float64(row)*b.pitch, lead && si == 0, si == len(strips)-1)
		row += p.rows
		used += len(p.stories)
		if p.split && queue[used-1].from < len(queue[used-1].items) {
			used-- // it continues on the next page
		}
	}
	return queue[used:], nil
}

// strip is a row of blocks side by side.
type strip struct {
	stories []*story
	widths  []int // in columns
	rows    int   // the strip's height
	split   bool  // its one story fills the rows and continues on the next page
}

// planner chooses a page's strips: from the queue, in order, strips of one
// to three stories side by side, the last one possibly a story that fills
// the rest of the page and continues on the next. Of all such pages it
// takes the one that leaves the fewest empty column-rows (in a strip beside
// a shorter block, inside the blocks' columns, and at the page's foot when
// stories are left for the next page) and the fewest stubby columns, each
// split costing a little too. On the front page the lead story comes first
// and widest.
type planner struct {
	b     *builder
	queue []*story
	lead  bool
	fits  map[fitKey]fitResult
	memo  map[planKey]planResult
}

type fitKey struct {
	i, w int
	lead bool
}

type fitResult struct {
	fit blockFit
	ok  bool
}

type planKey struct {
	i, rows int
	first   bool
}

type planResult struct {
	cost   float64
	strips []strip
}

// Costs of make-up choices other than empty column-rows.
const (
	splitCost  = 2.0 // per column of a story continued on the next page
	footCost   = 3.0 // per empty column-row at the foot of a page that is not the last
	stripCost  = 0.5 // per extra block in a strip: wider blocks read better
	narrowCost = 0.1 // per empty column-row beside a last strip narrower than the page
	maxPerPage = 24  // stories considered for one page
	// lookahead is the stories the make-up holds prepared: the planner
	// reads queue[i : i+3] for i < maxPerPage and asks whether more
	// follow, which a queue this long answers as the whole document would.
	lookahead = maxPerPage + 3
)

// fit measures (and remembers) a block of queue[i] w columns wide.
func (pl *planner) fit(i, w int, lead bool) (blockFit, bool) {
	k := fitKey{i, w, lead}
	if r, ok := pl.fits[k]; ok {
		return r.fit, r.ok
	}
	f, ok := pl.b.fitBlock(pl.queue[i], w, 1<<20, lead)
	pl.fits[k] = fitResult{f, ok}
	return f, ok
}

// plan returns the cheapest way to set queue[i:] in rows rows; first says
// the strip opens the page (no gap and rule above it).
func (pl *planner) plan(i, rows int, first bool) planResult {
	k := planKey{i, rows, first}
	if r, ok := pl.memo[k]; ok {
		return r
	}
	n := len(pl.b.xs)
	gap := stripGap
	if first {
		gap = 0
	}
	left := rows - gap
	var best planResult
	if i >= len(pl.queue) {
		best = planResult{} // the last page may end short
	} else {
		// The page ends here: its foot is empty, the worst kind of hole.
		best = planResult{cost: footCost * float64(rows*n)}
		if i >= maxPerPage {
			pl.memo[k] = best
			return best
		}
		lead := pl.lead && i == 0
		whole := false
		for kk := 1; kk <= min(3, len(pl.queue)-i, n); kk++ {
			if lead && kk > 1 && pl.queue[i].from > 0 {
				break
			}
			for _, ws := range pl.widths(i, kk, 1, first) {
				if lead && (slices.Max(ws) > ws[0] || 2*ws[0] < n && !pl.shallow(i, (n+1)/2, true)) {
					continue // the lead article is the widest block, half the page or more
				}
				if !pl.narrowOK(i, ws) {
					continue
				}
				cost, tall, ok := pl.stripCost(i, ws, lead)
				if !ok || tall > left {
					continue
				}
				cost += narrowCost * float64((n-sum(ws))*tall)
				if kk == 1 {
					whole = true
				}
				rest := pl.plan(i+kk, left-tall, false)
				if c := cost + rest.cost; c < best.cost-eps {
					best = planResult{cost: c, strips: append([]strip{{stories: pl.queue[i : i+kk], widths: ws, rows: tall}}, rest.strips...)}
				}
			}
		}
		// The story that does not fit whole fills the rest of the page
		// across every column and continues on the next.
		if !whole && left >= pl.b.minRows(pl.queue[i], n) {
			if c := splitCost * float64(n); c < best.cost-eps {
				best = planResult{cost: c, strips: []strip{{stories: pl.queue[i : i+1], widths: []int{n}, rows: left, split: true}}}
			}
		}
	}
	pl.memo[k] = best
	return best
}

// narrowOK reports whether the one-column blocks of a strip of queue[i:]
// with widths ws are short items (a brief, set in one column as papers
// set them): on a page of four or more columns a longer article one
// column wide is a stray strip down the page.
func (pl *planner) narrowOK(i int, ws []int) bool {
	if len(pl.b.xs) < 4 {
		return true
	}
	for j, w := range ws {
		if w != 1 {
			continue
		}
		if f, ok := pl.fit(i+j, 1, pl.lead && i+j == 0); !ok || f.body > briefRows {
			return false
		}
	}
	return true
}

// briefRows is the most body lines of an article set one column wide on
// a page of four or more columns.
const briefRows = 2 * minColumnRows

// shallow reports whether queue[i] set w columns wide would make shallow
// columns (shallowColumns).
func (pl *planner) shallow(i, w int, lead bool) bool {
	f, ok := pl.fit(i, w, lead)
	return ok && shallowColumns(f, w) > 0
}

// widths lists the ways to set kk stories from queue[i] side by side: as
// blocks across the page's n columns, or, when they are the document's
// last (short articles, opening a page) and no way across the page gives
// them all columns of stubRows lines, also as narrower blocks from the left, the rest of the page left
// empty like the foot of a last page: short articles set across every
// column of a wide page make stubby columns of a few lines under heads
// too wide for them (two briefs spread over six columns, five lines deep
// and four), where a paper gives each the few columns it fills.
func (pl *planner) widths(i, kk, minW int, first bool) [][]int {
	n := len(pl.b.xs)
	out := compositions(n, kk, minW)
	if !first || i+kk < len(pl.queue) || !pl.stubby(i, kk) {
		// Only the last stories, stubby however they share the page:
		// a narrower block beside an empty column reads as a hole, and
		// its deeper columns, more often broken by section heads, are
		// read out of order by text extraction.
		return out
	}
	for t := n - 1; t >= kk*minW; t-- {
		out = append(out, compositions(t, kk, minW)...)
	}
	return out
}

// stubby reports whether every way of setting the kk stories from
// queue[i] side by side across the page gives one of them columns of
// fewer than stubRows lines.
func (pl *planner) stubby(i, kk int) bool {
	for _, ws := range compositions(len(pl.b.xs), kk, 1) {
		deep := true
		for j, w := range ws {
			if f, ok := pl.fit(i+j, w, pl.lead && i+j == 0); !ok || f.body < stubRows {
				deep = false
				break
			}
		}
		if deep {
			return false
		}
	}
	return true
}

// sum returns the sum of ws.
func sum(ws []int) int {
	t := 0
	for _, w := range ws {
		t += w
	}
	return t
}

// stripCost measures a strip of queue[i:] with widths ws: its cost, its
// height, and false if a block cannot be set.
func (pl *planner) stripCost(i int, ws []int, lead bool) (float64, int, bool) {
	fits := make([]blockFit, len(ws))
	tall := 0
	for j, w := range ws {
		f, ok := pl.fit(i+j, w, lead && j == 0)
		if !ok {
			return 0, 0, false
		}
		fits[j] = f
		tall = max(tall, f.rows)
	}
	// The blocks' columns start under the tallest head (placeStrip).
	head := 0
	for _, f := range fits {
		head = max(head, f.rows-f.body)
	}
	tall = 0
	for j := range fits {
		fits[j].rows = head + fits[j].body
		tall = max(tall, fits[j].rows)
	}
	cost := stripCost * float64(len(ws)-1)
	for j, w := range ws {
		f := fits[j]
		cost += float64((tall-f.rows)*w + w*f.body - f.lines) // holes
		cost += float64(max(0, stubRows-f.body) * w)          // stubby columns
		cost += shallowCost * float64(shallowColumns(f, w))
	}
	return cost, tall, true
}

// shallowCost is the cost of a column of a block of several columns that
// holds fewer than minColumnRows lines: a stub of two to four lines beside
// its block's deeper columns, or all of a block's columns that shallow,
// reads as a stripe of text, not as columns (the eye, and text
// extraction, cannot find a column's edge in three lines).
const shallowCost = 3.0

// shallowColumns counts the columns of a block w columns wide, balanced
// as f, that hold fewer than minColumnRows lines: every column when the
// block is that shallow, else the last when it holds only a few lines.
func shallowColumns(f blockFit, w int) int {
	if w < 2 || f.lines == 0 {
		return 0
	}
	if f.body < minColumnRows {
		return w
	}
	if last := f.lines - (w-1)*f.body; last > 0 && last < minColumnRows-1 {
		return 1
	}
	return 0
}

// stubRows is the height in lines below which a block's columns look like
// a stripe across the page rather than columns of text.
const stubRows = 8

// compositions lists the ways to write n as k ordered parts of at least
// lo each.
func compositions(n, k, lo int) [][]int {
	if k == 1 {
		if n >= lo {
			return [][]int{{n}}
		}
		return nil
	}
	var out [][]int
	for a := lo; a <= n-lo*(k-1); a++ {
		for _, rest := range compositions(n-a, k-1, lo) {
			out = append(out, append([]int{a}, rest...))
		}
	}
	return out
}

// minRows is the fewest rows a block of st needs: its head and a few lines.
func (b *builder) minRows(st *story, w int) int {
	_, hr := b.blockHead(st, w, false)
	return hr + min(minBodyRows, max(1, len(st.items)-st.from))
}

// blockFit is how a block of a story fits w columns: its height in rows,
// the rows of its columns and the lines in them.
type blockFit struct {
	rows, body, lines int
}

// fitBlock measures a block of st w columns wide with its columns
// balanced; false if it needs more than left rows.
func (b *builder) fitBlock(st *story, w, left int, lead bool) (blockFit, bool) {
	_, hr := b.blockHead(st, w, lead)
	avail := left - hr
	if avail < 1 {
		return blockFit{}, false
	}
	items := b.restView(st)
	if len(items) == 0 {
		return blockFit{rows: hr}, true
	}
	h, ok := balance(items, 0, w, float64(avail)*b.pitch, b.pitch)
	if !ok {
		return blockFit{}, false
	}
	body := int(h/b.pitch + 0.5)
	return blockFit{rows: hr + body, body: body, lines: len(items)}, true
}

// blockItems returns the body items of a block of st that sets its items
// up to end: with a jump line in from the page it continues from, and one
// out when out is set (it continues on the next page).
func (b *builder) blockItems(st *story, end int, out bool) []item {
	var items []item
	if st.contFrom > 0 {
		items = append(items, b.jumpItem(b.jumpText(st.contFrom, false)))
	}
	items = append(items, st.items[st.from:end]...)
	if out {
		items = append(items, b.jumpItem(b.jumpText(b.pageNumber(b.npages), true)))
	}
	return items
}

// jumpItem sets a generated jump line as a column-flow item (once per
// text: planning asks for the same lines many times).
func (b *builder) jumpItem(text string) item {
	if it, ok := b.jumps[text]; ok {
		return it
	}
	if b.jumps == nil {
		b.jumps = map[string]item{}
	}
	st := flowStyle(doc.KindJump)
	size := b.cfg.bodySize
	o := b.options(st.role, b.colW, st.align, 0)
	lines := b.brk(text, measurer{set: b.sets[st.role], size: size}, o)
	b.block++
	it := item{h: b.pitch}
	if len(lines) > 0 {
		// Generated, not the article's text: page furniture, hidden from
		// text extraction like the folio, so that a sentence running from
		// one page to the next is extracted whole, not cut by the jump
		// lines (and the repeated headline) between its halves.
		it.line = placedLine{Y: baseline(b.pitch, size), Size: size, Set: b.sets[st.role], Line: lines[0], Block: b.block, Artifact: true}
	}
	b.jumps[text] = it
	return it
}

// pageNumber is the printed number of page index i (0-based).
func (b *builder) pageNumber(i int) int { return i + max(1, b.cfg.folio.FirstPage) }

// jumpText is the jump line naming page p: where the article continues
// (out) or where it comes from, in the document's language.
func (b *builder) jumpText(p int, out bool) string {
	to, from := "（下转第%d版）", "（上接第%d版）"
	switch b.lang {
	case layout.LangJa:
		to, from = "〔%d面に続く〕", "〔%d面から続く〕"
	case layout.LangKo:
		to, from = "(%d면에 계속)", "(%d면에서 계속)"
	case layout.LangZhHant:
		to, from = "（下轉第%d版）", "（上接第%d版）"
	case layout.LangLatin:
		to, from = "(Continued on page %d)", "(Continued from page %d)"
	}
	if out {
		return fmt.Sprintf(to, p)
	}
	return fmt.Sprintf(from, p)
}

// headlineSize is the size of a headline across w of the page's n columns:
// larger for wider blocks, largest for the lead article.
func (b *builder) headlineSize(w int, lead bool) float64 {
	s := b.cfg.bodySize
	size := s * (1.2 + 0.22*float64(w))
	if lead {
		// The lead's head is the page's largest: above any other's cap.
		return math.Max(2.8*s, math.Min(1.25*size, 3.4*s))
	}
	return math.Max(1.5*s, math.Min(size, 2.6*s))
}

// blockHead sets the head of a block of st w columns wide, relative to the
// block's top-left corner, and returns it with its height in rows. A
// continued article repeats its headline, smaller.
func (b *builder) blockHead(st *story, w int, lead bool) ([]placedLine, int) {
	width := b.blockWidth(w)
	var out []placedLine
	y := 0.2 * b.pitch
	asc, desc := b.textBox()
	above := math.Inf(-1) // the last line's text box bottom (see clearBox)
	for _, n := range st.head {
		if st.contFrom > 0 && n.Kind != doc.KindHeadline {
			continue
		}
		var r role
		var size, lead2 float64
		switch n.Kind {
		case doc.KindKicker:
			r, size, lead2 = roleBody, 1.25*b.cfg.bodySize, 1.4
		case doc.KindSubheadline:
			r, size, lead2 = roleBody, 1.15*b.cfg.bodySize, 1.4
		default:
			r, lead2 = roleHeading, 1.45
			size = b.headlineSize(w, lead)
			if st.contFrom > 0 {
				size = math.Max(1.5*b.cfg.bodySize, size*0.7)
			}
			size = b.fitHeadline(n.Text, size, width)
		}
		text := b.clean(n.Text, n.Line, b.sets[r])
		if text == "" {
			continue
		}
		o := b.options(r, width, layout.AlignCenter, 0)
		o.Phrases = true
		for i, ln := range b.brk(text, measurer{set: b.sets[r], size: size}, o) {
			h := size * lead2
			if i == 0 {
				y = clearBox(y, h, size, asc, above)
			}
			above = y + baseline(h, size) + desc*size
			out = append(out, placedLine{Y: y + baseline(h, size), Size: size, Set: b.sets[r], Line: ln})
			y += h
		}
	}
	if len(out) == 0 {
		return nil, 0
	}
	return out, int(math.Ceil((y+0.4*b.pitch)/b.pitch - eps))
}

// fitHeadline shrinks a headline that would take more than two lines of
// width.
func (b *builder) fitHeadline(text string, size, width float64) float64 {
	m := measurer{set: b.sets[roleHeading], size: size}
	var w float64
	for _, r := range text {
		w += m.Advance(r)
	}
	if limit := 2 * width * 0.92; w > limit {
		size = math.Max(1.3*b.cfg.bodySize, size*limit/w)
	}
	return size
}

// blockWidth is the width of a block w columns wide, gutters included.
func (b *builder) blockWidth(w int) float64 {
	return float64(w)*b.colW + float64(w-1)*b.gap
}

// placeStrip sets a strip's blocks from the top y, left to right, with
// rules between them; last says the strip is the page's last (on a
// vertical page, its leftmost).
func (b *builder) placeStrip(p strip, y float64, lead, last bool) {
	// The blocks' columns start on one row, under the tallest head; each
	// head sits at the foot of that space. Heads side by side then share
	// their lines' heights, which keeps text extraction from reading one
	// block's head lines among another's.
	headRows := 0
	for i, st := range p.stories {
		_, hr := b.blockHead(st, p.widths[i], lead && i == 0)
		headRows = max(headRows, hr)
	}
	if len(p.stories) > 1 || (b.cfg.vertical && headRows > 0) {
		// On a vertical page, also under a lone block's head (the
		// separator then runs down the page between the head and the
		// tiers): poppler's reading-order rule for vertical blocks
		// (Breuel's rule 2, rotated) puts a tier before the head it
		// overlaps unless a block stands between them.
		//
		// Between the heads and the columns of blocks side by side: else
		// poppler takes two heads and the first columns under them, their
		// edges aligned, for the cells of a table, and reads a block's
		// first column before the previous block's last.
		sy := y + float64(headRows)*b.pitch - b.headGap()
		switch {
		case b.cfg.vertical && last:
			b.readingStart(sy) // vertread.go
			b.headLinks(p, sy, lead)
		case b.cfg.vertical:
			b.stripStart(sy) // vertread.go
			b.headLinks(p, sy, lead)
		default:
			b.separatorAt(sy)
		}
	}
	col := 0
	for i, st := range p.stories {
		w := p.widths[i]
		if i > 0 {
			x := b.xs[col] - b.gap/2
			b.page.Rules = append(b.page.Rules, ruleLine{X1: x, Y1: y, X2: x, Y2: y + float64(p.rows)*b.pitch, Width: 0.6})
		}
		b.placeBlock(st, col, w, y, p.rows, headRows, lead && i == 0, p.split)
		col += w
	}
}

// placeBlock sets one block of st w columns wide from grid column col and
// the top y, rows tall. A split block fills its rows and ends with a jump
// line; otherwise its columns are balanced.
func (b *builder) placeBlock(st *story, col, w int, y float64, rows, headRows int, lead, split bool) {
	x := b.xs[col]
	width := b.blockWidth(w)
	head, hr := b.blockHead(st, w, lead)
	drop := float64(headRows-hr) * b.pitch
	hr = headRows
	if st.from == 0 && st.contFrom == 0 && st.title != "" {
		b.page.Marks = append(b.page.Marks, outlineMark{Title: st.title, Level: 0, Y: y})
	}
	b.claimNoise(st)
	b.block++
	for _, l := range head {
		l.X += x
		l.Y += y + drop
		if st.contFrom > 0 {
			// A continued article's repeated headline is page furniture,
			// as its jump lines are (jumpItem): hidden from extraction,
			// the sentence running across the pages reads whole.
			l.Artifact = true
		} else {
			l.Reach, l.ReachEnd = x, x+width
		}
		l.Block = b.block
		b.page.Lines = append(b.page.Lines, l)
	}
	top := y + float64(hr)*b.pitch
	bodyH := float64(rows-hr) * b.pitch
	end := len(st.items)
	out := false
	if split {
		end = b.fitEnd(st, w, bodyH)
		out = end < len(st.items)
	}
	items := b.blockItems(st, end, out)
	colH := bodyH
	if !split {
		if h, ok := balance(items, 0, w, bodyH, b.pitch); ok {
			colH = h
		}
	}
	xs := b.xs[col : col+w]
	var cols []column
	for {
		cols, _ = placeColumns(items, 0, xs, top, colH)
		if !tightenHeads(items, cols) {
			break
		}
	}
	tallest := 0.0
	for _, c := range cols {
		tallest = max(tallest, c.emit(items, b.page, b.colW)-top)
	}
	for c := 1; c < len(cols); c++ {
		rx := xs[c] - b.gap/2
		b.page.Rules = append(b.page.Rules, ruleLine{X1: rx, Y1: top, X2: rx, Y2: top + tallest, Width: 0.3, Gray: true})
	}
	b.page.Blocks = append(b.page.Blocks, articleBlock{X: x, Y: y, W: width, H: float64(rows) * b.pitch, HeadBottom: top,
		Columns: w, Story: st.index, Continued: st.contFrom > 0, Jumps: out})
	if out {
		st.from, st.contFrom = end, b.pageNumber(b.npages-1)
	} else {
		st.from = len(st.items)
	}
}

// fitEnd returns how far st's items go in w columns of height h with a
// jump line out at the end, always at least one item so that make-up
// progresses.
func (b *builder) fitEnd(st *story, w int, h float64) int {
	lo, hi := st.from+1, len(st.items)
	if rest := b.restView(st); fitColumnsEnd(rest, w, h) >= len(rest) {
		return hi // it all fits after all
	}
	best := lo
	// buf is blockItems(st, k, true), grown by one item per k rather
	// than copied anew: the rest of a long article is not copied.
	buf := b.blockItems(st, lo, true)
	out := buf[len(buf)-1]
	for k := lo; k < hi; k++ {
		if k > lo {
			buf[len(buf)-1] = st.items[k-1]
			buf = append(buf, out)
		}
		if fitColumnsEnd(buf, w, h) < len(buf) {
			break
		}
		best = k
	}
	// Break between paragraphs or after a sentence when one ends in the
	// last few lines, so that no sentence is cut by the jump lines and the
	// repeated headline (a reader, and text extraction, finds it whole on
	// one page); else never leave a single line of a paragraph at a
	// column's foot.
	for k := best; k > lo && k > best-paraSlack*w; k-- {
		if st.items[k-1].line.Block != st.items[k].line.Block || endsSentence(st.items[k-1].line.Line) {
			return k
		}
	}
	for best > lo && st.items[best-1].keep {
		best--
	}
	return best
}

// endsSentence reports whether a line ends a sentence (。！？), where a
// split article may break as well as between paragraphs.
func endsSentence(l layout.Line) bool {
	if len(l.Glyphs) == 0 {
		return false
	}
	switch l.Glyphs[len(l.Glyphs)-1].Text {
	case "。", "！", "？", "”", "」":
		if t := l.Glyphs[len(l.Glyphs)-1].Text; t == "”" || t == "」" {
			return len(l.Glyphs) > 1 && strings.ContainsAny(l.Glyphs[len(l.Glyphs)-2].Text, "。！？")
		}
		return true
	}
	return false
}

// paraSlack is how many lines per column a split block may leave empty to
// end at a paragraph's end.
const paraSlack = 4

// claimNoise files the document's folio lines of st for the current page.
func (b *builder) claimNoise(st *story) {
	rest := b.pendingNoise[:0]
	for _, ns := range b.pendingNoise {
		if ns.st == st {
			pi := b.npages - 1
			b.folio[pi] = append(b.folio[pi], ns.noise...)
			continue
		}
		rest = append(rest, ns)
	}
	b.pendingNoise = rest
}

// nameplate sets the front page's nameplate (报头): the paper's name large
// across the page, the edition's date, weekday and issue under it when
// given, over a double rule. It returns where the text area then starts, on
// the body grid.
func (b *builder) nameplate() float64 {
	f := b.cfg.folio
	set := b.sets[roleHeading]
	name := b.clean(f.Paper, 0, set)
	y := b.top
	size := b.fitHeadline(name, 4.2*b.cfg.bodySize, b.contentW)
	b.block++
	for _, ln := range b.setText(name, roleHeading, size, b.contentW, layout.AlignCenter, 0) {
		b.page.Lines = append(b.page.Lines, placedLine{X: b.left, Y: y + 0.95*size, Size: size, Set: set, Line: ln, Block: b.block,
			Reach: b.left, ReachEnd: b.left + b.contentW})
		y += 1.2 * size
	}
	if info := b.editionFields(false); len(info) > 0 {
		b.block++
		bs := b.cfg.bodySize
		for _, row := range b.fieldRows(info, bs, layout.AlignCenter) {
			row.Y = y + 1.1*bs
			row.Block = b.block
			b.page.Lines = append(b.page.Lines, row)
		}
		y += 1.6 * bs
	}
	y += 2
	b.page.Rules = append(b.page.Rules,
		ruleLine{X1: b.left, Y1: y, X2: b.left + b.contentW, Y2: y, Width: 2},
		ruleLine{X1: b.left, Y1: y + 3, X2: b.left + b.contentW, Y2: y + 3, Width: 0.5})
	y += 3 + 0.3*b.pitch
	return b.top + math.Ceil((y-b.top)/b.pitch-eps)*b.pitch
}

// separator adds the invisible line across the page, in the row from y,
// that keeps text extraction reading strip by strip (renderer.separator).
func (b *builder) separator(y float64) {
	b.separatorAt(y + 0.5*b.pitch + 0.38*sepSize*b.cfg.bodySize)
}

// headGap is how far above the first body line's slot the separator
// under the heads stands. On a vertical page, half an em further: poppler
// boxes a vertical glyph from its pen, the middle of the column, to an em
// to the right, half an em past the ink, and a separator closer than that
// to the tiers' first column would stand inside its box (two lines of
// different blocks overlapping, to check_makeup.py).
func (b *builder) headGap() float64 {
	if b.cfg.vertical {
		return 1.5 + 0.5*b.cfg.bodySize
	}
	return 1.5
}

// sepSize is the separators' size as a multiple of the body size: small,
// so that extraction never takes one into the blocks above or below it
// (poppler joins lines into a block only at sizes within 5% of each other,
// and text it overlaps only within 60%).
const sepSize = 0.3

// separatorAt adds an invisible separator on the baseline y, across the
// text area.
func (b *builder) separatorAt(y float64) {
	b.separatorSpan(b.left, y, b.contentW, '一')
}

// separatorSpan adds an invisible separator on the baseline y from x,
// width long, of two glyphs r that mark its ends.
func (b *builder) separatorSpan(x, y, width float64, r rune) {
	size := sepSize * b.cfg.bodySize
	set := b.sets[roleBody]
	m := measurer{set: set, size: size}
	w := m.Advance(r)
	ln := layout.Line{Glyphs: []layout.Glyph{{Text: string(r), Advance: w, Natural: w}, {Text: string(r), X: width - w, Advance: w, Natural: w}}, Width: width}
	b.page.Lines = append(b.page.Lines, placedLine{X: x, Y: y, Size: size, Set: set, Line: ln, Block: -1, Separator: true})
}
