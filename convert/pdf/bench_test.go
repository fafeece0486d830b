package pdf

import (
	"context"
	"io"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/layout"
)

// BenchmarkPDF measures seed → PDF bytes in process (fonts already parsed
// by package fonts; fpdf still parses what it embeds).
func BenchmarkPDF(b *testing.B) {
	d := testdoc.Seed(b)
	w := New()
	if err := w.Write(context.Background(), io.Discard, d); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := w.Write(context.Background(), io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuild measures the page builder alone (layout and geometry).
func BenchmarkBuild(b *testing.B) {
	d := testdoc.Seed(b)
	w := New()
	cfg, err := w.config()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		bl, _ := prepare(cfg, d, layout.Break)
		bl.build(d)
	}
}

// BenchmarkFpdfFontParse measures what fpdf costs per document for each
// embedded face: AddUTF8FontFromBytes parses the whole TrueType file.
func BenchmarkFpdfFontParse(b *testing.B) {
	f, err := fonts.Body()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		p := fpdf.New("P", "pt", "A4", "")
		p.AddUTF8FontFromBytes("x", "", f.Data())
	}
}
