package newstext

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/internal/testtool"
)

// benchPage returns the seed page, or the case files when it is absent.
func benchPage(b *testing.B) []byte {
	p := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt")
	if data, err := os.ReadFile(p); err == nil {
		return data
	}
	var buf bytes.Buffer
	for _, s := range fuzzSeeds(b) {
		buf.Write(s)
		buf.WriteString("\n\n")
	}
	return buf.Bytes()
}

// repeatTo repeats page, separated by blank lines, to at least n bytes.
func repeatTo(page []byte, n int) []byte {
	var buf bytes.Buffer
	buf.Grow(n + len(page))
	for buf.Len() < n {
		buf.Write(page)
		buf.WriteString("\n\n")
	}
	return buf.Bytes()
}

// BenchmarkRead reads the seed page repeated to 10 MB (goal: ≥ 100 MB/s
// per core; see cpu-MB/s).
func BenchmarkRead(b *testing.B) {
	benchRead(b, repeatTo(benchPage(b), 10<<20))
}

// BenchmarkReadSamples reads make bench's "mix" corpus, the UTF-8 sample
// pages as they are (most of them unmarked: wire copy, OCR, Japanese,
// Korean), repeated to 10 MB (goal: ≥ 100 MB/s per core, as for the seed).
func BenchmarkReadSamples(b *testing.B) {
	benchRead(b, repeatTo(samplesMix(b), 10<<20))
}

// samplesMix returns the UTF-8 pages of samples/ joined as scripts/bench.py
// joins its "mix" corpus: BOM and CRLF dropped, trimmed, a blank line after
// each.
func samplesMix(b *testing.B) []byte {
	files, err := filepath.Glob(filepath.Join(testtool.RepoRoot(), "samples", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no sample pages: %v", err)
	}
	var buf bytes.Buffer
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if !utf8.Valid(raw) {
			continue // GB18030 and Big5: one encoding per corpus
		}
		raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
		buf.Write(bytes.TrimSpace(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))))
		buf.WriteString("\n\n")
	}
	return buf.Bytes()
}

// benchRead times reading data, reporting bytes per second of wall time
// (MB/s) and of the CPU time the process spent (cpu-MB/s: the speed per
// core, which holds on a machine other work shares, where wall time does
// not).
func benchRead(b *testing.B, data []byte) {
	r := New()
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := r.Read(ctx, bytes.NewReader(data), "bench"); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(data))*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// BenchmarkWrite writes the tree of the 10 MB page.
func BenchmarkWrite(b *testing.B) {
	data := repeatTo(benchPage(b), 10<<20)
	d, err := New().Read(context.Background(), bytes.NewReader(data), "bench")
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := NewWriter().Write(context.Background(), &buf, d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestHugeLine reads a 5 MB input with no line break. The work is linear:
// one block, one paragraph, no per-rune allocation (memory ≈ a few copies
// of the input).
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	line := strings.Repeat("改革开放，", 5<<20/len("改革开放，"))
	d := mustRead(t, line)
	if len(d.Articles) != 1 || len(d.Articles[0].Children) != 1 || len(d.Articles[0].Children[0].Text) != len(line) {
		t.Fatalf("5 MB line: got %d articles", len(d.Articles))
	}
	// A long line of Latin words and brackets exercises the bracket scans.
	line2 := strings.Repeat("word （x） ", 5<<20/len("word （x） "))
	if d := mustRead(t, line2); len(d.Articles) != 1 {
		t.Fatalf("5 MB bracket line: %d articles", len(d.Articles))
	}
}

// TestManyHeadlines reads 50,000 articles: one pass to split, one to find
// headlines, one per article — linear in the input.
func TestManyHeadlines(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	var b strings.Builder
	for i := 0; i < 50000; i++ {
		b.WriteString("引题\n# 标题\n\n正文。\n\n")
	}
	d := mustRead(t, b.String())
	if len(d.Articles) != 50000 {
		t.Fatalf("got %d articles, want 50000", len(d.Articles))
	}
	for _, a := range d.Articles[:3] {
		if len(a.Children) != 3 || a.Headline() != "标题" {
			t.Fatalf("article = %s", outline(&docT{Articles: a.Children}, false))
		}
	}
	// And 50,000 headlines with nothing between them.
	d = mustRead(t, strings.Repeat("# 标题\n", 50000))
	if len(d.Articles) != 50000 {
		t.Fatalf("got %d articles, want 50000", len(d.Articles))
	}
}

// TestPathological reads inputs built to defeat a careless parser: every
// case must stay linear (they finish in well under a second).
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	tests := []struct {
		name string
		in   string
		want func(*testing.T, *docT)
	}{
		{"100k blocks joined into one paragraph", strings.Repeat("张，\n\n", 100000), func(t *testing.T, d *docT) {
			if n := len(d.Articles[0].Children); n != 1 {
				t.Errorf("%d nodes, want one joined paragraph", n)
			}
		}},
		{"1 MB of leading jump lines", strings.Repeat("（上接第1版）", 1<<20/len("（上接第1版）")) + "正文。", nil},
		{"1 MB of trailing jump lines", "正文" + strings.Repeat("（下转第2版）", 1<<20/len("（下转第2版）")), nil},
		{"1 MB of datelines", strings.Repeat("本报讯", 1<<20/len("本报讯")), nil},
		{"1 MB of brackets", strings.Repeat("（", 1<<19) + strings.Repeat("）", 1<<19), nil},
		{"100k kicker lines", strings.Repeat("引题\n", 100000) + "# 标题", nil},
		{"100k short lines in one block", strings.Repeat("短\n", 100000), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.in)
			checkNothingLost(t, []byte(tt.in), d)
			if tt.want != nil {
				tt.want(t, d)
			}
		})
	}
}

// BenchmarkReadCorpus reads the file named by PAIBAN_CORPUS (such as
// scripts/bench.sh's 10 MB mix of samples), else it skips: the reader on
// mixed languages, not only the seed page.
func BenchmarkReadCorpus(b *testing.B) {
	data, err := os.ReadFile(os.Getenv("PAIBAN_CORPUS"))
	if err != nil {
		b.Skip("PAIBAN_CORPUS not set or unreadable")
	}
	benchRead(b, data)
}
