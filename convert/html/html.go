// Package html writes paiban's document tree as one self-contained,
// semantic HTML5 page: an <article> per article with its kicker,
// headline, subheadline, byline and dateline in a <header>, <h2> sections,
// captions as <figure>/<figcaption>, and an inline stylesheet that sets
// Chinese, Japanese and Korean the way a print shop would (strict line
// breaking, 2em indents, justified, per-language fonts, punctuation
// trimming), for phones, desktops, paper (columns) and dark mode,
// horizontally or (WithVertical) top to bottom. A schema.org NewsArticle
// record per article (JSON-LD) tells search engines what the page is.
//
// The page fetches nothing: the stylesheet is inline and an embedded font
// (WithEmbedFont) is a data: URL. Every character of the text is escaped,
// never interpreted as markup. The same tree and options give the same
// bytes.
package html

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/render"
	"github.com/paiban/paiban/fonts"
)

// Writer renders document trees as HTML pages. It satisfies
// convert.Writer. A Writer holds only its options and is safe for
// concurrent use.
type Writer struct {
	title    string
	date     time.Time
	vertical bool
	embed    bool        // embed a subset of face
	face     *fonts.Face // the body face to embed; nil: paiban's default
	hook     render.Hook
	warn     func(doc.Diagnostic) // nil: warnings are dropped
}

// New returns a Writer configured by opts.
func New(opts ...Option) *Writer {
	w := &Writer{}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Write renders d as one page.
func (w *Writer) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	return w.WriteBook(ctx, out, []*doc.Document{d})
}

// WriteBook renders several documents as one page (a day's edition), their
// articles in order. The page's language is the first document's; an
// article from a document in another language carries its own lang, and
// its JSON-LD record says so.
func (w *Writer) WriteBook(ctx context.Context, out io.Writer, docs []*doc.Document) error {
	if len(docs) == 0 || slices.Contains(docs, nil) {
		return errors.New("html: no document to write")
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	if err := w.page(ctx, bw, docs); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	return nil
}
