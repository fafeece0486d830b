package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// write commits data to dest through Create.
func write(t *testing.T, dest, data string) {
	t.Helper()
	f, err := Create(dest, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(data); err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
}

// TestFIFOWrittenInPlace: a rename would replace the FIFO (or /dev/null,
// which a test must not risk) with a regular file and the reader would get
// nothing.
func TestFIFOWrittenInPlace(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got := make(chan string)
	go func() {
		r, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(r)
		r.Close()
		got <- string(b)
	}()
	write(t, fifo, "through the pipe")
	select {
	case s := <-got:
		if s != "through the pipe" {
			t.Errorf("reader got %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Error("the reader got nothing: the FIFO was replaced")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}
	if es := entries(t, dir); len(es) != 1 {
		t.Errorf("left behind: %v", es)
	}
}

// TestSymlinkReplaced: a link is replaced by the output, and the file it
// pointed to (perhaps an input) is left alone.
func TestSymlinkReplaced(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "input.txt")
	link := filepath.Join(dir, "out.json")
	write(t, target, "the input")
	if err := os.Symlink("input.txt", link); err != nil {
		t.Skip(err)
	}
	write(t, link, "new")
	if fi, err := os.Lstat(link); err != nil || !fi.Mode().IsRegular() {
		t.Fatalf("link not replaced by a file: %v", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "the input" {
		t.Errorf("written through the link: the target holds %q", b)
	}
	if b, _ := os.ReadFile(link); string(b) != "new" {
		t.Errorf("output holds %q", b)
	}
}

// TestModeKept: replacing a 0640 file must not widen it to 0644.
func TestModeKept(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "out.json")
	write(t, dest, "a")
	if err := os.Chmod(dest, 0o640); err != nil {
		t.Fatal(err)
	}
	write(t, dest, "b")
	if fi, err := os.Stat(dest); err != nil || fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", fi.Mode().Perm())
	}
}

func TestDirectoryRefused(t *testing.T) {
	if _, err := Create(t.TempDir(), 0o644); err == nil {
		t.Error("a directory accepted as output")
	}
}
