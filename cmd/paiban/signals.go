package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// signalled is the cause of a run's cancellation by a signal: paiban then
// stops cleanly and exits 128+n, as a shell reports a process the signal
// killed (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
type signalled struct{ sig syscall.Signal }

func (s signalled) Error() string { return "stopped by " + s.name() }

// name is the signal's usual name.
func (s signalled) name() string {
	switch s.sig {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGHUP:
		return "SIGHUP"
	case syscall.SIGPIPE:
		return "SIGPIPE"
	}
	return fmt.Sprintf("signal %d", int(s.sig))
}

// exitCode is the status a shell would see.
func (s signalled) exitCode() int { return 128 + int(s.sig) }

// errBrokenPipe is the cause of a run stopped because standard output was
// closed (paiban … | head): the run stops as it would have died of
// SIGPIPE, with status 141, but removes its temporary files first.
var errBrokenPipe = signalled{syscall.SIGPIPE}

// stopOnSignals returns a context that SIGINT, SIGTERM and SIGHUP (a closed
// terminal, a dropped ssh) cancel with a signalled cause, and the function
// that cancels it with another cause (nil: the run is over). A second
// signal ends the process at once, for a stop that hangs; only then can a
// temporary file be left. SIGPIPE is caught, not fatal: a closed stderr
// (2>&1 | head -1) must not kill a batch half way; writes to it fail
// instead, and a closed stdout is noticed by stdoutWriter.
func stopOnSignals() (context.Context, func(error)) {
	ctx, cancel := context.WithCancelCause(context.Background())
	// Caught rather than ignored: an ignored SIGPIPE would be inherited by
	// the programs paiban runs (fc-match).
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		s := (<-sigs).(syscall.Signal)
		cancel(signalled{s})
		s = (<-sigs).(syscall.Signal)
		os.Exit(signalled{s}.exitCode())
	}()
	return ctx, func(cause error) {
		if cause == nil {
			signal.Stop(sigs)
		}
		cancel(cause)
	}
}

// stdoutWriter is standard output: a write that fails because the reader
// went away (EPIPE) stops the run, as SIGPIPE would have.
type stdoutWriter struct {
	w      io.Writer
	broken func(error)
}

func (s *stdoutWriter) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	if errors.Is(err, syscall.EPIPE) {
		s.broken(errBrokenPipe)
	}
	return n, err
}

// stderrWriter is standard error, whose failures are nobody's business:
// a message that cannot be shown must not fail a conversion.
type stderrWriter struct{ w io.Writer }

func (s stderrWriter) Write(p []byte) (int, error) {
	s.w.Write(p)
	return len(p), nil
}

// crashNotUsage makes a crash of the Go runtime (out of memory, a bug)
// end the process with SIGABRT (status 134 in a shell) instead of Go's
// usual exit status 2, which paiban gives usage errors alone: a script
// must never take a crash for a mistake on its command line. No core file
// is written (a crash out of memory would write gigabytes). GOTRACEBACK,
// when set, decides instead.
func crashNotUsage(getenv func(string) string) {
	if getenv("GOTRACEBACK") != "" {
		return
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_CORE, &lim); err == nil && lim.Cur != 0 {
		lim.Cur = 0
		syscall.Setrlimit(syscall.RLIMIT_CORE, &lim)
	}
	debug.SetTraceback("crash")
}
