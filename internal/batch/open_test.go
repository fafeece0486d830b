package batch

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterruptible: a read blocked on a pipe that sends nothing returns
// the context's error as soon as the context ends, and data read before
// is whole.
func TestInterruptible(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	w.WriteString("开头")
	ctx, cancel := context.WithCancel(context.Background())
	in := Interruptible(ctx, r)
	buf := make([]byte, 64)
	n, err := in.Read(buf)
	if err != nil || string(buf[:n]) != "开头" {
		t.Fatalf("read %q, %v", buf[:n], err)
	}
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	if _, err := in.Read(buf); !errors.Is(err, context.Canceled) {
		t.Fatalf("blocked read ended with %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v to notice", d)
	}
	if _, err := in.Read(buf); !errors.Is(err, context.Canceled) {
		t.Errorf("read after the end: %v", err)
	}
}

// TestOpenInput: a named pipe without a writer is waited for only until
// the context ends; a directory and a socket are refused; a regular file
// tells its size.
func TestOpenInput(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "p.txt")
	os.WriteFile(p, []byte("正文"), 0o644)
	f, size, err := OpenInput(context.Background(), p)
	if err != nil || size != int64(len("正文")) {
		t.Fatalf("regular file: size %d, %v", size, err)
	}
	f.Close()
	if _, _, err := OpenInput(context.Background(), dir); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("directory: %v", err)
	}
	fifo := filepath.Join(dir, "f.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, _, err := OpenInput(ctx, fifo); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("pipe without writer: %v", err)
	}
	// With a writer, the pipe is read to its end. A second pipe: the open
	// given up above is released in the background. The test holds the
	// pipe open for reading and writing (O_RDWR never waits), so that the
	// writer is there before OpenInput looks and the pipe never lacks a
	// reader: its probe and its waiting open both find the writer at once,
	// and nothing written is lost, in whatever order things run. (A writer
	// opening on its own could meet the probe, write into the pipe and
	// find it gone, "pipe read \"\"".)
	fifo = filepath.Join(dir, "g.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := os.OpenFile(fifo, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.WriteString("管"); err != nil {
		t.Fatal(err)
	}
	rc, _, err := OpenInput(context.Background(), fifo)
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		// The rest while the pipe is being read; closing is its end.
		w.WriteString("道")
		w.Close()
	}()
	b, err := io.ReadAll(rc)
	rc.Close()
	if err != nil || string(b) != "管道" {
		t.Errorf("pipe read %q, %v", b, err)
	}
}
