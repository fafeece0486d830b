package pdf

import (
	"context"
	"io"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
	"github.com/paiban/paiban/layout"
)

// BenchmarkPDF measures seed → PDF bytes in process (fonts already parsed
// by package fonts; fpdf still parses what it embeds).
func BenchmarkPDF(b *testing.B) { benchWrite(b, New()) }

// BenchmarkNewspaperPage measures the seed made up as one A3 newspaper
// page, with nameplate and folio, to PDF bytes in process (the whole
// process is timed by make bench; the goal there is under 100 ms).
func BenchmarkNewspaperPage(b *testing.B) {
	benchWrite(b, New(WithPaper("A3"), WithLayout(LayoutNewspaper), WithMasthead("湖南日报")))
}

// benchWrite measures w writing the seed to PDF bytes, after one write
// outside the timer (fonts and caches warm).
func benchWrite(b *testing.B, w *Writer) {
	d := testdoc.Seed(b)
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

// BenchmarkMakeup measures the newspaper make-up alone (layout, planning
// and geometry) of the seed on A3.
func BenchmarkMakeup(b *testing.B) {
	d := testdoc.Seed(b)
	cfg, err := New(WithPaper("A3"), WithLayout(LayoutNewspaper)).config()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		bl, _ := prepare(cfg, d, layout.Break)
		bl.build(d)
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

// BenchmarkPDFBatch writes the one-page samples one after another in one
// process through Writers sharing a Cache, as a batch conversion does (the
// per-document cost: make bench's batch goal is 100 files a second on one
// job); run with -benchmem. ns/op is per document.
func BenchmarkPDFBatch(b *testing.B) {
	var docs []*doc.Document
	for _, name := range []string{"metro-line4", "commentary", "ja-kobe-jazz", "ko-busan", "hk-mingpao", "briefs-page2"} {
		docs = append(docs, testdoc.Read(b, testtool.RepoRoot()+"/samples/"+name+".txt"))
	}
	c := NewCache()
	i := 0
	cpu := cpuTime()
	for b.Loop() {
		if err := New(WithCache(c)).Write(context.Background(), io.Discard, docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	reportCPU(b, cpu)
}

// cpuTime is the process's CPU time so far (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation since start (cpu-ms/op):
// on a machine shared with other work, wall time per operation (ns/op)
// counts the waits for a core too.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkPDFBatchParallel is BenchmarkPDFBatch on GOMAXPROCS goroutines
// sharing one Cache (run with -cpu 1,2): ns/op falls with more cores as
// far as the writers do not contend; cpu-ms/op should stay flat.
func BenchmarkPDFBatchParallel(b *testing.B) {
	var docs []*doc.Document
	for _, name := range []string{"metro-line4", "commentary", "ja-kobe-jazz", "ko-busan", "hk-mingpao", "briefs-page2"} {
		docs = append(docs, testdoc.Read(b, testtool.RepoRoot()+"/samples/"+name+".txt"))
	}
	c := NewCache()
	if err := New(WithCache(c)).Write(context.Background(), io.Discard, docs[0]); err != nil {
		b.Fatal(err)
	}
	var next atomic.Int64
	cpu := cpuTime()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := int(next.Add(1))
			if err := New(WithCache(c)).Write(context.Background(), io.Discard, docs[i%len(docs)]); err != nil {
				b.Error(err)
				return
			}
		}
	})
	reportCPU(b, cpu)
}
