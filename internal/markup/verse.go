package markup

import (
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// WriteVerse writes a stanza (doc.KindVerse) as one paragraph of class
// verse, its lines parted by <br/> (XHTML's form, which HTML reads too),
// text written by text: the stylesheet sets it flush and unjustified,
// each line where the poet broke it. It ends with no line feed: HTML and
// EPUB put one after it, ninjs's one-line body does not.
func WriteVerse(sb *strings.Builder, n *doc.Node, text func(string)) {
	sb.WriteString(`<p class="verse">`)
	for i, l := range n.Lines() {
		if i > 0 {
			sb.WriteString("<br/>")
		}
		text(l)
	}
	sb.WriteString("</p>")
}
