package pdf

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/newstext"
	"github.com/paiban/paiban/internal/testtool"
)

// readDoc reads a newspaper text file with the real reader.
func readDoc(t testing.TB, path string) *doc.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := newstext.New().Read(context.Background(), f, filepath.Base(path))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

// seedDoc reads the shared seed page, skipping when it is absent.
func seedDoc(t testing.TB) *doc.Document {
	t.Helper()
	return readDoc(t, testtool.Seed(t))
}

// writePDF renders d with opts and returns the bytes and the writer.
func writePDF(t testing.TB, d *doc.Document, opts ...Option) ([]byte, *Writer) {
	t.Helper()
	w := New(opts...)
	var buf bytes.Buffer
	if err := w.Write(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), w
}
