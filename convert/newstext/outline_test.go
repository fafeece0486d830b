package newstext

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// outline renders a tree as one line per node, for expectations and
// diffs: "kind text [attrs]", indented two spaces per level. Texts are
// cut to keep case files readable; withLines prefixes source lines.
func outline(d *doc.Document, withLines bool) string {
	var b strings.Builder
	var walk func(n *doc.Node, depth int)
	walk = func(n *doc.Node, depth int) {
		b.WriteString(strings.Repeat("  ", depth))
		if withLines {
			fmt.Fprintf(&b, "%d ", n.Line)
		}
		b.WriteString(string(n.Kind))
		if n.Text != "" {
			b.WriteString(" ")
			b.WriteString(short(n.Text))
		}
		if n.Org != "" {
			fmt.Fprintf(&b, " org=%s", n.Org)
		}
		if len(n.Roles) > 0 {
			fmt.Fprintf(&b, " roles=%s", strings.Join(n.Roles, ","))
		}
		if len(n.Names) > 0 {
			fmt.Fprintf(&b, " names=%s", strings.Join(n.Names, ","))
		}
		if n.Place != "" {
			fmt.Fprintf(&b, " place=%s", n.Place)
		}
		if n.Date != "" {
			fmt.Fprintf(&b, " date=%s", n.Date)
		}
		if n.Furniture {
			b.WriteString(" furniture")
		}
		b.WriteString("\n")
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	for _, a := range d.Articles {
		walk(a, 0)
	}
	return b.String()
}

// short keeps the first 12 and last 6 characters of long texts.
func short(s string) string {
	r := []rune(s)
	if len(r) <= 24 {
		return s
	}
	return string(r[:12]) + "…" + string(r[len(r)-6:])
}
