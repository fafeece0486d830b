package html

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/render"
	"github.com/paiban/paiban/internal/markup"
	"github.com/paiban/paiban/layout"
)

// renderer writes the body of a page. It escapes all text, marks numbers
// in vertical pages and, when a font is to be embedded, records every
// character it writes.
type renderer struct {
	sb       strings.Builder
	vertical bool
	korean   bool          // the document being rendered is Korean: its vertical marks (markup.VerticalKorean)
	plain    bool          // no markup at all: text for <title>
	keeping  bool          // inside a keep span: no nested one
	runes    map[rune]bool // nil unless a font is embedded
	vruns    []layout.VRun // reused by text
	hook     render.Hook
	err      error               // the first error a hook returned
	depth    int                 // section depth of the node being rendered (1 in an article)
	closing  []*doc.Node         // the article's closing datelines (doc.ClosingDatelines)
	slots    map[*doc.Node][]int // the columns of the rows of tables whose rows differ in fields (markup.RowSlots)
}

// article renders one article node as <article>, its opening kicker,
// headline, subheadline, bylines and dateline in a <header>. lang is set
// when the article's language differs from the page's.
func (r *renderer) article(a *doc.Node, id, lang string) {
	r.sb.WriteString(`<article id="` + id + `"`)
	if lang != "" {
		r.sb.WriteString(` lang="` + attr(lang) + `"`)
	}
	r.sb.WriteString(">\n")
	kids := a.Children
	r.closing = doc.ClosingDatelines(a)
	r.slots = markup.RowSlots(a)
	s, e := headerRun(kids)
	for i, k := range kids {
		if i == s {
			r.sb.WriteString("<header>\n")
		}
		r.node(k, 1)
		if i == e-1 {
			r.sb.WriteString("</header>\n")
		}
	}
	r.sb.WriteString("</article>\n")
}

// headerRun returns the bounds [s, e) of the nodes that make an article's
// <header>: the kicker, headline and subheadline that open it, with the
// bylines and datelines right after them; s == e == -1 if there are none.
// Only an editor's note, a caption, a jump line, noise or a byline (a
// credit set above the headline) may come before them; once the text has
// begun, a headline is no longer a header.
func headerRun(kids []*doc.Node) (s, e int) {
	for i, k := range kids {
		switch {
		case isHeader(k.Kind):
			e = i
			for e < len(kids) && isHeader(kids[e].Kind) {
				e++
			}
			for e < len(kids) && (kids[e].Kind == doc.KindByline || kids[e].Kind == doc.KindDateline) {
				e++
			}
			return i, e
		case k.Kind != doc.KindNote && k.Kind != doc.KindCaption && k.Kind != doc.KindJump && k.Kind != doc.KindNoise && k.Kind != doc.KindByline:
			return -1, -1
		}
	}
	return -1, -1
}

func isHeader(k doc.Kind) bool {
	return k == doc.KindKicker || k == doc.KindHeadline || k == doc.KindSubheadline
}

// node renders n at section depth depth, asking the hook first.
func (r *renderer) node(n *doc.Node, depth int) {
	if r.hook == nil {
		r.own(n, depth)
		return
	}
	if r.err != nil {
		return
	}
	saved := r.depth
	r.depth = depth
	handled, err := r.hook(hookWriter{r}, n)
	r.depth = saved
	if err != nil {
		r.err = fmt.Errorf("node hook at line %d (%s): %w", n.Line, n.Kind, err)
		return
	}
	if !handled {
		r.own(n, depth)
	}
}

// hookWriter is the renderer as a hook sees it.
type hookWriter struct{ r *renderer }

func (h hookWriter) Format() string      { return "html" }
func (h hookWriter) Markup(s string)     { h.r.record(s); h.r.sb.WriteString(s) }
func (h hookWriter) Text(s string)       { h.r.text(s) }
func (h hookWriter) Default(n *doc.Node) { h.r.own(n, h.r.depth) }

// own renders n the writer's way.
func (r *renderer) own(n *doc.Node, depth int) {
	switch n.Kind {
	case doc.KindSection:
		r.sb.WriteString("<section>\n")
		for _, c := range n.Children {
			if c.Kind == doc.KindHeading {
				r.node(c, depth)
			} else {
				r.node(c, depth+1)
			}
		}
		r.sb.WriteString("</section>\n")
	case doc.KindHeadline:
		r.element("h1", "", n.Text)
	case doc.KindHeading:
		r.element(heading(depth+1), "", n.Text)
	case doc.KindKicker, doc.KindSubheadline, doc.KindJump:
		r.element("p", string(n.Kind), n.Text)
	case doc.KindByline:
		r.element("address", "byline", n.Text)
	case doc.KindDateline:
		r.dateline(n)
	case doc.KindCaption:
		r.sb.WriteString("<figure>")
		r.element("figcaption", "", n.Text)
		r.sb.WriteString("</figure>\n")
	case doc.KindVerse:
		r.verse(n)
	case doc.KindNote:
		// The editor's note stands beside the article rather than in its flow.
		r.sb.WriteString(`<aside class="note">`)
		r.element("p", "", n.Text)
		r.sb.WriteString("</aside>\n")
	case doc.KindNoise:
		// Not content (a folio such as 第3版), but kept as in every other
		// format: small and grey, like the line above a newspaper page.
		r.element("p", "folio", n.Text)
	default:
		if n.Kind.IsContainer() {
			for _, c := range n.Children {
				r.node(c, depth)
			}
			return
		}
		if n.Row {
			markup.WriteRow(&r.sb, n, r.slots[n], r.text)
			break
		}
		r.element("p", "", n.Text)
	}
}

