package ninjs

import (
	"html"
	"strconv"
	"strings"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/markup"
)

// body writes an article's text twice: as an HTML fragment (p, h2…h6,
// section, aside; every character of the text escaped) and as plain text,
// one block per paragraph separated by blank lines.
type body struct {
	h strings.Builder
	p strings.Builder
}

func (b *body) open(name string)  { b.h.WriteString("<" + name + ">") }
func (b *body) close(name string) { b.h.WriteString("</" + name + ">") }

// heading writes a section heading at level l (h6 at most).
func (b *body) heading(l int, text string) {
	if l > 6 {
		l = 6
	}
	tag := "h" + strconv.Itoa(l)
	b.h.WriteString("<" + tag + ">" + html.EscapeString(text) + "</" + tag + ">")
	b.plainBlock(text)
}

// para writes a paragraph, with a class naming its role unless it is
// ordinary body text.
func (b *body) para(class, text string) {
	if class != "" {
		b.h.WriteString(`<p class="` + class + `">`)
	} else {
		b.h.WriteString("<p>")
	}
	b.h.WriteString(html.EscapeString(text))
	b.h.WriteString("</p>")
	b.plainBlock(text)
}

// verse writes a stanza as the HTML writer does (markup.WriteVerse), and
// as its lines in the plain body.
func (b *body) verse(n *doc.Node) {
	markup.WriteVerse(&b.h, n, func(s string) { b.h.WriteString(html.EscapeString(s)) })
	b.plainBlock(n.Text)
}

func (b *body) plainBlock(text string) {
	if b.p.Len() > 0 {
		b.p.WriteString("\n\n")
	}
	b.p.WriteString(text)
}

func (b *body) html() string  { return b.h.String() }
func (b *body) plain() string { return b.p.String() }
