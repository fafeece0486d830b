package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func sparse(t *testing.T, path string, size int64) string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestMaxSizeZeroIsNoLimit: --max-size 0 lets a text input over the 64 MiB
// default through to the reader (which then finds it is not text).
func TestMaxSizeZeroIsNoLimit(t *testing.T) {
	in := sparse(t, filepath.Join(t.TempDir(), "big.txt"), 65<<20)
	r := paiban(t, "", "convert", "--max-size", "0", "-o", "-", in)
	r.want(t, 1)
	if strings.Contains(r.stderr, "too large") || !strings.Contains(r.stderr, "binary") {
		t.Errorf("--max-size 0 refused the size: %s", r.stderr)
	}
}

// TestTooLargeRefusedUnread: a file over the limit is refused by its size,
// before it is read: paiban refuses a 1 GiB file over a 512 MiB limit (and
// over the 64 MiB default) with a message that names the flag and no Go
// function, having read less than 8 MiB in all. The bytes it read are its
// own count (rchar in /proc/PID/io), taken once it has exited and before
// it is reaped: the same whatever the machine's load, unlike a cap on its
// memory, which the Go runtime's own reservations could meet first.
func TestTooLargeRefusedUnread(t *testing.T) {
	if _, err := os.Stat("/proc/self/io"); err != nil {
		t.Skip("no /proc/PID/io:", err)
	}
	d := t.TempDir()
	sparse(t, filepath.Join(d, "big.txt"), 1<<30)
	sparse(t, filepath.Join(d, "big.json"), 1<<30)
	for _, args := range [][]string{
		{"convert", "--max-size", "512MiB", "--to", "txt", "-o", "-", "big.txt"},
		{"convert", "--max-size", "512MiB", "--to", "txt", "-o", "-", "big.json"},
		{"convert", "--max-size", "512MiB", "--jsonl", "--from", "json", "--to", "txt", "big.json"},
		{"convert", "--to", "txt", "-o", "-", "big.txt"}, // the default limit
	} {
		code, msg, read := runCountingReads(t, d, args...)
		if code != 1 || !strings.Contains(msg, "input too large: more than ") || !strings.Contains(msg, "--max-size") || strings.Contains(msg, "With") {
			t.Errorf("%v: exit %d\n%.300s", args, code, msg)
		}
		if read >= 8<<20 {
			t.Errorf("%v: read %d bytes before refusing", args, read)
		}
	}
}

// runCountingReads runs paiban with args in dir and returns its exit
// status, its standard error and the bytes it read (rchar), which Linux
// keeps for a child that has exited until it is reaped.
func runCountingReads(t *testing.T, dir string, args ...string) (code int, stderr string, read int64) {
	t.Helper()
	p := newPaiban(t, dir, nil, nil, args...)
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pid := p.cmd.Process.Pid
	exited := make(chan error, 1)
	go func() {
		var info unix.Siginfo
		exited <- unix.Waitid(unix.P_PID, pid, &info, unix.WEXITED|unix.WNOWAIT, nil)
	}()
	select {
	case err := <-exited:
		if err != nil {
			p.cmd.Process.Kill()
			p.cmd.Wait()
			t.Fatalf("waitid: %v", err)
		}
	case <-time.After(limit):
		p.cmd.Process.Kill()
		p.cmd.Wait()
		t.Fatalf("paiban %v still running after %v: killed\nstderr: %s", args, limit, p.stderr.String())
	}
	io, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/io")
	p.cmd.Wait() // reaps it
	if err != nil {
		t.Fatal(err)
	}
	read = -1
	for line := range strings.Lines(string(io)) {
		if v, ok := strings.CutPrefix(line, "rchar: "); ok {
			read, err = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if read < 0 {
		t.Fatalf("no rchar in /proc/%d/io: %q", pid, io)
	}
	return p.cmd.ProcessState.ExitCode(), p.stderr.String(), read
}

// TestJSONLinesHint: a .json file holding JSON Lines is refused with the
// advice that fits: --jsonl when it was not given, the file's name when it
// was.
func TestJSONLinesHint(t *testing.T) {
	tree := `{"type":"document","version":1}`
	in := write(t, filepath.Join(t.TempDir(), "two.json"), tree+"\n"+tree+"\n")
	r := paiban(t, "", "convert", "--to", "txt", "-o", "-", in)
	r.want(t, 1)
	if !strings.Contains(r.stderr, "JSON Lines needs --jsonl") {
		t.Errorf("without --jsonl: %s", r.stderr)
	}
	r = paiban(t, "", "convert", "--jsonl", "--to", "txt", in)
	r.want(t, 1)
	if strings.Contains(r.stderr, "needs --jsonl") || !strings.Contains(r.stderr, "named .jsonl or .ndjson") {
		t.Errorf("with --jsonl: %s", r.stderr)
	}
}
