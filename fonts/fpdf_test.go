package fonts

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

var keepPDF = flag.String("keep-pdf", "", "write the test PDFs to this directory")

// pdfWith checks that fpdf, the PDF writer's library, accepts the font
// bytes and embeds them when drawing text.
func pdfWith(t *testing.T, data []byte, text string) []byte {
	t.Helper()
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(false)
	p.AddUTF8FontFromBytes("f", "", data)
	p.AddPage()
	p.SetFont("f", "", 12)
	p.Text(20, 20, text)
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatalf("fpdf output: %v", err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("/FontFile2")) {
		t.Fatalf("fpdf embedded no TrueType font program")
	}
	return buf.Bytes()
}

func TestEmbeddedFontsWorkInFPDF(t *testing.T) {
	for _, load := range []func() (*Face, error){Body, Heading} {
		f, err := load()
		if err != nil {
			t.Fatal(err)
		}
		t.Run(f.Name(), func(t *testing.T) {
			pdf := pdfWith(t, f.Data(), "排版：永和九年，歲在癸丑。あア한글〓ABC")
			if *keepPDF != "" {
				if err := os.WriteFile(filepath.Join(*keepPDF, f.Name()+".pdf"), pdf, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFPDFFullBody measures fpdf parsing and cutting the whole
// 20,000-glyph body face for one line of text.
func BenchmarkFPDFFullBody(b *testing.B) {
	f := mustBody(b)
	for b.Loop() {
		benchPDF(b, f.Data())
	}
}

// BenchmarkFPDFSubsetBody is the same with the face subset first (Subset,
// then fpdf): what a writer that knows its text up front can do.
func BenchmarkFPDFSubsetBody(b *testing.B) {
	f := mustBody(b)
	const text = "排版：永和九年，歲在癸丑。暮春之初，會于會稽山陰之蘭亭，脩稧事也。"
	for b.Loop() {
		data, err := Subset(f, []rune(text))
		if err != nil {
			b.Fatal(err)
		}
		benchPDF(b, data)
	}
}

func benchPDF(b *testing.B, data []byte) {
	p := fpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes("f", "", data)
	p.AddPage()
	p.SetFont("f", "", 12)
	p.Text(20, 20, "排版：永和九年，歲在癸丑。暮春之初，會于會稽山陰之蘭亭，脩稧事也。")
	if err := p.Output(io.Discard); err != nil {
		b.Fatal(err)
	}
}
