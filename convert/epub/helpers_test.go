package epub

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/paiban/paiban/convert/doc"
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
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	files := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = string(b)
	}
	return zr.File, files
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
