package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFOFastWriterLosesNothing: a writer that opens a named input the
// moment paiban opens it, writes a page and closes at once (a script's
// `printf … > fifo`) is read whole. paiban once probed the pipe with a
// non-blocking open, closed the probe and opened it again: a writer that
// had written and closed within the probe's lifetime was gone with its
// data, and the second open waited for a writer that never came.
func TestFIFOFastWriterLosesNothing(t *testing.T) {
	d := t.TempDir()
	fifo := mkfifo(t, filepath.Join(d, "wire.txt"))
	p := startPaiban(t, d, nil, nil, "convert", "--to", "json", "-o", "wire.json", "wire.txt")
	// The writer opens without blocking, which succeeds as soon as a
	// reader has the pipe open (ENXIO until then): it meets paiban's
	// first open, however briefly that lasts.
	wrote := make(chan error, 1)
	go func() {
		deadline := time.Now().Add(limit)
		for {
			fd, err := syscall.Open(fifo, syscall.O_WRONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
			if err == nil {
				_, err = syscall.Write(fd, []byte(page))
				syscall.Close(fd)
				wrote <- err
				return
			}
			if !errors.Is(err, syscall.ENXIO) || time.Now().After(deadline) {
				wrote <- err
				return
			}
		}
	}()
	// A hang is the failure looked for; a page converts in far less.
	code := p.wait(time.Minute)
	if err := <-wrote; err != nil {
		t.Fatalf("writer: %v", err)
	}
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, p.stderr.String())
	}
	b, err := os.ReadFile(filepath.Join(d, "wire.json"))
	if err != nil || !strings.Contains(string(b), "地铁四号线北延段今日通车") || !strings.Contains(string(b), "新线全长八点六公里") {
		t.Errorf("output lacks the page: %v\n%.300s", err, b)
	}
}

// TestFIFOWriterThatComesLate: a named input whose writer comes only
// after a while is waited for (as `cat fifo` waits) and read whole; a
// writer that opens and closes without writing gives an empty input,
// which is refused with a message, never a hang.
func TestFIFOWriterThatComesLate(t *testing.T) {
	d := t.TempDir()
	fifo := mkfifo(t, filepath.Join(d, "late.txt"))
	p := startPaiban(t, d, nil, nil, "convert", "--to", "json", "-o", "late.json", "late.txt")
	if !p.running(300 * time.Millisecond) {
		t.Fatalf("did not wait for the writer: %s", p.stderr.String())
	}
	w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.WriteString(page)
	w.Close()
	if code := p.wait(time.Minute); code != 0 {
		t.Fatalf("exit %d\n%s", code, p.stderr.String())
	}
	if b, _ := os.ReadFile(filepath.Join(d, "late.json")); !strings.Contains(string(b), "新线全长八点六公里") {
		t.Errorf("output lacks the page: %.300s", b)
	}

	fifo = mkfifo(t, filepath.Join(d, "none.txt"))
	p = startPaiban(t, d, nil, nil, "convert", "--to", "json", "-o", "none.json", "none.txt")
	w, err = os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if code := p.wait(time.Minute); code != 1 || !strings.Contains(p.stderr.String(), "none.txt") {
		t.Errorf("empty pipe: exit %d, want 1 and a message naming it\n%s", code, p.stderr.String())
	}
}
