// Command paiban converts newspaper-style text into PDF pages, EPUB books,
// JSON trees and plain-text bulletins. Run `paiban --help` for usage.
package main

import (
	"os"

	"golang.org/x/term"
)

func main() {
	if len(os.Args) == 2 && (os.Args[1] == "--version" || os.Args[1] == "version") {
		// The answer scripts ask for most often needs none of the set-up
		// below (signal handling, terminal checks, the command tree).
		if _, err := os.Stdout.WriteString(versionString() + "\n"); err == nil {
			os.Exit(0)
		} // else the usual path reports it
	}
	tuneGC(os.Getenv)
	crashNotUsage(os.Getenv)
	// SIGINT, SIGTERM and SIGHUP cancel the context: running conversions
	// stop, their temporary files are removed, and paiban exits 128+n.
	ctx, stop := stopOnSignals()
	e := &env{
		stdin:     os.Stdin,
		stdout:    &stdoutWriter{w: os.Stdout, broken: stop},
		stderr:    stderrWriter{os.Stderr},
		getenv:    os.Getenv,
		terminal:  term.IsTerminal(int(os.Stderr.Fd())),
		stdoutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		stdinData: !term.IsTerminal(int(os.Stdin.Fd())),
	}
	code := run(ctx, os.Args, e)
	stop(nil)
	os.Exit(code)
}