// dateline writes a dateline with its date, where the reader parsed one
// and it can be read as a day, in a <time datetime>: 2024-09-01, or the
// yearless 09-01 that HTML allows for 9月1日.
func (r *renderer) dateline(n *doc.Node) {
	if slices.Contains(r.closing, n) {
		// Set flush right under the text it closes (css.go).
		r.sb.WriteString(`<p class="dateline closing">`)
	} else {
		r.sb.WriteString(`<p class="dateline">`)
	}
	i := -1
	dt := ""
	if n.Date != "" {
		i = strings.Index(n.Text, n.Date)
		dt = datetime(n.Date)
	}
	if i < 0 || dt == "" {
		r.text(n.Text)
	} else {
		r.text(n.Text[:i])
		r.sb.WriteString(`<time datetime="` + dt + `">`)
		r.text(n.Date)
		r.sb.WriteString("</time>")
		r.text(n.Text[i+len(n.Date):])
	}
	r.sb.WriteString("</p>\n")
}

// verse writes a stanza (markup.WriteVerse).
func (r *renderer) verse(n *doc.Node) {
	markup.WriteVerse(&r.sb, n, r.text)
	r.sb.WriteByte('\n')
}

// heading returns the element name of a heading at level l, h6 at most.
func heading(l int) string {
	if l > 6 {
		l = 6
	}
	return "h" + strconv.Itoa(l)
}

// element writes <name class="class">text</name> and a newline.
func (r *renderer) element(name, class, text string) {
	r.sb.WriteByte('<')
	r.sb.WriteString(name)
	if class != "" {
		r.sb.WriteString(` class="` + class + `"`)
	}
	r.sb.WriteByte('>')
	r.text(text)
	r.sb.WriteString("</" + name + ">\n")
}

// text writes s escaped (see escaped). In vertical pages numbers and
// Latin follow layout.VerticalRuns, the rule of the PDF pages and the
// vertical EPUB: one or two digits or capitals side by side in one em (8,
// 29, AI: text-combine-upright), longer numbers and short abbreviations
// with each character upright (2021, 6.3, BIM: text-orientation), words
// sideways (the browser's default). Korean sets its marks as its PDF
// pages do (。、？！, 『』「」: markup.VerticalKorean).
func (r *renderer) text(s string) {
	if !r.vertical {
		r.escaped(s)
		return
	}
	if r.korean && !r.plain {
		r.vruns = markup.VerticalKorean(&r.sb, r.vruns, s, r.escaped, r.shown)
		return
	}
	r.vruns = markup.Vertical(&r.sb, r.vruns, s, r.escaped)
}

// shown notes a mark the stylesheet shows (markup.VerticalKorean) for the
// embedded font.
func (r *renderer) shown(m rune) {
	if r.runes != nil {
		r.runes[m] = true
	}
}

// escaped writes s escaped: & < > become references and characters HTML
// must not carry (C0 and C1 controls other than tab and line breaks,
// noncharacters, broken UTF-8) become U+FFFD. It notes every character for
// the embedded font. What browsers would break and layout does not (a
// space before a slash, the slash of 2024.12.3/뉴스1) is kept in a nowrap
// span (markup.KeepAt).
func (r *renderer) escaped(s string) {
	for i := 0; i < len(s); {
		if !r.plain && !r.keeping {
			if k := markup.KeepAt(s, i); k > 0 {
				r.keep(s[i : i+k])
				i += k
				continue
			}
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		c = markup.WriteChar(&r.sb, c, s[i:i+size], htmlChar)
		if r.runes != nil {
			r.runes[c] = true
		}
		i += size
	}
}

// keep writes s escaped in a nowrap span: no line breaks inside it.
func (r *renderer) keep(s string) {
	r.sb.WriteString(`<span class="keep">`)
	r.keeping = true
	r.escaped(s)
	r.keeping = false
	r.sb.WriteString("</span>")
}

// record notes the characters of s for the embedded font.
func (r *renderer) record(s string) {
	if r.runes == nil {
		return
	}
	for _, c := range s {
		r.runes[c] = true
	}
}

// htmlChar reports whether c may appear as text in an HTML document.
func htmlChar(c rune) bool {
	switch {
	case c == '\t' || c == '\n' || c == '\r' || c == '\f':
		return true
	case c < 0x20 || c == 0x7F:
		return false
	case c >= 0x80 && c < 0xA0: // C1 controls
		return false
	case c >= 0xD800 && c <= 0xDFFF:
		return false
	case c >= 0xFDD0 && c <= 0xFDEF, c&0xFFFE == 0xFFFE:
		return false
	}
	return c <= 0x10FFFF
}

// attr escapes s for a double-quoted attribute value.
func attr(s string) string {
	var sb strings.Builder
	for _, c := range s {
		switch c {
		case '&':
			sb.WriteString("&amp;")
		case '"':
			sb.WriteString("&quot;")
		case '<':
			sb.WriteString("&lt;")
		case '>':
			sb.WriteString("&gt;")
		default:
			if !htmlChar(c) || c == utf8.RuneError {
				c = '\uFFFD'
			}
			sb.WriteRune(c)
		}
	}
	return sb.String()
}
