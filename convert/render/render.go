// Package render holds what paiban's markup writers (EPUB, HTML) share
// with the programs that customise them: a per-node rendering hook, in the
// manner of goldmark's NodeRenderer. It depends only on package doc, so
// writers and programs alike can import it.
//
// A hook is called for every node the writer renders, before the writer's
// own markup. It may write its own markup and return true, or return false
// having written nothing, so that the writer renders the node as usual:
//
//	hook := func(w render.Writer, n *doc.Node) (bool, error) {
//		if n.Kind != doc.KindByline {
//			return false, nil
//		}
//		w.Markup(`<p class="credit">`)
//		w.Text(n.Text)
//		w.Markup("</p>\n")
//		return true, nil
//	}
//
// A hook that wraps a node rather than replaces it calls Writer.Default
// between its own markup.
package render

import "github.com/paiban/paiban/convert/doc"

// Hook renders node n to w in place of the writer's own markup. It returns
// false, having written nothing, to leave n to the writer; an error stops
// the writer, which returns it.
type Hook func(w Writer, n *doc.Node) (handled bool, err error)

// Writer is what a markup writer offers a Hook while it renders a node.
type Writer interface {
	// Format is the writer's format name: "epub", "html".
	Format() string
	// Markup writes s as it is. It must be well-formed XHTML that closes
	// what it opens: EPUB pages are XML, and a reader refuses a broken one.
	Markup(s string)
	// Text writes s as text: escaped, and with every character counted
	// for the font the writer may embed.
	Text(s string)
	// Default renders n as the writer would without the hook. The nodes
	// below n go through the hook again.
	Default(n *doc.Node)
}
