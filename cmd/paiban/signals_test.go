package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// limit bounds every child run: these tests look for hangs. It is far
// above any run's time on a machine shared by many (a hang never ends).
const limit = 3 * time.Minute

func mkfifo(t *testing.T, path string) string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	return path
}

// TestFIFOInTreeIsSkipped: a named pipe found by -r is passed over with a
// warning naming it; the batch converts the rest and ends.
func TestFIFOInTreeIsSkipped(t *testing.T) {
	d := t.TempDir()
	write(t, filepath.Join(d, "in", "p.txt"), page)
	mkfifo(t, filepath.Join(d, "in", "q.txt"))
	p := startPaiban(t, d, nil, nil, "convert", "-r", "--to", "json", "--out-dir", "out", "in")
	if code := p.wait(limit); code != 0 {
		t.Fatalf("exit %d\n%s", code, p.stderr.String())
	}
	if !strings.Contains(p.stderr.String(), "q.txt: warning: skipped: a named pipe") {
		t.Errorf("no warning about the pipe: %s", p.stderr.String())
	}
	if !exists(filepath.Join(d, "out", "p.json")) {
		t.Error("p.txt was not converted")
	}
	// The same pipe matched by a glob.
	p = startPaiban(t, d, nil, nil, "convert", "--to", "json", "--out-dir", "out2", "in/*.txt")
	if code := p.wait(limit); code != 0 {
		t.Fatalf("glob: exit %d\n%s", code, p.stderr.String())
	}
}

// TestBlockedReadsStopOnSignal: a named input that is a pipe no one
// writes, a pipe that stalls after some data, and a standard input that
// never ends each block a read; SIGINT, SIGTERM and SIGHUP stop paiban
// cleanly with 130, 143 and 129, leaving no temporary file.
func TestBlockedReadsStopOnSignal(t *testing.T) {
	cases := []struct {
		name string
		sig  syscall.Signal
		code int
		// setup returns the arguments and standard input.
		setup func(t *testing.T, d string) ([]string, io.Reader)
	}{
		{"fifo without writer", syscall.SIGINT, 130, func(t *testing.T, d string) ([]string, io.Reader) {
			return []string{"convert", "--to", "json", "--out-dir", "out", "in.txt", mkfifo(t, filepath.Join(d, "x.txt"))}, nil
		}},
		{"fifo that stalls", syscall.SIGTERM, 143, func(t *testing.T, d string) ([]string, io.Reader) {
			f := mkfifo(t, filepath.Join(d, "x.txt"))
			go func() {
				w, err := os.OpenFile(f, os.O_WRONLY, 0)
				if err != nil {
					return
				}
				w.WriteString(page) // and never closes until the test ends
				t.Cleanup(func() { w.Close() })
			}()
			return []string{"convert", "--to", "json,txt", "--out-dir", "out", "in.txt", f}, nil
		}},
		{"stdin that never ends", syscall.SIGHUP, 129, func(t *testing.T, d string) ([]string, io.Reader) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { r.Close(); w.Close() })
			w.WriteString(page)
			return []string{"convert", "--to", "json", "--out-dir", "out", "in.txt", "-"}, r
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := t.TempDir()
			write(t, filepath.Join(d, "in.txt"), page)
			args, stdin := c.setup(t, d)
			p := startPaiban(t, d, stdin, nil, args...)
			// in.txt converted: paiban is running, its signals caught.
			p.waitFor(filepath.Join(d, "out", "in.json"))
			if !p.running(200 * time.Millisecond) {
				t.Fatalf("ended before the signal: %s", p.stderr.String())
			}
			p.signal(c.sig)
			if code := p.wait(limit); code != c.code || p.killed {
				t.Errorf("exit %d (killed: %v), want a clean stop and %d\n%s", code, p.killed, c.code, p.stderr.String())
			}
			noTemps(t, d)
		})
	}
}

