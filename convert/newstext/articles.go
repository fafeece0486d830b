package newstext

import (
	"github.com/paiban/paiban/convert/doc"
	"slices"
)

// assemble cuts the units into articles at each headline, builds their
// nodes, then gives each headline the kicker lines and editor's notes
// that end the text before it.
//
// Kickers are chosen among the finished nodes, not the raw blocks: the
// writer puts every node in a block of its own, so deciding on nodes is
// what makes reading the writer's output give the same tree.
func (b *builder) assemble() error {
	us := b.units
	var heads []int
	for i := range us {
		if us[i].kind == uHeadline || us[i].newArticle {
			if us[i].kind == uHeadline && tagOpensArticle(us, heads, i) {
				continue // [동아일보] over the headline opened its article
			}
			heads = append(heads, i)
		}
	}
	if len(heads) == 0 {
		if len(us) > 0 {
			b.warn(us[0].line, "no headline found; the text forms one untitled article")
		}
		art, err := b.article(us)
		if err != nil {
			return err
		}
		b.joinBreaks(art, true)
		markRows(art.Children)
		b.articles = append(b.articles, art)
		return nil
	}
	arts := make([]*doc.Node, len(heads)+1)
	if err := b.buildArticles(us, heads, arts); err != nil {
		return err
	}
	pre := arts[0]
	for i := 1; i < len(arts); i++ {
		// (Not across an article break: what stands above it ends the
		// article before.)
		if h := &us[heads[i-1]]; h.kind == uHeadline && !h.brk {
			b.takeKickers(arts[i-1], arts[i])
		}
	}
	b.kickerLines = nil
	b.mergeScenes(us, heads, arts)
	// An article break above a title group starts the article at its
	// kicker, which the headline then took: that article is left empty.
	kept := arts[:1]
	for _, a := range arts[1:] {
		if len(a.Children) > 0 {
			kept = append(kept, a)
		}
	}
	arts = kept
	// Text before the first headline: nothing left, furniture only (put
	// in front of the first article, unless an article break stands
	// between), or an untitled article.
	switch {
	case len(pre.Children) == 0:
		arts = arts[1:]
	case onlyNoise(pre) && !us[heads[0]].brk:
		arts[1].Children = append(pre.Children, arts[1].Children...)
		arts = arts[1:]
	default:
		b.warn(pre.Children[0].Line, "text before the first headline forms an untitled article")
	}
	for i, art := range arts {
		if len(art.Children) > 0 {
			art.Line = art.Children[0].Line
		}
		b.joinBreaks(art, i == len(arts)-1)
		markRows(art.Children)
	}
	b.articles = append(b.articles, arts...)
	return nil
}

// parallelUnits is the number of units from which articles are built on
// two goroutines; below it a goroutine costs more than it saves.
const parallelUnits = 1 << 13

// buildArticles sets arts[0] to the article of the units before the first
// headline and arts[i] to the article starting at heads[i-1]. Articles
// depend only on their own units, so a large input is built in two halves
// at once; the second half's warnings and kicker lines are then added after
// the first's, in the order building them one by one gives.
func (b *builder) buildArticles(us []unit, heads []int, arts []*doc.Node) error {
	span := func(i int) []unit {
		if i == 0 {
			return us[:heads[0]]
		}
		end := len(us)
		if i < len(heads) {
			end = heads[i]
		}
		return us[heads[i-1]:end]
	}
	build := func(bb *builder, from, to int) error {
		for i := from; i < to; i++ {
			art, err := bb.article(span(i))
			if err != nil {
				return err
			}
			arts[i] = art
		}
		return nil
	}
	n := len(arts)
	if len(us) < parallelUnits || n < 4 || b.serial {
		return build(b, 0, n)
	}
	mid := n / 2
	second := b.sub()
	var err2 error
	done := make(chan struct{})
	go func() {
		defer close(done)
		err2 = build(&second, mid, n)
	}()
	err := build(b, 0, mid)
	<-done
	if err != nil {
		return err
	}
	if err2 != nil {
		return err2
	}
	b.diags = append(b.diags, second.diags...)
	if len(second.kickerLines) > 0 && b.kickerLines == nil {
		b.kickerLines = map[*doc.Node][]srcLine{}
	}
	for k, v := range second.kickerLines {
		b.kickerLines[k] = v
	}
	return nil
}

