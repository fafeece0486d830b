package bulletin

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// renderer writes one document; blocks are separated by blank lines, which
// is also how readers of the bulletin (and check_txt.py) find paragraphs.
type renderer struct {
	w       *Writer
	out     []byte
	lang    layout.Lang
	m       layout.Columns
	br      *layout.Breaker
	started bool // a block has been written
	// closing holds the article's closing datelines and the bylines
	// right above them (a notice's signature): set flush right.
	closing []*doc.Node
	// lead holds the article's notes before its text (leadNotes): the
	// editor's notes, labelled as such.
	lead []*doc.Node

	// ctx is looked at between blocks and every checkLines lines of a
	// long one, so that cancelling stops a huge document or paragraph;
	// err is what it said, after which nothing more is set.
	ctx context.Context
	err error
}

// checkLines is how many lines of one block are drawn between looks at the
// context. Laying out a block cannot be interrupted; this bounds the
// drawing after it.
const checkLines = 1024

func newRenderer(w *Writer, d *doc.Document) *renderer {
	lang := layout.LangOf(d.Lang)
	cjk := lang != layout.LangLatin
	return &renderer{
		w:    w,
		lang: lang,
		m:    layout.Columns{AmbiguousWide: cjk && !w.ambNarrow},
		br:   layout.NewBreaker(),
		ctx:  context.Background(),
	}
}

// cancelled reports whether the context is done, remembering why in r.err.
func (r *renderer) cancelled() bool {
	if r.err == nil {
		r.err = r.ctx.Err()
	}
	return r.err != nil
}

// options are the layout options for a block: a grid of whole columns, no
// punctuation compression (a terminal cell cannot be half filled).
func (r *renderer) options(indent float64, align layout.Align) layout.Options {
	o := layout.DefaultOptions(r.lang, float64(r.w.width))
	o.Grid = 1
	o.CompressPunct = false
	o.Indent = indent
	o.Align = align
	return o
}

// render appends article a to buf, as if nothing had been written before
// it, and returns the extended buffer.
func (r *renderer) render(a *doc.Node, buf []byte) []byte {
	r.out, r.started = buf, false
	r.article(a)
	buf = r.out
	r.out = nil
	return buf
}

// article writes one article's blocks in reading order.
func (r *renderer) article(a *doc.Node) {
	if r.w.brief {
		r.brief(a)
		return
	}
	r.closing = signOff(a)
	r.lead = leadNotes(a)
	r.nodes(a.Children)
}

// nodes writes nodes in order, a run of table rows as one table.
func (r *renderer) nodes(ns []*doc.Node) {
	for i := 0; i < len(ns); i++ {
		if j := doc.RowRun(ns, i); j > i {
			if !r.table(ns[i:j]) {
				r.raggedRows(ns[i:j])
			}
			i = j - 1
			continue
		}
		r.node(ns[i])
	}
}

// tableGap is the widest gap between a table's columns, in em: a table of
// short fields is not spread over a wide bulletin.
const tableGap = 3

// table writes a run of table rows (doc.Node.Row) as one block, a line a
// row, the fields in columns (layout.Table), and reports false, having
// written nothing, when they do not fit the width: they are then
// paragraphs.
func (r *renderer) table(rows []*doc.Node) bool {
	texts := make([]string, len(rows))
	for i, n := range rows {
		texts[i] = clean(n.Text)
	}
	lines, ok := layout.Table(texts, r.m, r.options(0, layout.AlignStart), tableGap)
	if !ok || r.cancelled() {
		return false
	}
	if r.started {
		r.out = append(r.out, '\n')
	}
	r.started = true
	for _, l := range lines {
		r.out, _ = appendLine(r.out, l, r.m, false, "")
		r.out = append(r.out, '\n')
	}
	return true
}

// raggedRows writes a run of table rows whose table does not fit the
// width as one block, a row a line flush left and ragged, its wrapped
// part hung under it: the fields keep their spaces rather than being
// spread to the width as a paragraph's words are, and each row still
// starts a line.
func (r *renderer) raggedRows(rows []*doc.Node) {
	o := r.options(0, layout.AlignStart)
	o.Hang, o.Fields = verseHang/r.m.Em(), true
	first := true
	for _, n := range rows {
		text := clean(n.Text)
		if text == "" {
			continue
		}
		if first {
			r.block(text, o, "")
			first = false
		} else {
			r.lines(text, o, "")
		}
	}
}

// brief writes the kicker, headline, dateline and first paragraph or
// stanza (not a dateline that closes the article: a brief stops before
// it).
func (r *renderer) brief(a *doc.Node) {
	para := false
	doc.Walk(a, func(n *doc.Node) bool {
		switch n.Kind {
		case doc.KindKicker, doc.KindHeadline:
			r.node(n)
		case doc.KindDateline:
			if !para {
				r.node(n)
			}
		case doc.KindParagraph, doc.KindVerse: // (a poem's first stanza)
			if !para {
				r.node(n)
				para = true
			}
		}
		return true
	})
}

