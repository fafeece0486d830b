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
// tells its size; a pipe is read from its writer's first byte to its
// close, also when the writer came, wrote and left before the first read.
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
	rc, size, err := OpenInput(ctx, fifo)
	if err != nil || size != -1 {
		t.Fatalf("pipe: size %d, %v", size, err)
	}
	if b, err := io.ReadAll(rc); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("pipe without writer: read %q, %v", b, err)
	}
	rc.Close()

	// A writer that comes after the open, writes in two parts and closes.
	rc, _, err = OpenInput(context.Background(), fifo)
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		w.WriteString("管")
		time.Sleep(20 * time.Millisecond)
		w.WriteString("道")
		w.Close()
	}()
	if b, err := io.ReadAll(rc); err != nil || string(b) != "管道" {
		t.Errorf("pipe read %q, %v", b, err)
	}
	rc.Close()

	// A writer that wrote and closed before the first read: the data
	// stays in the pipe, which the open holds.
	rc, _, err = OpenInput(context.Background(), fifo)
	if err != nil {
		t.Fatal(err)
	}
	w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.WriteString("快写")
	w.Close()
	if b, err := io.ReadAll(rc); err != nil || string(b) != "快写" {
		t.Errorf("pipe written before the read: %q, %v", b, err)
	}
	rc.Close()

	// A writer that opens and closes without writing: an empty input.
	rc, _, err = OpenInput(context.Background(), fifo)
	if err != nil {
		t.Fatal(err)
	}
	w, err = os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if b, err := io.ReadAll(rc); err != nil || len(b) != 0 {
		t.Errorf("pipe closed unwritten: %q, %v", b, err)
	}
	rc.Close()
}
