package pdf

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"runtime"
	"runtime/metrics"
	"strconv"
	"testing"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
	"github.com/paiban/paiban/layout"
)

// TestContentMatchesFpdf draws the same operations with fpdf and with
// content, over two pages, and compares the page streams byte for byte: the
// page writer puts content's streams where fpdf's would be, so the two must
// agree, state carried across pages included.
func TestContentMatchesFpdf(t *testing.T) {
	body, _ := embedded(t)
	const w, h = 300.0, 400.0
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: w, Ht: h}})
	f.SetCompression(false)
	f.AddUTF8FontFromBytes("qa+body", "", body.Data())
	c := newContent(h)
	id := ""
	// Text whose UTF-16 bytes hold \, (, ) and a carriage return (U+5C28
	// is 5C 28; U+290D is 29 0D), and a plain ASCII run.
	texts := []string{"新闻\u5c28\u290d", "(a\\b)", "版面"}
	draw := func(page int) {
		f.AddPage()
		c.beginPage()
		f.SetFont("qa+body", "", 10.5)
		if page == 0 {
			id = fontID(t, f)
		}
		c.setFont(id, 10.5)
		f.SetLineCapStyle("butt")
		c.SetLineCapStyle("butt")
		for _, v := range []int{224, 110} {
			f.SetFillColor(v, v, v)
			c.SetFillColor(v, v, v)
			f.Rect(10.25, 20.125, 100, 0, "F")
			c.Rect(10.25, 20.125, 100, 0, "F")
			f.SetDrawColor(v, 0, 0)
			c.SetDrawColor(v, 0, 0)
			f.SetLineWidth(0.3)
			c.SetLineWidth(0.3)
			f.Line(1, 2, 3.333, 4.005)
			c.Line(1, 2, 3.333, 4.005)
			f.Rect(5, 6, 7, 8, "D")
			c.Rect(5, 6, 7, 8, "D")
		}
		for i, s := range texts {
			f.SetTextColor(85*i, 85*i, 85*i)
			c.SetTextColor(85*i, 85*i, 85*i)
			f.Text(12.345, 300.5+float64(i), s)
			c.Text(12.345, 300.5+float64(i), s)
		}
		f.MoveTo(1, 1)
		c.MoveTo(1, 1)
		f.LineTo(2.5, 3.25)
		c.LineTo(2.5, 3.25)
		f.CurveBezierCubicTo(1.123456, 2, 3, 4, 5, 6.0000049)
		c.CurveBezierCubicTo(1.123456, 2, 3, 4, 5, 6.0000049)
		f.ClosePath()
		c.ClosePath()
		f.DrawPath("F")
		c.DrawPath("F")
		f.RawWriteStr("0 Tr")
		c.RawWriteStr("0 Tr")
		f.SetFont("qa+body", "", 9)
		c.setFont(id, 9) // carried to the next page's start
	}
	var got [][]byte
	for p := range 2 {
		draw(p)
		got = append(got, append([]byte(nil), c.bytes()...))
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	for p := range 2 {
		want := streamOf(t, buf.Bytes(), 4+2*p)
		if !bytes.Equal(got[p], want) {
			t.Errorf("page %d:\ncontent: %q\nfpdf:    %q", p+1, got[p], want)
		}
	}
}

// fontID reads the resource name fpdf gives the current font, from a
// template drawn with it.
func fontID(t *testing.T, f *fpdf.Fpdf) string {
	t.Helper()
	tpl := f.CreateTemplate(func(tp *fpdf.Tpl) { tp.SetFont("qa+body", "", 10) })
	m := regexp.MustCompile(`BT /F(\w+) `).FindSubmatch(tpl.Bytes())
	if m == nil {
		t.Fatalf("no font in %q", tpl.Bytes())
	}
	return string(m[1])
}

// streamOf returns the uncompressed stream of object n in pdf.
func streamOf(t *testing.T, pdf []byte, n int) []byte {
	t.Helper()
	re := regexp.MustCompile(`(?s)\n` + strconv.Itoa(n) + ` 0 obj\n<</Length (\d+)>>\nstream\n`)
	m := re.FindSubmatchIndex(pdf)
	if m == nil {
		t.Fatalf("object %d not found", n)
	}
	l, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
	return pdf[m[1] : m[1]+l]
}

// longDoc repeats the articles of a sample until the document fills at
// least pages pages.
func longDoc(t testing.TB, pages int) *doc.Document {
	t.Helper()
	d := testdoc.Read(t, testtool.RepoRoot()+"/samples/metro-line4.txt")
	for n := countPages(t, d); n < pages; n = countPages(t, d) {
		arts := d.Articles
		for range pages / n {
			d.Articles = append(d.Articles, arts...)
		}
	}
	return d
}

// countPages lays d out and counts its pages.
func countPages(t testing.TB, d *doc.Document) int {
	t.Helper()
	cfg, err := New().config()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prepare(cfg, d, layout.Break)
	return len(b.build(d))
}

// heapSampler is an io.Writer that, every few writes, collects garbage and
// records the live heap: its largest value while a document is written is
// what the writer holds on to.
type heapSampler struct {
	writes int
	peak   uint64
}

func liveHeap() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func (h *heapSampler) Write(p []byte) (int, error) {
	h.writes++
	if h.writes%2 == 1 {
		h.peak = max(h.peak, liveHeap())
	}
	return len(p), nil
}

// TestLongPDFFlatHeap writes a document of over 1000 pages and checks that
// the live heap, measured with runtime/metrics while it is written, grows
// by no more than a few pages' worth over the tree itself: laid-out pages
// are drawn, compressed and written one at a time. (Drawn the old way,
// every page's glyphs and contents were held to the end: some 150 MB for
// this document.)
func TestLongPDFFlatHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 1000-page PDF")
	}
	d := longDoc(t, 1000)
	w := New()
	before := liveHeap()
	var h heapSampler
	if err := w.Write(context.Background(), &h, d); err != nil {
		t.Fatal(err)
	}
	if h.writes < 50 {
		t.Fatalf("only %d writes: the document was not written page by page", h.writes)
	}
	grew := int64(h.peak) - int64(before)
	const bound = 24 << 20
	t.Logf("live heap %d MB before, peak %d MB while writing (%d writes)", before>>20, h.peak>>20, h.writes)
	if grew > bound {
		t.Errorf("live heap grew by %d MB while writing; want at most %d MB", grew>>20, bound>>20)
	}
}

// BenchmarkPDFLong writes a document of over 1000 pages; run with
// -benchmem. It reports the peak live heap while writing (peak-MB).
func BenchmarkPDFLong(b *testing.B) {
	d := longDoc(b, 1000)
	w := New()
	var peak uint64
	for b.Loop() {
		var h heapSampler
		if err := w.Write(context.Background(), &h, d); err != nil {
			b.Fatal(err)
		}
		peak = max(peak, h.peak)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

// TestUTF16Hex: utf16Hex writes what utf16.Encode gives, in upper-case hex.
func TestUTF16Hex(t *testing.T) {
	for _, s := range []string{"", "新闻", "a(b)", "𠮷野家", "\uFFFD", string([]byte{0xff})} {
		want := "<FEFF"
		for _, u := range utf16.Encode([]rune(s)) {
			want += fmt.Sprintf("%04X", u)
		}
		if got := utf16Hex(s); got != want+">" {
			t.Errorf("utf16Hex(%q) = %s; want %s>", s, got, want)
		}
	}
}