// TestFontThatIsNotAFile: --font-body naming a pipe or a device is a usage
// error at once, never a wait or an endless read.
func TestFontThatIsNotAFile(t *testing.T) {
	d := t.TempDir()
	in := write(t, filepath.Join(d, "p.txt"), page)
	for _, font := range []string{mkfifo(t, filepath.Join(d, "font.ttf")), "/dev/zero"} {
		p := startPaiban(t, d, nil, nil, "convert", "--to", "pdf", "--font-body", font, "-o", "p.pdf", in)
		if code := p.wait(limit); code != 2 || !strings.Contains(p.stderr.String(), "not a regular file") {
			t.Errorf("--font-body %s: exit %d\n%s", font, code, p.stderr.String())
		}
	}
}

// TestSignalMidBatch: SIGINT, SIGTERM and SIGHUP in the middle of a
// batch stop it cleanly: status 128+n, no temporary file, and every output
// present whole.
func TestSignalMidBatch(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}, {syscall.SIGHUP, 129}} {
		t.Run(c.sig.String(), func(t *testing.T) {
			root := t.TempDir()
			makeTree(t, root, 60)
			p := startPaiban(t, root, nil, nil, "convert", "-r", "-q", "--jobs", "2", "--to", "json,txt,pdf,epub", "--out-dir", "out", "in")
			p.waitFor(filepath.Join(root, "out")) // converting, its signals caught
			p.signal(c.sig)
			if code := p.wait(limit); code != c.code || p.killed {
				t.Errorf("exit %d (killed: %v), want a clean stop and %d\n%s", code, p.killed, c.code, p.stderr.String())
			}
			noTemps(t, root)
		})
	}
}

