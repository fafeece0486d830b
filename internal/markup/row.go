package markup

import (
	"strings"
	"unicode"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// RowCSS styles the rows WriteRow writes: consecutive rows make one
// anonymous CSS table (a table-row box wraps in a table of its own with
// its neighbours), so their fields line up in columns as in the PDF's
// table, figures flush right. A reader that ignores the rules shows each
// row as a line of spaced fields. A figure never wraps: squeezed on a
// phone, a cell broke +46.2% before its %.
const RowCSS = `p.row { display: table-row; text-indent: 0; }
p.row > span { display: table-cell; padding-inline-end: 1.5em; }
p.row > span:last-child { padding-inline-end: 0; }
p.row > span.n { text-align: end; white-space: nowrap; }
`

// WriteRow writes a table row (doc.Node.Row) as <p class="row"> with one
// <span> a field (class "n" for a figure), text written by text. Each
// field's span holds the spaces after it, so the page's text is the
// row's: between the spans, an ideographic space would be a cell of its
// own.
func WriteRow(sb *strings.Builder, n *doc.Node, text func(string)) {
	sb.WriteString(`<p class="row">`)
	s := n.Text
	for s != "" {
		// A field and the spaces after it (the first also those before it).
		lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
		end := strings.IndexFunc(s[lead:], unicode.IsSpace)
		if end < 0 {
			end = len(s)
		} else {
			end += lead
		}
		field := s[lead:end]
		end = len(s) - len(strings.TrimLeftFunc(s[end:], unicode.IsSpace))
		if layout.IsFigure(field) {
			sb.WriteString(`<span class="n">`)
		} else {
			sb.WriteString(`<span>`)
		}
		text(s[:end])
		sb.WriteString(`</span>`)
		s = s[end:]
	}
	sb.WriteString("</p>\n")
}
