package bulletin

import (
	"bufio"
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
	out     *bufio.Writer
	lang    layout.Lang
	m       layout.Columns
	br      *layout.Breaker
	started bool // a block has been written
}

func newRenderer(w *Writer, d *doc.Document, out *bufio.Writer) *renderer {
	lang := langOf(d.Lang)
	cjk := lang != layout.LangLatin
	return &renderer{
		w:    w,
		out:  out,
		lang: lang,
		m:    layout.Columns{AmbiguousWide: cjk && !w.ambNarrow},
		br:   layout.NewBreaker(),
	}
}

// langOf maps a BCP 47 tag to the layout rule set.
func langOf(tag string) layout.Lang {
	t := strings.ToLower(tag)
	switch {
	case t == "" || t == "zh" || strings.HasPrefix(t, "zh-hans") || t == "zh-cn" || t == "zh-sg":
		return layout.LangZhHans
	case strings.HasPrefix(t, "zh"):
		return layout.LangZhHant
	case strings.HasPrefix(t, "ja"):
		return layout.LangJa
	case strings.HasPrefix(t, "ko"):
		return layout.LangKo
	}
	return layout.LangLatin
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

// article writes one article's blocks in reading order.
func (r *renderer) article(a *doc.Node) {
	if r.w.brief {
		r.brief(a)
		return
	}
	for _, n := range a.Children {
		r.node(n)
	}
}

// brief writes the kicker, headline, dateline and first paragraph.
func (r *renderer) brief(a *doc.Node) {
	para := false
	doc.Walk(a, func(n *doc.Node) bool {
		switch n.Kind {
		case doc.KindKicker, doc.KindHeadline, doc.KindDateline:
			r.node(n)
		case doc.KindParagraph:
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
	switch n.Kind {
	case doc.KindSection:
		for _, c := range n.Children {
			r.node(c)
		}
		return
	case doc.KindNoise, doc.KindArticle, doc.KindDocument:
		return // folios and page numbers are not news
	}
	if text == "" {
		return
	}
	switch n.Kind {
	case doc.KindKicker, doc.KindDateline, doc.KindByline:
		r.block(text, r.options(0, layout.AlignStart), "")
	case doc.KindHeadline:
		lines := r.block(text, r.options(0, layout.AlignStart), "")
		wide := 0
		for _, l := range lines {
			wide = max(wide, columns(l, r.m))
		}
		r.out.WriteString(strings.Repeat("=", wide))
		r.out.WriteByte('\n')
	case doc.KindSubheadline:
		if !strings.HasPrefix(text, "—") {
			text = "——" + text
		}
		r.block(text, r.options(0, layout.AlignStart), "")
	case doc.KindHeading:
		r.block(r.mark("◆", text), r.options(0, layout.AlignStart), "")
	case doc.KindCaption:
		if !startsWithMark(text) {
			text = r.mark("▲", text)
		}
		r.block(text, r.options(0, layout.AlignJustify), "")
	case doc.KindNote:
		r.block(r.note(text), r.options(0, layout.AlignJustify), "")
	case doc.KindJump:
		r.block(text, r.options(0, layout.AlignEnd), "")
	default: // paragraphs and anything new
		if r.lang == layout.LangLatin {
			r.block(text, r.options(1, layout.AlignJustify), "  ")
		} else {
			r.block(text, r.options(2, layout.AlignJustify), "\u3000\u3000")
		}
	}
}

// mark prefixes text with a marker, spaced in Latin text.
func (r *renderer) mark(m, text string) string {
	if r.lang == layout.LangLatin || r.lang == layout.LangKo {
		return m + " " + text
	}
	return m + text
}

// note marks an editor's note unless it already says what it is.
func (r *renderer) note(text string) string {
	head := text
	if len(head) > 18 {
		head = head[:18]
	}
	if strings.HasPrefix(text, "【") || strings.Contains(head, "按") {
		return text
	}
	switch r.lang {
	case layout.LangZhHans:
		return "【编者按】" + text
	case layout.LangZhHant:
		return "【編者按】" + text
	}
	return r.mark("※", text)
}

// startsWithMark reports whether a caption already begins with a marker.
func startsWithMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("▲△▼▽●○■□◆◇★☆※", r)
}

// block lays out text as one blank-line-separated block and returns its
// lines. indent replaces the first line's indent (two U+3000 for body text).
func (r *renderer) block(text string, o layout.Options, indent string) []string {
	if r.started {
		r.out.WriteByte('\n')
	}
	r.started = true
	lines := r.br.Break(text, r.m, o)
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		s := render(l, r.m, i == 0 && o.Indent > 0, indent)
		out = append(out, s)
		r.out.WriteString(s)
		r.out.WriteByte('\n')
	}
	return out
}

// rule separates articles.
func (r *renderer) rule() {
	if r.started {
		r.out.WriteByte('\n')
	}
	r.out.WriteString(strings.Repeat("-", r.w.width))
	r.out.WriteByte('\n')
}

// render draws a laid-out line on the column grid: each glyph at its X,
// spaces in the gaps, the first line's indent as indent.
func render(l layout.Line, m layout.Columns, first bool, indent string) string {
	var sb strings.Builder
	col := 0
	if first && indent != "" {
		sb.WriteString(indent)
		col = columns(indent, m)
	}
	for _, g := range l.Glyphs {
		x := int(g.X + 0.5)
		for ; col < x; col++ {
			sb.WriteByte(' ')
		}
		r, _ := utf8.DecodeRuneInString(g.Text)
		n := int(g.Natural + 0.5)
		if unicode.IsSpace(r) && r != '\u3000' || unicode.IsControl(r) {
			sb.WriteString(strings.Repeat(" ", n)) // tabs and the like: plain spaces
		} else {
			sb.WriteString(g.Text)
		}
		col += n
	}
	return sb.String()
}

// columns is the display width of s.
func columns(s string, m layout.Columns) int {
	w := 0.0
	for _, r := range s {
		w += m.Advance(r)
	}
	return int(w)
}

// clean trims a node's text and turns line breaks, tabs and other control
// characters into spaces: every line of a bulletin is set by the layout
// engine, and a terminal must not see control codes.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}
