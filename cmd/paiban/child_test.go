package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run the real program in a child process: the test
// binary started with PAIBAN_TEST_AS_MAIN=1 is paiban, from main() on,
// signal handling, exit statuses and all.
func TestMain(m *testing.M) {
	if os.Getenv("PAIBAN_TEST_AS_MAIN") == "1" {
		if when := os.Getenv("PAIBAN_TEST_OUT_OF_MEMORY_AFTER"); when != "" {
			go runOutOfMemoryAfter(when)
		}
		os.Args[0] = "paiban"
		main()
		return
	}
	os.Exit(m.Run())
}

// hugeBlock keeps runOutOfMemoryAfter's allocation from being optimised
// away.
var hugeBlock []byte

// runOutOfMemoryAfter waits until path exists (paiban's first output: main
// has long set up its handling of crashes), then asks the Go runtime for
// a block of 256 TiB, the runtime's largest (1<<heapAddrBits), which no
// 64-bit address space can hold beside the program itself: the runtime
// ends the process with "fatal error: out of memory", as a conversion
// that outgrew the machine would, whatever the machine's memory, load or
// limits. (A cap on the address space, RLIMIT_AS, made the crash depend
// on the runtime's reservations and the machine's load.)
func runOutOfMemoryAfter(path string) {
	for {
		if _, err := os.Stat(path); err == nil {
			break
		}
		time.Sleep(time.Millisecond)
	}
	hugeBlock = make([]byte, 1<<48)
}

// proc is paiban running as a child process.
type proc struct {
	t              *testing.T
	cmd            *exec.Cmd
	stdout, stderr syncBuffer
	done           chan struct{}
	// killed is set by wait when a signal ended the child, rather than
	// the child exiting after a clean stop.
	killed bool
}

// startPaiban starts paiban with args in dir ("" for the test's own),
// with stdin (nil: /dev/null) and env added to the test's environment.
func startPaiban(t *testing.T, dir string, stdin io.Reader, env []string, args ...string) *proc {
	t.Helper()
	p := newPaiban(t, dir, stdin, env, args...)
	p.start()
	return p
}

// newPaiban prepares the child for start, so that a test can change its
// command first (its stderr).
func newPaiban(t *testing.T, dir string, stdin io.Reader, env []string, args ...string) *proc {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, cmd: exec.Command(exe, args...), done: make(chan struct{})}
	p.cmd.Dir = dir
	p.cmd.Stdin = stdin
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	p.cmd.Env = append(append(os.Environ(), "PAIBAN_TEST_AS_MAIN=1", "SOURCE_DATE_EPOCH=1735689600"), env...)
	return p
}

func (p *proc) start() {
	t := p.t
	t.Helper()
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
	})
}

// signal sends sig to the child.
func (p *proc) signal(sig syscall.Signal) {
	p.t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		p.t.Fatal(err)
	}
}

// waitFor waits until path exists: a sign that the child got that far
// (tests send signals only after it, as a signal arriving while the Go
// runtime starts would end the process before paiban can catch it).
func (p *proc) waitFor(path string) {
	p.t.Helper()
	deadline := time.Now().Add(limit)
	for {
		if _, err := os.Stat(path); err == nil {
			return
		}
		select {
		case <-p.done:
			p.t.Fatalf("ended before %s appeared: %s", path, p.stderr.String())
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s did not appear in %v", path, limit)
		}
	}
}

// waitUntil polls cond until it holds, failing the test if it does not
// within limit or the child ends first.
func (p *proc) waitUntil(what string, cond func() bool) {
	p.t.Helper()
	deadline := time.After(limit)
	for !cond() {
		select {
		case <-p.done:
			p.t.Fatalf("ended before %s: %s", what, p.stderr.String())
		case <-deadline:
			p.t.Fatalf("no %s in %v", what, limit)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// syncBuffer is a bytes.Buffer that the child's output may fill while the
// test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running reports whether the child is still running after d.
func (p *proc) running(d time.Duration) bool {
	select {
	case <-p.done:
		return false
	case <-time.After(d):
		return true
	}
}

// wait waits at most limit for the child to end (killing it and failing
// the test after that: a hang is the bug these tests look for) and
// returns its exit status, or 128+n if a signal n killed it.
func (p *proc) wait(limit time.Duration) int {
	p.t.Helper()
	select {
	case <-p.done:
	case <-time.After(limit):
		p.cmd.Process.Kill()
		<-p.done
		p.t.Fatalf("paiban %s still running after %v: killed\nstderr: %s", strings.Join(p.cmd.Args[1:], " "), limit, p.stderr.String())
	}
	ws := p.cmd.ProcessState.Sys().(syscall.WaitStatus)
	if ws.Signaled() {
		p.killed = true
		return 128 + int(ws.Signal())
	}
	return ws.ExitStatus()
}