// node writes one node (recursing into sections).
func (r *renderer) node(n *doc.Node) {
	text := clean(n.Text)
	if n.Kind == doc.KindVerse {
		text = verseText(n)
	}
	switch n.Kind {
	case doc.KindSection:
		r.nodes(n.Children)
		return
	case doc.KindNoise, doc.KindArticle, doc.KindDocument:
		return // folios and page numbers are not news
	}
	if text == "" {
		return
	}
	switch n.Kind {
	case doc.KindKicker:
		r.block(text, r.display(), "")
	case doc.KindDateline, doc.KindByline:
		switch {
		case slices.Contains(r.closing, n):
			r.block(text, r.options(0, layout.AlignEnd), "")
		case n.Kind == doc.KindDateline:
			r.block(text, r.options(0, layout.AlignStart), "")
		default:
			r.block(text, r.display(), "") // broken between names
		}
	case doc.KindHeadline:
		wide := r.block(text, r.display(), "")
		if r.err != nil {
			return
		}
		for range wide {
			r.out = append(r.out, '=')
		}
		r.out = append(r.out, '\n')
	case doc.KindSubheadline:
		if !strings.HasPrefix(text, "—") {
			text = "——" + text
		}
		r.block(text, r.display(), "")
	case doc.KindHeading:
		// A head that carries its own mark (●周邊店家…, ◇日本企業…) keeps
		// it alone: two marks in a row read as a stutter.
		if !startsWithMark(text) {
			text = r.mark("◆", text)
		}
		r.block(text, r.display(), "")
	case doc.KindCaption:
		if !startsWithMark(text) {
			text = r.mark("▲", text)
		}
		r.block(text, r.options(0, layout.AlignJustify), "")
	case doc.KindNote:
		if slices.Contains(r.lead, n) {
			text = r.note(text)
		}
		r.block(text, r.options(0, layout.AlignJustify), "")
	case doc.KindJump:
		r.block(text, r.options(0, layout.AlignEnd), "")
	case doc.KindVerse:
		// A stanza: each line at the margin where the poet broke it
		// (hard breaks), flush left, a line too long for the width
		// wrapped under itself two columns in; the blank line of a
		// block parts it from the next stanza.
		o := r.options(0, layout.AlignStart)
		o.Hang = verseHang / r.m.Em()
		r.block(text, o, "")
	default: // paragraphs and anything new
		if r.lang == layout.LangLatin {
			r.block(text, r.options(1, layout.AlignJustify), "  ")
		} else {
			// Two U+3000 in Chinese, one in Japanese (jlreq: 字下げ 1字).
			in := layout.ParagraphIndent(r.lang)
			r.block(text, r.options(in, layout.AlignJustify), strings.Repeat("\u3000", int(in)))
		}
	}
}

// verseHang is the hanging indent of a verse line's wrapped part, in
// columns.
const verseHang = 2

