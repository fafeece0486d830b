package newstext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/jsonfmt"
)

// treeFence opens (with this info string) and closes (bare) a page that
// holds the tree itself, as the JSON format writes it, rather than text
// to be read. Writer falls back to it for a tree its text form would not
// give back (fencedFallback); Reader takes such a page's tree as it is.
const (
	treeFence    = "```paiban-tree"
	treeFenceEnd = "```"
)

// fencedBody returns the JSON between the fences of a page that is
// exactly one fenced tree (white space around it aside), and the line
// the JSON starts on.
func fencedBody(text string) (body string, line int, ok bool) {
	lead := len(text) - len(strings.TrimLeft(text, " \t\r\n\ufeff"))
	t := strings.TrimSpace(text[lead:])
	first, rest, found := strings.Cut(t, "\n")
	if !found || strings.TrimSpace(first) != treeFence {
		return "", 0, false
	}
	rest = strings.TrimRight(rest, " \t\r\n")
	i := strings.LastIndexByte(rest, '\n')
	if strings.TrimSpace(rest[i+1:]) != treeFenceEnd {
		return "", 0, false
	}
	if i < 0 {
		i = 0
	}
	return rest[:i], strings.Count(text[:lead], "\n") + 2, true
}

// readFenced reads a fenced tree: the JSON format's document, whose lines
// an error names as the page's lines. The page's own name and encoding
// replace the JSON's source; WithLang, when given, its language.
func (rd *Reader) readFenced(ctx context.Context, body string, line int, name, enc string) (*doc.Document, error) {
	d, err := jsonfmt.NewReader(jsonfmt.WithMaxSize(-1)).Read(ctx, strings.NewReader(body), name)
	if err != nil {
		var ie *doc.InputError
		if errors.As(err, &ie) {
			e := *ie
			if e.Line > 0 {
				e.Line += line - 1
			}
			e.Err = fmt.Errorf("fenced tree: %w", e.Err)
			return nil, &e
		}
		return nil, fmt.Errorf("newstext: fenced tree: %w", err)
	}
	d.Source = doc.Source{Name: name, Encoding: enc}
	if rd.lang != "" {
		d.Lang = rd.lang
	}
	return d, nil
}

// writeVerified writes d as normalized text when that text reads back to
// the same tree, and as a fenced tree otherwise. The reader's forms are
// read from the text around them, and on a page no editor would set
// (what the fuzz targets assemble) a node's form can read otherwise once
// its neighbours are written out: the writer then gives the tree itself,
// fenced, rather than text that reads back as another tree.
func (w *Writer) writeVerified(ctx context.Context, out io.Writer, d *doc.Document) error {
	var buf bytes.Buffer
	if err := w.writeText(ctx, &buf, d); err != nil {
		return err
	}
	back, err := New().ParseBytes(ctx, buf.Bytes(), "")
	if err == nil && sameNodes(d.Articles, back.Articles) {
		if _, err := out.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("newstext: %w", err)
		}
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return writeFenced(ctx, out, d)
}

// writeFenced writes the tree of d between the fences: its language and
// articles, without the source lines (they name lines of another text) or
// the reader's diagnostics, so the same tree gives the same bytes.
func writeFenced(ctx context.Context, out io.Writer, d *doc.Document) error {
	t := &doc.Document{Lang: d.Lang, Articles: make([]*doc.Node, len(d.Articles))}
	for i, a := range d.Articles {
		t.Articles[i] = withoutLines(a)
	}
	var buf bytes.Buffer
	buf.WriteString(treeFence + "\n")
	if err := jsonfmt.NewWriter().Write(ctx, &buf, t); err != nil {
		return fmt.Errorf("newstext: %w", err)
	}
	buf.WriteString(treeFenceEnd + "\n")
	if _, err := out.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("newstext: %w", err)
	}
	return nil
}

// withoutLines returns a copy of n and its descendants with Line 0 (the
// texts and attribute slices are shared: nothing writes to them).
func withoutLines(n *doc.Node) *doc.Node {
	c := *n
	c.Line = 0
	if n.Children != nil {
		c.Children = make([]*doc.Node, len(n.Children))
		for i, k := range n.Children {
			c.Children[i] = withoutLines(k)
		}
	}
	return &c
}

// sameNodes reports whether two node lists hold the same trees: every
// field but the source line.
func sameNodes(a, b []*doc.Node) bool {
	return slices.EqualFunc(a, b, func(x, y *doc.Node) bool {
		return x.Kind == y.Kind && x.Text == y.Text && x.Org == y.Org && x.Place == y.Place &&
			x.Date == y.Date && x.Furniture == y.Furniture && x.Row == y.Row &&
			slices.Equal(x.Roles, y.Roles) && slices.Equal(x.Names, y.Names) &&
			sameNodes(x.Children, y.Children)
	})
}
