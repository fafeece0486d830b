// Command paiban converts newspaper-style text into PDF pages, EPUB books,
// JSON trees and plain-text bulletins. Run `paiban --help` for usage.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/term"
)

func main() {
	tuneGC(os.Getenv)
	// Ctrl-C and SIGTERM cancel the context: running conversions stop,
	// their temporary files are removed, and paiban exits 1.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{
		stdin:     os.Stdin,
		stdout:    os.Stdout,
		stderr:    os.Stderr,
		getenv:    os.Getenv,
		terminal:  term.IsTerminal(int(os.Stderr.Fd())),
		stdoutTTY: term.IsTerminal(int(os.Stdout.Fd())),
	}
	code := run(ctx, os.Args, e)
	stop()
	os.Exit(code)
}
