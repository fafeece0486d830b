package convert_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/pdf"
)

// heapObjects is the metric peakHeap samples: bytes of heap objects, live
// or not yet swept.
const heapObjects = "/memory/classes/heap/objects:bytes"

// peakHeap runs f and returns the most heap it held above what was live
// before, sampled every 200µs with runtime/metrics while the collector
// runs often (GOGC=25), so that garbage does not pass for use.
func peakHeap(f func()) uint64 {
	old := debug.SetGCPercent(25)
	defer debug.SetGCPercent(old)
	runtime.GC()
	sample := []metrics.Sample{{Name: heapObjects}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		s := []metrics.Sample{{Name: heapObjects}}
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-time.After(200 * time.Microsecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	metrics.Read(sample)
	p := max(peak.Load(), sample[0].Value.Uint64())
	if p < base {
		return 0
	}
	return p - base
}

// memoryShapes are the pathological shapes of issue 16, scaled to run in
// a test: one huge paragraph, one huge headline, very many tiny articles
// (120,000 one-line headlines: their per-article overhead once took every
// writer but json and txt past the bound), a large page.
func memoryShapes(t *testing.T) []struct {
	name   string
	d      *doc.Document
	size   int  // bytes of text in the tree
	makeup bool // newspaper make-up can set it (a 1 MB headline is refused)
} {
	para := strings.Repeat("长沙地铁开通运营，", 2_000_000/9) // 2 million characters, 6 MB
	huge := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "一段极长的正文"}, {Kind: doc.KindParagraph, Text: para}}}}}
	headline := strings.Repeat("长沙地铁四号线开通运营 ", 1<<20/34) // 1 MB
	runaway := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: headline}, {Kind: doc.KindParagraph, Text: "正文。"}}}}}
	var heads strings.Builder
	for i := range tinyArticles {
		fmt.Fprintf(&heads, "# 第%d条新闻标题\n\n", i)
	}
	ctx := context.Background()
	many, err := convert.Read(ctx, strings.NewReader(heads.String()), convert.Options{Name: "heads.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	for page.Len() < 4<<20 {
		for _, name := range []string{"metro-line4.txt", "crlf-county.txt", "noise-page3.txt"} {
			if b, err := os.ReadFile("../samples/" + name); err == nil {
				page.Write(b)
				page.WriteString("\n\n")
			}
		}
		if page.Len() == 0 {
			t.Skip("no samples")
		}
	}
	large, err := convert.Read(ctx, bytes.NewReader(page.Bytes()), convert.Options{Name: "large.txt"})
	if err != nil {
		t.Fatal(err)
	}
	return []struct {
		name   string
		d      *doc.Document
		size   int
		makeup bool
	}{
		{"one 2-million-character paragraph", huge, len(para), true},
		{"one 1 MB headline", runaway, len(headline), false},
		{fmt.Sprintf("%d one-line headlines", tinyArticles), many, heads.Len(), true},
		{"4 MB page", large, page.Len(), true},
	}
}

// tinyArticles is the number of one-line headlines of memoryShapes.
const tinyArticles = 120_000

// memoryWriters are the writers TestWriterMemoryBounded measures: every
// format with its defaults (PDF: A4, flowed), and PDF made up as a
// newspaper on A3.
func memoryWriters(reg *convert.Registry) []struct {
	name, format string
	o            convert.Options
} {
	var ws []struct {
		name, format string
		o            convert.Options
	}
	for _, f := range reg.Writable() {
		ws = append(ws, struct {
			name, format string
			o            convert.Options
		}{f, f, convert.Options{}})
	}
	news := convert.Options{Paper: "A3"}
	news.With = append(news.With, pdf.WithLayout(pdf.LayoutNewspaper))
	return append(ws, struct {
		name, format string
		o            convert.Options
	}{"pdf-newspaper", "pdf", news})
}

// TestWriterMemoryBounded: every writer's peak heap stays within
// memFixed plus memPerByte times the text it is given, for the
// pathological shapes (README, "Memory").
func TestWriterMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	reg := convert.Default()
	for _, sh := range memoryShapes(t) {
		for _, w := range memoryWriters(reg) {
			if w.o.Paper != "" && !sh.makeup {
				continue
			}
			t.Run(sh.name+"/"+w.name, func(t *testing.T) {
				var err error
				peak := peakHeap(func() {
					err = reg.Write(context.Background(), io.Discard, sh.d, w.format, w.o)
				})
				if err != nil {
					t.Fatal(err)
				}
				limit := memFixed + memPerByte*uint64(sh.size)
				t.Logf("peak heap %.1f MB for %.1f MB of text (%.1f×)", float64(peak)/1e6, float64(sh.size)/1e6, float64(peak)/float64(sh.size))
				if peak > limit {
					t.Errorf("peak heap %d bytes, more than %d + %d × %d", peak, memFixed, memPerByte, sh.size)
				}
			})
		}
	}
}

// The memory bound of every writer (README): a fixed part (fonts, the
// EPUB frame, buffers) and a small multiple of the text. PDF included: it
// breaks a paragraph a line at a time (layout.Breaker.Start) and holds a
// page's lines, not a paragraph's placed glyphs.
const (
	memFixed   = 64 << 20
	memPerByte = 8
)
