package batch

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"testing"
)

func TestAsyncWriterKeepsOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var want bytes.Buffer
	var got bytes.Buffer
	a := newAsyncWriter(&got)
	for range 2000 {
		p := make([]byte, rng.IntN(3*asyncBuffer/100))
		for i := range p {
			p[i] = byte(rng.Uint32())
		}
		if rng.IntN(50) == 0 {
			p = make([]byte, asyncBuffer+rng.IntN(asyncBuffer)) // larger than a buffer
			p[0], p[len(p)-1] = 1, 2
		}
		want.Write(p)
		if n, err := a.Write(p); n != len(p) || err != nil {
			t.Fatalf("Write: %d, %v", n, err)
		}
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("%d bytes written, want %d, or out of order", got.Len(), want.Len())
	}
}

type failAfter struct{ n int }

var errDiskFull = errors.New("disk full")

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errDiskFull
	}
	f.n--
	return len(p), nil
}

func TestAsyncWriterReportsError(t *testing.T) {
	a := newAsyncWriter(&failAfter{n: 1})
	chunk := make([]byte, asyncBuffer)
	var err error
	for i := 0; i < 10 && err == nil; i++ {
		_, err = a.Write(chunk)
	}
	if cerr := a.Close(); !errors.Is(cerr, errDiskFull) {
		t.Errorf("Close: %v, want %v", cerr, errDiskFull)
	}
	if err != nil && !errors.Is(err, errDiskFull) {
		t.Errorf("Write: %v", err)
	}
}

// TestAsyncWriterCloseAtOnce closes writers before their goroutine may
// have started, as a cancelled conversion does.
func TestAsyncWriterCloseAtOnce(t *testing.T) {
	for range 1000 {
		if err := newAsyncWriter(&bytes.Buffer{}).Close(); err != nil {
			t.Fatal(err)
		}
	}
}

type countingWriter struct {
	bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

// TestAsyncWriterSmallOutput: an output that fits one buffer is written
// by Close in one write, with no goroutine started.
func TestAsyncWriterSmallOutput(t *testing.T) {
	var w countingWriter
	a := newAsyncWriter(&w)
	for i := range 100 {
		a.Write([]byte{byte(i)})
	}
	if w.writes != 0 {
		t.Fatalf("%d writes before Close", w.writes)
	}
	if a.full != nil {
		t.Error("a goroutine was started for 100 bytes")
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if w.writes != 1 || w.Len() != 100 {
		t.Errorf("Close made %d writes of %d bytes, want 1 of 100", w.writes, w.Len())
	}
	if testing.AllocsPerRun(100, func() {
		a := newAsyncWriter(io.Discard)
		a.Write(make([]byte, 1000))
		a.Close()
	}) > 3 {
		t.Error("a small output allocates its buffer anew each time")
	}
}