// maxKickerLines bounds how many lines above a headline can be its kicker.
const maxKickerLines = 3

// takeKickers moves the kicker-like paragraphs ending prev (up to
// maxKickerLines lines), the editor's notes and a site's breadcrumb above
// them to the front of next, which starts with its headline.
func (b *builder) takeKickers(prev, next *doc.Node) {
	box := lastContainer(prev)
	kids := box.Children
	i, n := len(kids), 0
	var moved []*doc.Node // in reverse order
	// The titles under a related-reading heading (【延伸阅读】) are links,
	// each a paragraph: never the next story's kicker (readinglist.go).
	// (A short label closing it, 科普 over 流感疫苗为何要年年打, is no
	// link: the next story's kicker, readinglist.go.)
	for i > 0 && (!readingListSection(box) || readingListLabel(kids[i-1])) {
		c := kids[i-1]
		if len(moved) > 0 && briefBoxLabel(moved[len(moved)-1].Text) {
			break // (nothing over a box of briefs' label is its kicker: briefbox.go)
		}
		if c.Kind != doc.KindParagraph || b.startsPara(c) || rowLine(c.Text) || b.lang == "ko" && koBareFieldRow(c.Text) {
			break // (a table's row is body text: no kicker, 名古屋　２―２　柏; nor a listing's, ▶문의 043-201-7000: kobarerow.go)
		}
		if slices.Contains(b.verse, c.Line) {
			break // (nor a poem's line: verse.go)
		}
		if b.lang == "ko" && boxEntryNode(prev, box, i-1) {
			break // (nor a box's ▲ entry: koboxentries.go)
		}
		if i >= 2 && kids[i-2].Kind == doc.KindParagraph && alikeRows(kids[i-2].Text, c.Text) {
			break // (nor a line shaped as the paragraph above it: kickerrows.go)
		}
		if i >= 2 && kids[i-2].Kind == doc.KindParagraph && lastBoxRow(kids[i-2].Text, c.Text) {
			break // (nor a box's last row of a label and a count under its rows: countrows.go)
		}
		if b.lang == "ko" && i >= 2 && kids[i-2].Kind == doc.KindParagraph && quoteAttributionUnder(kids[i-2].Text, c.Text) {
			break // (nor a quotation's attribution under it: koquoteattr.go)
		}
		if i >= 2 && kids[i-2].Kind == doc.KindDateline && kids[i-2].Line == c.Line {
			// The text a dateline ran into on its line is the story's
			// (【澳門日報】輕軌, （澳廣視新聞）輕軌 over the next headline):
			// taken for a kicker, it left a tag that reads as a dateline
			// only run in with nothing to run into when written out.
			break
		}
		lines := b.kickerLines[c]
		if slices.ContainsFunc(lines, func(l srcLine) bool { return rowLine(l.text) }) {
			// Nor is a block holding one: written out, its lines
			// stand apart, and the row then reads as body text with
			// no title position left to the line above it.
			break
		}
		if len(lines) > 0 && !b.kickerLinesOK(lines) {
			lines = nil
		}
		k := len(lines)
		if k == 0 {
			if !isKicker(c.Text) {
				break
			}
			k = 1
		}
		if n+k > maxKickerLines {
			// Lines that do not all fit may still serve as one kicker:
			// the writer puts each kicker on one line, so this is what
			// reading the output back will see.
			if k == 1 || n+1 > maxKickerLines || !isKicker(c.Text) {
				break
			}
			lines, k = nil, 1
		}
		n += k
		i--
		if lines == nil {
			c.Kind = doc.KindKicker
			moved = append(moved, c)
			continue
		}
		// A kicker of several lines keeps them as separate kickers: they
		// are set as lines, not wrapped prose.
		for j := len(lines) - 1; j >= 0; j-- {
			moved = append(moved, b.newNode(doc.KindKicker, lines[j].text, lines[j].no))
		}
	}
	// (An editor's afterword, 编后：…, closes the story above it, and so
	// does a reprint's note on where it first ran, 本文摘自…, and a note that
	// its people are named by pseudonyms: reprintnote.go, pseudonym.go.)
	// A table's note under its last row, （注）… or a poll's 調査方法　…
	// (tablenote.go), or its legend, （敬称略） (jalegend.go), closes the
	// table above it too.
	for i > 0 && kids[i-1].Kind == doc.KindNote && !isAfterword(kids[i-1].Text) && !storyEndNote(kids[i-1].Text) && !(i > 1 && kids[i-2].Kind == doc.KindParagraph && (tableNote(kids[i-1].Text) || pollMethodNote(kids[i-1].Text) || tableLegend(kids[i-1].Text))) {
		i--
		moved = append(moved, kids[i])
	}
	// A site's breadcrumb (新华网 > 财经 > 正文) stands over the story it
	// leads to.
	if i > 0 && kids[i-1].Kind == doc.KindNoise && breadcrumb(kids[i-1].Text) {
		i--
		moved = append(moved, kids[i])
	}
	// So does a listed company's disclosure header (证券代码：… 公告编号：…)
	// over the announcement it files (disclosure.go).
	if i > 0 && kids[i-1].Kind == doc.KindNoise && disclosureHeaderFirstOf(kids[i-1].Text) && disclosureHeader(kids[i-1].Text) {
		i--
		moved = append(moved, kids[i])
	}
	if len(moved) == 0 {
		return
	}
	for l, r := 0, len(moved)-1; l < r; l, r = l+1, r-1 {
		moved[l], moved[r] = moved[r], moved[l]
	}
	for j := i; j < len(kids); j++ {
		kids[j] = nil
	}
	box.Children = kids[:i]
	next.Children = append(moved, next.Children...)
}

