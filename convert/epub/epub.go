// Package epub writes paiban's document tree as an EPUB 3 book: one XHTML
// file per article (in books of more than 250 articles, runs of articles
// share a file, each still its own navigation entry), an EPUB 3
// navigation document with an NCX beside it for old readers, and a
// stylesheet that sets CJK text the way a print shop would, horizontally
// or (WithVertical) top to bottom.
//
// The package is built on github.com/go-shiori/go-epub, which assembles the
// package document, container and one template page. The template is
// repeated for the title page and once per article file, its title changed:
// go-epub writes every file through a temporary directory, which made it
// most of the time of a book, and a test holds the result byte-equal to what
// go-epub writes when given every file. What go-epub makes of a book without
// an embedded font is also kept for the life of the process, the title,
// language and identifier put in per book, so that a batch runs go-epub
// once. The book is then finished here (the articles in place of the
// placeholders, language on every XHTML root, localized navigation with
// section entries, metadata) and re-packed into a zip whose entries and time
// stamps are fixed, so the same input always gives the same bytes. Time and
// memory grow linearly with the book. Nothing is ever fetched: go-epub is
// only handed data: URLs and an HTTP client that refuses every request.
package epub

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/render"
	"github.com/paiban/paiban/fonts"
)

// Writer renders document trees as EPUB 3. It satisfies convert.Writer. A
// Writer holds only its options and is safe for concurrent use.
type Writer struct {
	title    string
	date     time.Time
	vertical bool
	embed    bool        // embed a subset of face
	face     *fonts.Face // the body face to embed; nil: the default
	lang     string
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

// Write renders d as one book.
func (w *Writer) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	return w.WriteBook(ctx, out, []*doc.Document{d})
}

// WriteBook renders several documents as one book (a day's edition), their
// articles in input order. The book's language is the first document's
// unless WithLang overrides it; each article keeps its own document's.
func (w *Writer) WriteBook(ctx context.Context, out io.Writer, docs []*doc.Document) error {
	b, err := w.meta(docs)
	if err != nil {
		return err
	}
	// go-epub builds the book's frame, mostly waiting on its temporary
	// files, while the articles are rendered; unless the book embeds a
	// font, which go-epub is given and which needs every article first.
	var files map[string][]byte
	var assembled chan error
	if !w.embed {
		assembled = make(chan error, 1)
		go func(k skeleton) {
			var err error
			files, err = k.assemble()
			assembled <- err
		}(b.skeleton())
	}
	err = w.render(ctx, b, docs)
	if assembled != nil {
		if aerr := <-assembled; err == nil {
			err = aerr
		}
	} else if err == nil {
		files, err = b.skeleton().assemble()
	}
	if err != nil {
		return err
	}
	if err := b.expand(files); err != nil {
		return err
	}
	return b.finish(out, files)
}

// ErrNoArticles is wrapped in the *doc.InputError returned for a document
// with no article: an EPUB must have at least one page to read.
var ErrNoArticles = errors.New("no articles to make an EPUB of (a book needs at least one)")
