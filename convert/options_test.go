package convert

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rivo/uniseg"

	"github.com/paiban/paiban/convert/bulletin"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/pdf"
	"github.com/paiban/paiban/fonts"
)

const metroLine4 = "../samples/metro-line4.txt"

// convertFile converts the file at path with o and returns the output.
func convertFile(t *testing.T, path string, o Options) []byte {
	t.Helper()
	in, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	o.Name = filepath.Base(path)
	var out bytes.Buffer
	if err := Convert(context.Background(), bytes.NewReader(in), &out, o); err != nil {
		t.Fatalf("Convert(%s to %s): %v", path, o.To, err)
	}
	return out.Bytes()
}

// zipFile returns the named entry of a zip archive.
func zipFile(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("no %s in the archive", name)
	return nil
}

// TestTitleReachesPDF checks that Options.Title is the PDF's title, as its
// documentation says (the writer used the first headline whatever it was
// given).
func TestTitleReachesPDF(t *testing.T) {
	title := "八月二十九日 要闻"
	plain := convertFile(t, metroLine4, Options{To: "pdf"})
	titled := convertFile(t, metroLine4, Options{To: "pdf", Title: title})
	// fpdf writes the title as UTF-16BE with a byte order mark, in a
	// literal string; compression leaves the information dictionary alone.
	want := utf16be(title)
	if bytes.Contains(plain, want) || !bytes.Contains(titled, want) {
		t.Errorf("Title %q: in the untitled PDF %v, in the titled %v; want only the titled", title,
			bytes.Contains(plain, want), bytes.Contains(titled, want))
	}
}

func utf16be(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

// TestEmbedUserFont checks that an EPUB with EmbedFont embeds the user's
// FontBody rather than the default face, with the font's own notice as
// its licence file.
func TestEmbedUserFont(t *testing.T) {
	user := "../fonts/data/PaibanSansSC-Bold.ttf"
	book := convertFile(t, metroLine4, Options{To: "epub", EmbedFont: true, FontBody: user})
	path := filepath.Join(t.TempDir(), "embedded.ttf")
	if err := os.WriteFile(path, zipFile(t, book, "EPUB/fonts/body.ttf"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := fonts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := fonts.Load(user)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name() != want.Name() {
		t.Errorf("embedded font %s, want the user's %s", got.Name(), want.Name())
	}
	notice := string(zipFile(t, book, "EPUB/fonts/LICENSE.txt"))
	if !strings.Contains(notice, "Open Font License") {
		t.Errorf("licence file %q holds no licence", notice)
	}
	if opf := string(zipFile(t, book, "EPUB/package.opf")); !strings.Contains(opf, `href="fonts/LICENSE.txt"`) {
		t.Errorf("package lists no licence file:\n%s", opf)
	}
}

// TestWithReachesWriters checks that Options.With reaches the built-in
// writers: a PDF option the registry has no field for changes the PDF, and
// a bad one is an *OptionError before anything is read.
func TestWithReachesWriters(t *testing.T) {
	plain := convertFile(t, metroLine4, Options{To: "pdf"})
	small := convertFile(t, metroLine4, Options{To: "pdf", With: []any{pdf.WithBodySize(9)}})
	if bytes.Equal(plain, small) {
		t.Errorf("pdf.WithBodySize(9) in Options.With changed nothing")
	}
	err := Default().CheckOptions("pdf", Options{With: []any{pdf.WithBodySize(100)}})
	var oe *OptionError
	if !errors.As(err, &oe) || !strings.Contains(err.Error(), "body size") {
		t.Errorf("pdf.WithBodySize(100): err = %v, want an *OptionError about the body size", err)
	}
	txt := convertFile(t, metroLine4, Options{To: "txt", With: []any{bulletin.WithWidth(30), pdf.WithBodySize(100)}})
	for _, l := range strings.Split(string(txt), "\n") {
		if w := uniseg.StringWidth(l); w > 30 {
			t.Fatalf("bulletin.WithWidth(30) in Options.With: a line of %d columns: %s", w, l)
		}
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestErrorsDoNotStutter checks that an error says each thing once: a
// failing output is "write: epub: disk full", not "write: epub: write: …",
// and a bad option "pdf writer: columns 7 …", not "pdf writer: pdf: …".
func TestErrorsDoNotStutter(t *testing.T) {
	d, err := Read(context.Background(), strings.NewReader("# 标题\n\n正文。\n"), Options{Name: "a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Default().Writable() {
		err := Write(context.Background(), failWriter{}, d, f, Options{})
		var ioe *IOError
		if !errors.As(err, &ioe) {
			t.Errorf("%s: err = %v, want an *IOError", f, err)
			continue
		}
		if msg := err.Error(); strings.Count(msg, "write") != 1 || strings.Count(msg, "disk full") != 1 {
			t.Errorf("%s: %q says write more than once", f, msg)
		}
	}
	err = Default().CheckOptions("pdf", Options{Columns: 7})
	if want := "pdf writer: columns 7 out of range 1–4"; err == nil || err.Error() != want {
		t.Errorf("columns 7: %v, want %s", err, want)
	}
}

// TestJSONOnStdinDetected checks that an unnamed input holding a JSON tree
// is read as JSON, not typeset as newspaper text, and that text that only
// mentions JSON is not.
func TestJSONOnStdinDetected(t *testing.T) {
	tree := `{
  "type": "document",
  "version": 1,
  "lang": "zh-Hans",
  "children": [{"type": "article", "children": [{"type": "headline", "text": "新线通车"}]}]
}`
	for _, name := range []string{"", "-", "stdin"} {
		d, err := Read(context.Background(), strings.NewReader(tree), Options{Name: name})
		if err != nil {
			t.Fatalf("%q: %v", name, err)
		}
		if d.Title() != "新线通车" {
			t.Errorf("%q: title %q: the tree was not read as JSON", name, d.Title())
		}
	}
	d, err := Read(context.Background(), strings.NewReader(`{"version": 1, "type": "document"}`+"\n"), Options{Name: "-"})
	if err != nil || len(d.Articles) != 0 {
		t.Errorf("compact tree with version first: %v, %d articles", err, len(d.Articles))
	}
	d, err = Read(context.Background(), strings.NewReader("{\"type\": \"document\"} 是一种 JSON。\n"), Options{Name: "page.txt"})
	if err != nil || len(d.Articles) == 0 {
		t.Errorf("a .txt file is newspaper text whatever it starts with: %v", err)
	}
}

// TestEmptyFormatMeansTo checks that Write and WriteBook given no format
// write Options.To.
func TestEmptyFormatMeansTo(t *testing.T) {
	d, err := Read(context.Background(), strings.NewReader("# 标题\n\n正文。\n"), Options{Name: "a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var txt, book bytes.Buffer
	if err := Write(context.Background(), &txt, d, "", Options{To: "txt"}); err != nil || !strings.HasPrefix(txt.String(), "标题\n====") {
		t.Errorf("Write: %v %q", err, txt.String())
	}
	if err := Default().WriteBook(context.Background(), &book, []*doc.Document{d, d}, "", Options{To: "epub"}); err != nil || !strings.HasPrefix(book.String(), "PK") {
		t.Errorf("WriteBook: %v", err)
	}
}
