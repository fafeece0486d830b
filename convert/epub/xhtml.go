package epub

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

// entry is one line of the table of contents below an article: a section
// heading and the sections nested in it.
type entry struct {
	id       string
	title    string
	children []*entry
}

// renderer writes the XHTML body of pages. It escapes all text, sets short
// numbers and Latin per layout.VerticalRuns in vertical books and, when a font is to be embedded,
// records every character it writes.
type renderer struct {
	sb       strings.Builder
	vertical bool
	korean   bool          // the document being rendered is Korean: its vertical marks (markup.VerticalKorean)
	runes    map[rune]bool // nil unless a font is embedded
	vruns    []layout.VRun // working memory of text in vertical books
	keeping  bool          // inside a keep span: no nested one
	sections int           // sections numbered so far in the current article
	prefix   string        // prefix of section ids: the article's id and "-" in a shared file

	hook      render.Hook         // nil unless WithNodeHook
	err       error               // the first error a hook returned
	hookDepth int                 // section depth of the node the hook is called for
	hookToc   []*entry            // entries of the sections the hook left to Default
	closing   []*doc.Node         // the article's closing datelines (doc.ClosingDatelines)
	slots     map[*doc.Node][]int // the columns of the rows of tables whose rows differ in fields (markup.RowSlots)
}

// article renders one article node and returns its body markup and the
// table of contents of its sections. An article sharing its file with
// others has an id, which also prefixes its sections' ids.
func (r *renderer) article(a *doc.Node, id string) (string, []*entry) {
	r.sb.Reset()
	// Room for the text and its markup at once: growing by doubling
	// allocated and copied every article's bytes about twice over.
	r.sb.Grow(textSize(a) + markupPerNode*nodeCount(a) + 64)
	r.sections = 0
	r.prefix = ""
	if id != "" {
		r.prefix = id + "-"
		r.sb.WriteString(`<article id="` + id + "\">\n")
	} else {
		r.sb.WriteString("<article>\n")
	}
	kids := a.Children
	r.closing = doc.ClosingDatelines(a)
	r.slots = markup.RowSlots(a)
	s, e := headerRun(kids)
	var toc []*entry
	for i, k := range kids {
		if i == s {
			r.sb.WriteString("<header>\n")
		}
		toc = append(toc, r.node(k, 1)...)
		if i == e-1 {
			r.sb.WriteString("</header>\n")
		}
	}
	r.sb.WriteString("</article>")
	return r.sb.String(), toc
}

// markupPerNode is about what an element's markup adds to its text.
const markupPerNode = 48

// textSize is the length of the text under n.
func textSize(n *doc.Node) int {
	size := 0
	doc.Walk(n, func(n *doc.Node) bool { size += len(n.Text); return true })
	return size
}

// nodeCount is the number of nodes under n, n included.
func nodeCount(n *doc.Node) int {
	c := 0
	doc.Walk(n, func(*doc.Node) bool { c++; return true })
	return c
}

// headerRun returns the bounds [s, e) of the kicker, headline and
// subheadline that open an article, or s == e == -1 if there are none.
// Only an editor's note, a caption, a jump line or noise may come before
// them; once the text has begun, a headline is no longer a header.
func headerRun(kids []*doc.Node) (s, e int) {
	for i, k := range kids {
		switch {
		case isHeader(k.Kind):
			e = i
			for e < len(kids) && isHeader(kids[e].Kind) {
				e++
			}
			return i, e
		case k.Kind != doc.KindNote && k.Kind != doc.KindCaption && k.Kind != doc.KindJump && k.Kind != doc.KindNoise:
			return -1, -1
		}
	}
	return -1, -1
}

// isHeader reports whether nodes of kind k belong in an article's header
// when they open it.
func isHeader(k doc.Kind) bool {
	return k == doc.KindKicker || k == doc.KindHeadline || k == doc.KindSubheadline
}

// node renders n at section depth depth (1 inside an article) and returns
// the table-of-contents entries of the sections it holds. The hook, if
// any, is asked first.
func (r *renderer) node(n *doc.Node, depth int) []*entry {
	if r.hook == nil {
		return r.own(n, depth)
	}
	if r.err != nil {
		return nil
	}
	savedDepth, savedToc := r.hookDepth, r.hookToc
	r.hookDepth, r.hookToc = depth, nil
	handled, err := r.hook(hookWriter{r}, n)
	toc := r.hookToc
	r.hookDepth, r.hookToc = savedDepth, savedToc
	if err != nil {
		r.err = fmt.Errorf("node hook at line %d (%s): %w", n.Line, n.Kind, err)
		return nil
	}
	if handled {
		return toc
	}
	return r.own(n, depth)
}

// hookWriter is the renderer as a hook sees it.
type hookWriter struct{ r *renderer }

func (h hookWriter) Format() string  { return "epub" }
func (h hookWriter) Markup(s string) { h.r.record(s); h.r.sb.WriteString(s) }
func (h hookWriter) Text(s string)   { h.r.text(s) }
func (h hookWriter) Default(n *doc.Node) {
	h.r.hookToc = append(h.r.hookToc, h.r.own(n, h.r.hookDepth)...)
}