// TestClosedStderrDoesNotStopBatch: with stderr a pipe nobody reads
// (paiban … 2>&1 | head -1 once head has exited), warnings cannot be
// shown, but the batch still converts every input and leaves no
// temporary file.
func TestClosedStderrDoesNotStopBatch(t *testing.T) {
	root := t.TempDir()
	for i := range 20 {
		// A folio line: a warning for each input.
		write(t, filepath.Join(root, "in", fmt.Sprintf("p%02d.txt", i)), "2024年9月3日 星期二 第3版\n\n"+page)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	defer w.Close()
	p := newPaiban(t, root, nil, nil, "convert", "-r", "--jobs", "2", "--to", "json,txt", "--out-dir", "out", "in")
	p.cmd.Stderr = w
	p.start()
	if code := p.wait(limit); code != 0 || p.killed {
		t.Fatalf("exit %d (killed: %v)", code, p.killed)
	}
	if n := len(outputsUnder(t, filepath.Join(root, "out"))); n != 40 {
		t.Errorf("%d outputs, want 40", n)
	}
	noTemps(t, root)
}

// TestClosedStdoutStopsQuietly: a closed standard output (paiban … | head)
// stops the run as SIGPIPE would, with status 141, but cleanly.
func TestClosedStdoutStopsQuietly(t *testing.T) {
	root := t.TempDir()
	makeTree(t, root, 20)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	defer w.Close()
	p := newPaiban(t, root, nil, nil, "convert", "-r", "--jsonl", "--to", "txt", "in")
	p.cmd.Stdout = w
	p.start()
	if code := p.wait(limit); code != 141 || p.killed {
		t.Fatalf("exit %d (killed: %v), want 141 after a clean stop\n%s", code, p.killed, p.stderr.String())
	}
}

// TestOutOfMemoryIsNotUsage: a crash of the Go runtime for want of memory
// (provoked in the running program, see runOutOfMemoryAfter) must not end
// with status 2, which means a usage error: paiban dies of SIGABRT.
func TestOutOfMemoryIsNotUsage(t *testing.T) {
	d := t.TempDir()
	write(t, filepath.Join(d, "in.txt"), page)
	// Standard input that never ends keeps paiban running after in.txt.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	// GOTRACEBACK, when set, would decide instead of paiban.
	env := []string{"GOTRACEBACK=", "PAIBAN_TEST_OUT_OF_MEMORY_AFTER=" + filepath.Join(d, "out", "in.json")}
	p := startPaiban(t, d, r, env, "convert", "--to", "json", "--out-dir", "out", "in.txt", "-")
	code := p.wait(limit)
	if !strings.Contains(p.stderr.String(), "fatal error: out of memory") {
		t.Fatalf("exit %d without running out of memory: %.500s", code, p.stderr.String())
	}
	if code == exitUsage || code != 128+int(syscall.SIGABRT) || !p.killed {
		t.Errorf("out of memory: exit %d (killed: %v), want SIGABRT (%d), never %d, the status of a usage error", code, p.killed, 128+int(syscall.SIGABRT), exitUsage)
	}
}

// TestJSONLinesStopWithWholeRecords: stopped while a --jsonl stream is
// being written, paiban leaves standard output ending with a whole record,
// never part of one, and loses none it had written: the output is the
// first n records in order, at least as many as were out before the
// signal. (How many more it had done when the signal came depends on the
// machine's speed, so the test does not ask for all 300.)
func TestJSONLinesStopWithWholeRecords(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	p := startPaiban(t, "", r, nil, "convert", "--jsonl", "-q", "--to", "json", "-")
	para := strings.Repeat("长沙地铁开通运营，", 80)
	for i := range 300 {
		fmt.Fprintf(w, `{"type":"document","version":1,"lang":"zh-Hans","children":[{"type":"article","children":[{"type":"headline","text":"标题%d"},{"type":"paragraph","text":"%s"}]}]}`+"\n", i, para)
	}
	// The stream stays open. The signal comes once records are coming
	// out (written in blocks of 256 KiB; paiban is running, its signals
	// caught), not after a fixed time a loaded machine may not give.
	before := 0
	p.waitUntil("record", func() bool {
		before = strings.Count(p.stdout.String(), "\n")
		return before > 0
	})
	p.signal(syscall.SIGINT)
	if code := p.wait(limit); code != 130 || p.killed {
		t.Fatalf("exit %d (killed: %v), want a clean stop and 130\n%s", code, p.killed, p.stderr.String())
	}
	out := p.stdout.String()
	if out == "" || !strings.HasSuffix(out, "\n") {
		t.Fatalf("output of %d bytes does not end with a whole line: …%q", len(out), out[max(0, len(out)-80):])
	}
	n := 0
	for line := range strings.SplitSeq(strings.TrimSuffix(out, "\n"), "\n") {
		if !json.Valid([]byte(line)) {
			t.Fatalf("record %d is torn: %.80q…", n, line)
		}
		if want := fmt.Sprintf(`"标题%d"`, n); !strings.Contains(line, want) {
			t.Fatalf("record %d lacks %s: records lost or out of order", n, want)
		}
		n++
	}
	if n < before || n > 300 {
		t.Errorf("%d records after the stop, %d before it: want between %d and 300", n, before, before)
	}
	t.Logf("%d records out before the signal, %d after the stop", before, n)
}

// TestOutputFIFOWithoutReaderStops: -o naming a named pipe nobody reads
// waits for a reader, and a signal ends the wait cleanly.
func TestOutputFIFOWithoutReaderStops(t *testing.T) {
	d := t.TempDir()
	write(t, filepath.Join(d, "in.txt"), page)
	mkfifo(t, filepath.Join(d, "out.txt"))
	p := startPaiban(t, d, nil, nil, "convert", "--to", "txt", "-o", "out.txt", "in.txt")
	// Wait until paiban is in the open of the pipe (the kernel's
	// wait_for_partner), so that the signal finds it running.
	deadline := time.Now().Add(limit)
	for !blockedInFIFOOpen(p.cmd.Process.Pid) {
		if time.Now().After(deadline) || !p.running(5*time.Millisecond) {
			t.Skip("cannot see paiban wait for the pipe's reader")
		}
	}
	p.signal(syscall.SIGTERM)
	if code := p.wait(limit); code != 143 || p.killed {
		t.Errorf("exit %d (killed: %v), want a clean stop and 143\n%s", code, p.killed, p.stderr.String())
	}
}

// blockedInFIFOOpen reports whether a thread of process pid waits in the
// open of a named pipe for the other end.
func blockedInFIFOOpen(pid int) bool {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/wchan", pid))
	for _, w := range tasks {
		if b, err := os.ReadFile(w); err == nil && strings.Contains(string(b), "wait_for_partner") {
			return true
		}
	}
	return false
}
