package pdf

import (
	"bytes"
	"context"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

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