// own renders n the writer's way.
func (r *renderer) own(n *doc.Node, depth int) []*entry {
	switch n.Kind {
	case doc.KindSection:
		return []*entry{r.section(n, depth)}
	case doc.KindHeadline:
		r.element("h1", "headline", n.Text)
	case doc.KindHeading:
		r.element(heading(depth+1), "heading", n.Text)
	case doc.KindKicker, doc.KindSubheadline, doc.KindDateline, doc.KindByline,
		doc.KindCaption, doc.KindJump:
		class := string(n.Kind)
		if n.Kind == doc.KindDateline && slices.Contains(r.closing, n) {
			class = "dateline closing" // set flush right under the text it closes
		}
		r.element("p", class, n.Text)
	case doc.KindVerse:
		r.verse(n)
	case doc.KindNote:
		// The editor's note stands beside the article rather than in its flow.
		r.sb.WriteString(`<aside class="note">`)
		r.element("p", "", n.Text)
		r.sb.WriteString("</aside>\n")
	case doc.KindNoise:
		// Not content (a page folio such as 第3版 or a date line), but kept
		// as in every other format: set small and grey, like the folio
		// line printed above a newspaper page, so nothing is hidden.
		r.sb.WriteString(`<p class="folio">`)
		r.text(n.Text)
		r.sb.WriteString("</p>\n")
	default:
		if n.Kind.IsContainer() {
			var toc []*entry
			for _, c := range n.Children {
				toc = append(toc, r.node(c, depth)...)
			}
			return toc
		}
		if n.Row {
			markup.WriteRow(&r.sb, n, r.slots[n], r.text)
			break
		}
		r.element("p", "", n.Text)
	}
	return nil
}

// section renders a section with its heading as a <section>, returning its
// entry for the table of contents. A section without a heading gets an
// entry with no title; the navigation lifts its children in its place.
func (r *renderer) section(n *doc.Node, depth int) *entry {
	r.sections++
	e := &entry{id: r.prefix + "s" + strconv.Itoa(r.sections)}
	r.sb.WriteString(`<section id="`)
	r.sb.WriteString(e.id)
	r.sb.WriteString("\">\n")
	kids := n.Children
	if len(kids) > 0 && kids[0].Kind == doc.KindHeading {
		e.title = kids[0].Text
		r.element(heading(depth+1), "", e.title)
		kids = kids[1:]
	}
	for _, c := range kids {
		e.children = append(e.children, r.node(c, depth+1)...)
	}
	r.sb.WriteString("</section>\n")
	return e
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
		r.sb.WriteString(` class="`)
		r.sb.WriteString(class)
		r.sb.WriteByte('"')
	}
	r.sb.WriteByte('>')
	r.text(text)
	r.sb.WriteString("</")
	r.sb.WriteString(name)
	r.sb.WriteString(">\n")
}

// text writes s escaped for XHTML. Characters XML cannot carry (most C0
// controls, U+FFFE, U+FFFF, broken UTF-8) become U+FFFD. In vertical books
// numbers and Latin follow layout.VerticalRuns, the rule the PDF pages use:
// one or two digits or capitals side by side in one em (8, 29, AI:
// text-combine-upright), longer numbers and short abbreviations with each
// character upright (2021, 6.3, BIM), words sideways (the reader's default).
// Korean sets its marks as its PDF pages do (。、？！, 『』「」:
// markup.VerticalKorean).
func (r *renderer) text(s string) {
	if !r.vertical {
		if r.runes == nil && utf8.ValidString(s) && !strings.ContainsAny(s, " /／") {
			r.plainText(s)
			return
		}
		r.escaped(s)
		return
	}
	if r.korean {
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

// escaped writes s escaped, noting its characters for the embedded font.
// What reading systems would break and layout does not (a space before a
// slash, the slash of 2024.12.3/뉴스1) is kept in a nowrap span
// (markup.KeepAt), as in the HTML page.
func (r *renderer) escaped(s string) {
	for i := 0; i < len(s); {
		if !r.keeping {
			if k := markup.KeepAt(s, i); k > 0 {
				r.sb.WriteString(`<span class="keep">`)
				r.keeping = true
				r.escaped(s[i : i+k])
				r.keeping = false
				r.sb.WriteString("</span>")
				i += k
				continue
			}
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		c = markup.WriteChar(&r.sb, c, s[i:i+size], xmlChar)
		if r.runes != nil {
			r.runes[c] = true
		}
		i += size
	}
}

// plainText is text for valid UTF-8 in a horizontal book without an
// embedded font: the runs between characters that need escaping are
// copied whole. Only ASCII bytes and the EF BF BE/BF of U+FFFE/U+FFFF can
// need it, so the characters of CJK text are not decoded one by one.
func (r *renderer) plainText(s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '&' && c != '<' && c != '>' && c != 0xef || c == '\t' || c == '\n' || c == '\r' {
			continue
		}
		var esc string
		switch c {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case 0xef:
			if i+2 >= len(s) || s[i+1] != 0xbf || s[i+2] < 0xbe {
				continue
			}
			esc = "\uFFFD"
			r.sb.WriteString(s[start:i])
			r.sb.WriteString(esc)
			i += 2
			start = i + 1
			continue
		default:
			esc = "\uFFFD" // a control character XML cannot hold
		}
		r.sb.WriteString(s[start:i])
		r.sb.WriteString(esc)
		start = i + 1
	}
	r.sb.WriteString(s[start:])
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

// xmlChar reports whether c may appear in an XML 1.0 document.
func xmlChar(c rune) bool {
	switch {
	case c == '\t' || c == '\n' || c == '\r':
		return true
	case c < 0x20:
		return false
	case c >= 0xD800 && c <= 0xDFFF, c == 0xFFFE, c == 0xFFFF:
		return false
	}
	return c <= 0x10FFFF
}
