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
// phone, a cell broke +46.2% before its %. On a screen narrower than 30em
// (a phone) the rows are set that way on purpose, lines of spaced fields
// that wrap between fields: a table of long figures (３万９８１２円４５銭,
// １ドル＝１５０円２０銭) that may not wrap inside them stuck out of the
// screen.
const RowCSS = `p.row { display: table-row; text-indent: 0; }
p.row > span { display: table-cell; padding-inline-end: 1.5em; }
p.row > span:last-child { padding-inline-end: 0; }
p.row > span.n { text-align: end; white-space: nowrap; }
@media (max-width: 30em) {
  p.row { display: block; }
  p.row > span { display: inline; padding-inline-end: 0; }
}
`

// WriteRow writes a table row (doc.Node.Row) as <p class="row"> with one
// <span> a cell (class "n" for a figure), text written by text. Each
// cell's span holds the spaces after it, so the page's text is the
// row's: between the spans, an ideographic space would be a cell of its
// own. A cell is a field, or with slots (the columns of the row's fields
// in its run: RowSlots) the fields that share a column (a label of two
// words); an empty <span> stands in each column the row skips, so that
// its cells line up with the other rows' as in the PDF.
func WriteRow(sb *strings.Builder, n *doc.Node, slots []int, text func(string)) {
	sb.WriteString(`<p class="row">`)
	s := n.Text
	col := 0 // the next column to write
	for j := 0; s != ""; j++ {
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
		same := j > 0 && j < len(slots) && slots[j] == slots[j-1] // the cell goes on
		if !same {
			if j > 0 {
				sb.WriteString(`</span>`)
			}
			if j < len(slots) {
				for ; col < slots[j]; col++ {
					sb.WriteString(`<span></span>`)
				}
			}
			col++
			if layout.IsFigure(field) {
				sb.WriteString(`<span class="n">`)
			} else {
				sb.WriteString(`<span>`)
			}
		}
		text(s[:end])
		s = s[end:]
	}
	if n.Text != "" {
		sb.WriteString(`</span>`)
	}
	sb.WriteString("</p>\n")
}

// RowSlots returns the columns of the fields of each table row under a
// (doc.Node.Row) that does not fill its run's columns in order
// (layout.TableSlots: a row of fewer cells, a label of two words), keyed
// by the row; nil when every run's rows have as many fields, as most
// tables do.
func RowSlots(a *doc.Node) map[*doc.Node][]int {
	var slots map[*doc.Node][]int
	doc.Walk(a, func(c *doc.Node) bool {
		kids := c.Children
		for i := 0; i < len(kids); i++ {
			if !kids[i].Row {
				continue
			}
			j := doc.RowRun(kids, i)
			fields := make([][]string, 0, j-i)
			for _, r := range kids[i:j] {
				fields = append(fields, r.Fields())
			}
			for k, s := range layout.TableSlots(fields) {
				if !inOrder(s) {
					if slots == nil {
						slots = map[*doc.Node][]int{}
					}
					slots[kids[i+k]] = s
				}
			}
			i = j - 1
		}
		return true
	})
	return slots
}

// inOrder reports slots that set each field in the next column.
func inOrder(slots []int) bool {
	for k, c := range slots {
		if c != k {
			return false
		}
	}
	return true
}