// lastContainer returns the container holding the last node of art: the
// article, or its last (innermost) section.
func lastContainer(art *doc.Node) *doc.Node {
	for {
		k := art.Children
		if len(k) == 0 || k[len(k)-1].Kind != doc.KindSection {
			return art
		}
		art = k[len(k)-1]
	}
}

// readingListSection reports a section headed by a related-reading
// list's header in lenticular brackets (【延伸阅读】).
func readingListSection(n *doc.Node) bool {
	return n.Kind == doc.KindSection && len(n.Children) > 0 && n.Children[0].Kind == doc.KindHeading && readingListHeader(n.Children[0].Text)
}

// onlyNoise reports an article of page furniture and credits alone (a
// folio, a byline set above the headline), which belongs to the article
// after it.
func onlyNoise(art *doc.Node) bool {
	for _, c := range art.Children {
		if c.Kind != doc.KindNoise && c.Kind != doc.KindByline {
			return false
		}
	}
	return true
}

// isKicker reports a paragraph that can serve as a kicker: short,
// unpunctuated, and not a dateline.
func isKicker(s string) bool { return isKickerSum(s, nil) }

// isKickerSum is isKicker with s's summary, when the caller has one.
func isKickerSum(s string, sm *textSum) bool {
	if !isKickerTextSum(s, sm) {
		return false
	}
	if _, rest, ok := parseDateline(s); ok && rest == "" {
		return false
	}
	// A reporter's credit run in before the text, [한빛일보 김지훈 기자]
	// 전세사기…, opens a story's text, as unitFeats reads it.
	_, _, credit := runInCredit(s)
	return !credit
}