// verseText is a stanza's lines, each cleaned (clean), joined by line
// feeds, the hard breaks the layout keeps; a line left empty is dropped.
func verseText(n *doc.Node) string {
	lines := n.Lines()
	out := lines[:0:0]
	for _, l := range lines {
		if l = clean(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// signOff returns the nodes of a that end it flush right: its closing
// datelines (doc.ClosingDatelines) and the bylines right above one, the
// issuer's signature over a notice's date.
func signOff(a *doc.Node) []*doc.Node {
	closing := doc.ClosingDatelines(a)
	if closing == nil {
		return nil
	}
	var prev []*doc.Node // the bylines right before the current node
	out := closing
	doc.Walk(a, func(n *doc.Node) bool {
		switch {
		case n.Kind == doc.KindByline:
			prev = append(prev, n)
		case slices.Contains(closing, n):
			out = append(out, prev...)
			prev = prev[:0]
		case !n.Kind.IsContainer():
			prev = prev[:0]
		}
		return true
	})
	return out
}

// display is the layout of display lines (kicker, headline, subheadline,
// section heading, byline): set flush left, broken between phrases (or
// names) where they must be, else at the most even break.
func (r *renderer) display() layout.Options {
	o := r.options(0, layout.AlignStart)
	o.Phrases = true
	return o
}

// mark prefixes text with a marker, spaced in Latin text.
func (r *renderer) mark(m, text string) string {
	if r.lang == layout.LangLatin || r.lang == layout.LangKo {
		return m + " " + text
	}
	return m + text
}

// note marks an editor's note unless it already says what it is: a
// bracketed label (【编者按】, 【编者的话】), a word of the editors in its
// first characters (编者按：, 编者的话：, 편집자주), or a mark of its own
// (※ 외부 필자의…: a second ※ before it reads as a stutter).
func (r *renderer) note(text string) string {
	head := text
	if len(head) > 18 {
		head = head[:18]
	}
	if strings.HasPrefix(text, "【") || startsWithMark(text) {
		return text
	}
	for _, w := range []string{"按", "编者", "編者", "편집자"} {
		if strings.Contains(head, w) {
			return text
		}
	}
	switch r.lang {
	case layout.LangZhHans:
		return "【编者按】" + text
	case layout.LangZhHant:
		return "【編者按】" + text
	}
	return r.mark("※", text)
}

// leadNotes returns the notes of a that come before its text (its first
// paragraph, table row, stanza or section): the editor's notes that
// introduce an article. A note after the text is something else, which the
// label would misname: a piece's date and place of writing (（2026年初冬写于
// 沪西）), its author's biography, a table's note, a source; it says what
// it is by where it stands and is set as written.
func leadNotes(a *doc.Node) []*doc.Node {
	var lead []*doc.Node
	for _, n := range a.Children {
		switch n.Kind {
		case doc.KindNote:
			lead = append(lead, n)
		case doc.KindParagraph, doc.KindVerse, doc.KindSection:
			return lead
		}
	}
	return lead
}

// startsWithMark reports whether a caption already begins with a marker.
func startsWithMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("▲△▼▽●○■□◆◇★☆※", r)
}

// block lays out text as one blank-line-separated block and returns the
// display width of its widest line. indent replaces the first line's
// indent (two U+3000 for body text).
func (r *renderer) block(text string, o layout.Options, indent string) int {
	if r.cancelled() {
		return 0
	}
	if r.started {
		r.out = append(r.out, '\n')
	}
	r.started = true
	return r.lines(text, o, indent)
}

// lines writes text's lines as block does, with no blank line before
// them, and returns the widest line's width in columns.
func (r *renderer) lines(text string, o layout.Options, indent string) int {
	wide := 0
	// Lines breaks a paragraph of any length in bounded memory.
	for i, l := range r.br.Lines(text, r.m, o) {
		// The first look comes right after the layout, the long part.
		if i%checkLines == 0 && r.cancelled() {
			return wide
		}
		var w int
		r.out, w = appendLine(r.out, l, r.m, i == 0 && o.Indent > 0, indent)
		wide = max(wide, w)
		r.out = append(r.out, '\n')
	}
	return wide
}

// appendLine draws a laid-out line on the column grid: each glyph at its X,
// spaces in the gaps, the first line's indent as indent. It returns the
// line's width in columns.
func appendLine(b []byte, l layout.Line, m layout.Columns, first bool, indent string) ([]byte, int) {
	col := 0
	if first && indent != "" {
		b = append(b, indent...)
		col = columns(indent, m)
	}
	for i := range l.Glyphs {
		g := &l.Glyphs[i]
		x := int(g.X + 0.5)
		for ; col < x; col++ {
			b = append(b, ' ')
		}
		n := int(g.Natural + 0.5)
		if t := g.Text; len(t) == 3 && t[0] >= 0xe3 {
			// Most glyphs of CJK text: plain, copied without a call.
			b = append(b, t[0], t[1], t[2])
		} else if plain(t) {
			b = append(b, t...)
		} else {
			for range n {
				b = append(b, ' ') // tabs and the like: plain spaces
			}
		}
		col += n
	}
	return b, col
}

// plain reports whether a glyph is drawn as its text: anything but white
// space (other than U+3000) and control characters.
func plain(s string) bool {
	if s == "" {
		return true
	}
	switch c := s[0]; {
	case c < utf8.RuneSelf:
		return c > ' ' && c < 0x7f
	case c >= 0xe3:
		return true // U+3000 and above: no white space but U+3000, no control
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !(unicode.IsSpace(r) && r != '\u3000' || unicode.IsControl(r))
}

// columns is the display width of s.
func columns[S string | []byte](s S, m layout.Columns) int {
	w := 0.0
	for _, r := range string(s) {
		w += m.Advance(r)
	}
	return int(w)
}

// clean trims a node's text and turns line breaks, tabs and other control
// characters into spaces: every line of a bulletin is set by the layout
// engine, and a terminal must not see control codes.
func clean(s string) string {
	if !hasControl(s) {
		return strings.TrimSpace(s)
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// hasControl reports whether clean must map s: it holds a control
// character (C0, DEL or C1) or invalid UTF-8 (which strings.Map replaces
// with U+FFFD). One pass decodes and checks: the three-byte forms of CJK
// text are validated inline, as they are most of a Chinese document.
func hasControl(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return true
			}
			i++
			continue
		}
		// E1–EC, EE and EF lead a valid form with any two continuation
		// bytes (E0 and ED restrict the second byte).
		if i+2 < len(s) && (c >= 0xe1 && c <= 0xec || c == 0xee || c == 0xef) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 || r < 0xa0 { // invalid, or a C1 control
			return true
		}
		i += n
	}
	return false
}
