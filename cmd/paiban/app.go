package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v3"

	"github.com/paiban/paiban/convert"
)

// env is everything the program takes from its surroundings, so tests
// can run it in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	terminal       bool // stderr is a terminal: progress bar and summary
	stdoutTTY      bool // stdout is a terminal: no binary output there
	// registry builds the formats; nil means convert.Default.
	registry func() *convert.Registry
}

func (e *env) formats() *convert.Registry {
	if e.registry != nil {
		return e.registry()
	}
	return convert.Default()
}

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1 // some input failed
	exitUsage  = 2 // bad command line
)

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// failedError says some inputs failed; they were reported already.
type failedError struct{ n int }

func (f failedError) Error() string { return fmt.Sprintf("%d input(s) failed", f.n) }

// run runs the program with args (args[0] is the program name) and returns
// its exit status.
func run(ctx context.Context, args []string, e *env) int {
	if e.getenv == nil {
		e.getenv = func(string) string { return "" }
	}
	app := newApp(e)
	err := app.Run(ctx, args)
	var (
		ue usageError
		fe failedError
	)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &fe):
		return exitFailed
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "paiban: %v\n", err)
		fmt.Fprintln(e.stderr, "Run 'paiban --help' for usage.")
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "paiban: interrupted")
		return exitFailed
	default:
		fmt.Fprintf(e.stderr, "paiban: %v\n", err)
		return exitFailed
	}
}

func onUsageError(_ context.Context, _ *cli.Command, err error, _ bool) error {
	return usageError{err}
}

func newApp(e *env) *cli.Command {
	return &cli.Command{
		Name:  "paiban",
		Usage: "typeset newspaper text as PDF, EPUB, JSON and plain-text bulletins",
		Description: `paiban (排版) reads newspaper-style text — a page as it comes out of an
editorial system or OCR — recovers its structure (kickers, headlines,
datelines, bylines, sections, captions) and writes it as PDF pages, EPUB
books, JSON trees or fixed-width bulletins, with CJK typeset properly.

Examples:
  paiban convert frontpage.txt -o frontpage.pdf
  paiban convert --to pdf,epub,json,txt --out-dir out/ frontpage.txt
  paiban convert --recursive --to json --out-dir out/ archive/
  cat page.txt | paiban convert --to txt -
  paiban formats
  source <(paiban completion bash)`,
		Reader:                e.stdin,
		Writer:                e.stdout,
		ErrWriter:             e.stderr,
		HideVersion:           true,
		EnableShellCompletion: true,
		ConfigureShellCompletionCommand: func(c *cli.Command) {
			c.Hidden = false
			c.Usage = "print a shell completion script (bash, zsh or fish)"
			c.ArgsUsage = "bash|zsh|fish"
			c.OnUsageError = onUsageError
			c.Writer, c.ErrWriter = e.stdout, e.stderr
			c.UsageText = "paiban completion bash|zsh|fish\n\nExamples:\n  source <(paiban completion bash)        # in ~/.bashrc\n  source <(paiban completion zsh)         # in ~/.zshrc\n  paiban completion fish > ~/.config/fish/completions/paiban.fish"
			print := c.Action
			c.Action = func(ctx context.Context, cmd *cli.Command) error {
				switch cmd.Args().First() {
				case "bash", "zsh", "fish", "pwsh":
					return print(ctx, cmd)
				}
				return usagef("completion: want one of bash, zsh, fish")
			}
		},
		OnUsageError: onUsageError,
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.NArg() > 0 {
				return usagef("unknown command %q (commands: convert, formats, version, completion, help)", cmd.Args().First())
			}
			return cli.ShowRootCommandHelp(cmd)
		},
		ExitErrHandler: func(context.Context, *cli.Command, error) {}, // run decides the status
		Commands: []*cli.Command{
			convertCommand(e),
			formatsCommand(e),
			versionCommand(e),
		},
	}
}