// articleState tracks where nodes go while an article is built.
type articleState struct {
	art, cur *doc.Node
	seenPara bool
	// moreText is set while a paragraph with more of the article's body
	// text under it is expanded: a note on the author run on to it,
	// …《小王子》。（作者分别为曹文轩和圣埃克苏佩里）, closes no piece there;
	// nor does a notice's contact, …課へ。（担当・佐藤） (runOnBeatContact).
	moreText bool
	open     []*doc.Node // the sections open at cur, outermost first
	levels   []uint8     // their ranks
}

// lastKind is the kind of the last node added, or "".
func (a *articleState) lastKind() doc.Kind {
	if k := a.cur.Children; len(k) > 0 {
		return k[len(k)-1].Kind
	}
	return ""
}

// headDateline reports a dateline, the last node added, standing where
// one leads the text: before any paragraph, or right under a section's
// heading (where a dateline run into the text is split off too).
func (a *articleState) headDateline() bool {
	k := a.cur.Children
	if len(k) == 0 || k[len(k)-1].Kind != doc.KindDateline {
		return false
	}
	return !a.seenPara || len(k) >= 2 && k[len(k)-2].Kind == doc.KindHeading
}

func (a *articleState) add(n *doc.Node) {
	a.cur.Children = append(a.cur.Children, n)
	if n.Kind == doc.KindParagraph {
		a.seenPara = true
	}
}

// article builds one article from its units.
func (b *builder) article(us []unit) (*doc.Node, error) {
	// Most units make one node of the article: room for them up front
	// spares the appends' regrowing.
	art := b.newNode(doc.KindArticle, "", 0)
	if len(us) > 0 {
		art.Children = make([]*doc.Node, 0, len(us))
	}
	if len(us) > 0 {
		art.Line = us[0].line
	}
	st := &articleState{art: art, cur: art}
	lastText := -1 // the article's last unit of body text
	for i := range us {
		if us[i].kind == uText && !us[i].signDate && !us[i].closing {
			lastText = i
		}
	}
	for i, u := range us {
		if err := b.checkCtx(); err != nil {
			return nil, err
		}
		switch u.kind {
		case uHeading:
			sec := b.newNode(doc.KindSection, "", u.line)
			sec.Children = append(sec.Children, b.simpleNode(u))
			// A head nests in the open section of a higher rank (（一）
			// under 一、); one of the same or a higher rank closes it.
			lvl := max(u.level, 1)
			for len(st.open) > 0 && st.levels[len(st.levels)-1] >= lvl {
				st.open, st.levels = st.open[:len(st.open)-1], st.levels[:len(st.levels)-1]
			}
			parent := art
			if len(st.open) > 0 {
				parent = st.open[len(st.open)-1]
			}
			parent.Children = append(parent.Children, sec)
			st.open, st.levels = append(st.open, sec), append(st.levels, lvl)
			st.cur = sec
		case uText:
			if u.verbatim {
				st.add(b.newNode(doc.KindParagraph, u.text, u.line))
				continue
			}
			if u.signDate {
				t := trimSpace(u.text)
				n := b.newNode(doc.KindDateline, t, u.line)
				n.Date = t
				st.add(n)
				b.warnParts(u.line, "date under the issuer's signature taken as the closing dateline: ", t)
				continue
			}
			if u.closing {
				if d, rest, ok := parseDatelineLang(u.text, b.lang); ok && rest == "" {
					st.add(b.datelineNode(d, u.line))
					continue
				}
			}
			n := len(st.cur.Children)
			st.moreText = i < lastText
			b.expandBody(st, u.text, u.line, u.lastLine, u.lead, b.leadDateOf(&u))
			st.moreText = false
			// Remember the lines of a short multi-line block that stayed
			// one paragraph: if it becomes a kicker, they may be its lines.
			if u.nLines > 0 && len(st.cur.Children) == n+1 {
				if c := st.cur.Children[n]; c.Kind == doc.KindParagraph && c.Text == u.text {
					if b.kickerLines == nil {
						b.kickerLines = map[*doc.Node][]srcLine{}
					}
					b.kickerLines[c] = b.kickerLinesOf(&u)
				}
			}
		default:
			st.add(b.simpleNode(u))
		}
	}
	return art, nil
}
