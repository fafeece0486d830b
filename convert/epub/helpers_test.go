package epub

import (
	"archive/zip"
	"bytes"
	"context"
	"testing"

	"github.com/paiban/paiban/convert/doc"

	"github.com/paiban/paiban/internal/testtool"
)

// book writes docs with opts and returns the EPUB's bytes.
func writeBook(t testing.TB, docs []*doc.Document, opts ...Option) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := New(opts...).WriteBook(context.Background(), &buf, docs); err != nil {
		t.Fatalf("WriteBook: %v", err)
	}
	return buf.Bytes()
}

// entries returns the files of an EPUB in zip order and by name.
func entries(t testing.TB, data []byte) ([]*zip.File, map[string]string) {
	t.Helper()
	return testtool.ZipEntries(t, data)
}

// plan settles a book's metadata and renders the documents, as WriteBook
// does (there with go-epub at work meanwhile).
func (w *Writer) plan(ctx context.Context, docs []*doc.Document) (*book, error) {
	b, err := w.meta(docs)
	if err != nil {
		return nil, err
	}
	if err := w.render(ctx, b, docs); err != nil {
		return nil, err
	}
	return b, nil
}
