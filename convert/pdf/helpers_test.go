package pdf

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/convert/doc"

	"github.com/paiban/paiban/fonts"
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

// savePDF writes out as name in the test's temporary directory (or in
// -keep-pdf DIR) for the command-line tools, and returns its path.
func savePDF(t testing.TB, name string, out []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if *keep != "" {
		path = filepath.Join(*keep, name)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// extract runs pdftotext on path with the extra arguments, as UTF-8.
func extract(t testing.TB, pdftotext, path string, args ...string) string {
	t.Helper()
	args = append(append([]string{"-enc", "UTF-8"}, args...), path, "-")
	text, err := exec.Command(pdftotext, args...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(text)
}

// embedded returns the embedded body and heading faces.
func embedded(t testing.TB) (body, heading *fonts.Face) {
	t.Helper()
	body, err := fonts.Body()
	if err != nil {
		t.Fatal(err)
	}
	heading, err = fonts.Heading()
	if err != nil {
		t.Fatal(err)
	}
	return body, heading
}
