package newstext

import (
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// markRows marks the table rows among the paragraphs of an article
// (doc.Node.Row): a run of two or more one-line paragraphs that are table
// rows (tableRow), with the header row right above them when there is one
// (headerOver). The reader has already made each row a paragraph of its
// own; the mark tells writers the run is a table, to be set flush with its
// fields in columns, not as indented body paragraphs. The rows of a run
// may differ in their number of fields (a lottery's 红球　03　11　17　22
// 28　31 over 蓝球　09): writers set each stretch of rows of one number of
// fields as a table of its own (doc.TableRuns). One row alone is not a
// table: a line such as 北京 88:91 浙江 may be a sentence fragment.
func markRows(nodes []*doc.Node) {
	for i := 0; i < len(nodes); {
		n := nodes[i]
		if n.Kind.IsContainer() {
			markRows(n.Children)
			i++
			continue
		}
		f := rowFields(n)
		if f == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(nodes) && rowFields(nodes[j]) > 0 {
			j++
		}
		if j-i < 2 {
			i = j
			continue
		}
		if h := i - 1; h >= 0 && nodes[h].Kind == doc.KindParagraph && (headerOver(nodes[h].Text, n.Text) || h > 0 && koreanHeaderUnder(nodes[h-1].Text, nodes[h].Text, n.Text)) {
			nodes[h].Row = true
		}
		for k := i; k < j; k++ {
			nodes[k].Row = true
		}
		i = j
	}
}

// rowFields returns the number of fields of a paragraph that is one table
// row, or 0. (A node's text holds no line break: a row is one line.)
// tableRow turns a paragraph of prose down within its first runes, so
// the pass costs next to nothing beside reading the text. The count is
// the writers' (every space parts two cells: layout.Table), which for a
// Korean market row is more than tableRow's, whose name of two words
// (원·달러 환율) is one field: rows whose cells would not line up make
// no table.
func rowFields(n *doc.Node) int {
	if n.Kind != doc.KindParagraph {
		return 0
	}
	k := tableRow(n.Text)
	if k > 0 && hasHangul(n.Text) {
		k = len(strings.Fields(n.Text))
	}
	if k == 0 && (countRow(n.Text) || recipeRow(n.Text)) {
		k = 2 // 死者　０人, 酒　大さじ２: a row only in a run of rows (countrows.go, reciperows.go)
	}
	return k
}
