package bulletin

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/newstext"
	"github.com/paiban/paiban/internal/testtool"
)

// benchDoc reads the seed page repeated 1000 times, as make bench's
// "seed 1000×" input (8.9 MB of Chinese text), else the samples.
func benchDoc(b *testing.B) (*doc.Document, int) {
	var page []byte
	if data, err := os.ReadFile(filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt")); err == nil {
		page = append(bytes.TrimSpace(data), "\n\n"...)
	} else {
		b.Skip("no seed page")
	}
	data := bytes.Repeat(page, 1000)
	d, err := newstext.New().ParseBytes(context.Background(), data, "seed1000.txt")
	if err != nil {
		b.Fatal(err)
	}
	return d, len(data)
}

// BenchmarkWrite writes the seed page repeated 1000 times as a bulletin,
// reporting the CPU time per document (cpu-ms/op): on a machine other work
// shares, wall time counts the waits for a core too. With -cpu 1,2 it
// also shows how well the writer's goroutines use a second core.
func BenchmarkWrite(b *testing.B) {
	d, size := benchDoc(b)
	w := New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if err := w.Write(context.Background(), io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// cpuTime is the CPU time (user and system) the process has spent.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
