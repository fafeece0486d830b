package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

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
	stdinData      bool // stdin is not a terminal: convert with no input reads it
	// registry builds the formats; nil means convert.Default.
	registry func() *convert.Registry
	// args is the command line as given, to tell a flag typed there from
	// one set by a PAIBAN_… variable (urfave/cli reports both as set).
	args []string
}

// onCommandLine reports whether the flag with one of names was given on
// the command line (before any "--"), rather than by the environment.
func (e *env) onCommandLine(names ...string) bool {
	for _, a := range e.args {
		if a == "--" {
			break
		}
		for _, n := range names {
			dashes := "--"
			if len(n) == 1 {
				dashes = "-"
			}
			if a == dashes+n || strings.HasPrefix(a, dashes+n+"=") {
				return true
			}
		}
	}
	return false
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
	e.args = args
	cli.HelpPrinter = helpPrinter // the convert command's grouped flags
	app := newApp(e)
	if len(args) > 1 && args[len(args)-1] == completionFlag {
		complete(app, args, e.formats(), e.stdout)
		return exitOK
	}
	var err error
	names := []string{"convert", "formats", "version", "completion", "help"}
	if len(args) > 2 && (args[1] == "help" || args[1] == "h") && !slices.Contains(names, args[2]) && app.Command(args[2]) == nil && !strings.HasPrefix(args[2], "-") {
		// cli says "No help topic" and exits 1: a usage error, answered.
		err = usagef("help: unknown command %q%s (commands: %s)", args[2], didYouMean(args[2], names), strings.Join(names, ", "))
	} else {
		err = app.Run(ctx, protectDash(args, valueFlags(app)))
	}
	var (
		ue  usageError
		fe  failedError
		sig signalled
	)
	if errors.As(context.Cause(ctx), &sig) {
		// Stopped by a signal (or a closed stdout): whatever was done is
		// whole, the rest not started; the status says why.
		if sig != errBrokenPipe {
			fmt.Fprintf(e.stderr, "paiban: interrupted (%s)\n", sig.name())
		}
		return sig.exitCode()
	}
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &fe):
		return exitFailed
	case errors.As(err, &ue) || isEnvValueError(err):
		fmt.Fprintf(e.stderr, "paiban: %s\n", escapeText(flagWords(err.Error())))
		fmt.Fprintf(e.stderr, "Run '%s --help' for usage.\n", helpFor(app, args))
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "paiban: interrupted")
		return exitFailed
	default:
		fmt.Fprintf(e.stderr, "paiban: %s\n", escapeText(flagWords(err.Error())))
		return exitFailed
	}
}

// onUsageError makes cli's complaints usage errors, suggesting the flag
// meant by an unknown one (--colums: did you mean --columns?).
func onUsageError(_ context.Context, cmd *cli.Command, err error, _ bool) error {
	const unknown = "flag provided but not defined: -"
	if msg := err.Error(); strings.HasPrefix(msg, unknown) {
		name := strings.TrimLeft(strings.TrimPrefix(msg, unknown), "-")
		var spellings []string
		for _, f := range cmd.Flags {
			for _, n := range flagNames(f) {
				spellings = append(spellings, flagSpelling(n))
			}
		}
		dashes := "--"
		if len(name) == 1 {
			dashes = "-"
		}
		err = fmt.Errorf("unknown flag %s%s%s", dashes, name, didYouMean(dashes+name, spellings))
	}
	return usageError{err}
}

// helpFor is the command whose help a usage error points to: "paiban
// convert" when the command line names convert (or another command),
// else "paiban".
func helpFor(app *cli.Command, args []string) string {
	for _, a := range args[1:] {
		if a == "--" {
			break
		}
		if c := app.Command(a); c != nil && !strings.HasPrefix(a, "-") {
			return "paiban " + c.Name
		}
	}
	return "paiban"
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
			c.Description = "Prints a script that lets the shell complete paiban's commands and flags."
			c.UsageText = "paiban completion bash|zsh|fish\n\nExamples:\n  source <(paiban completion bash)        # in ~/.bashrc\n  source <(paiban completion zsh)         # in ~/.zshrc\n  paiban completion fish > ~/.config/fish/completions/paiban.fish"
			print := c.Action
			c.Action = func(ctx context.Context, cmd *cli.Command) error {
				switch cmd.Args().First() {
				case "bash":
					// cli's bash script needs the bash-completion package.
					_, err := io.WriteString(e.stdout, bashCompletion)
					return err
				case "zsh", "fish", "pwsh":
					return print(ctx, cmd)
				}
				return usagef("completion: want one of bash, zsh, fish")
			}
		},
		OnUsageError: onUsageError,
		Flags:        []cli.Flag{&cli.BoolFlag{Name: "version", Usage: "print paiban's version (as paiban version does)"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Bool("version") {
				_, err := fmt.Fprintln(e.stdout, versionString())
				return err
			}
			if cmd.NArg() > 0 {
				word := dash(cmd.Args().First())
				return usagef("unknown command %q%s (commands: convert, formats, version, completion, help)",
					word, didYouMean(word, []string{"convert", "formats", "version", "completion", "help"}))
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

// dashArg stands for a lone "-" (standard input or output) while urfave/cli
// parses the command line: its parser (v3.6.1) stops at a lone "-" and drops
// every argument after it, so `convert - a.txt --to txt` would silently
// ignore a.txt and --to. No real argument can hold a NUL byte.
const dashArg = "\x00-"

// protectDash returns args with each lone "-" after the program name
// replaced by dashArg, except the value of a flag that takes one (-o -,
// --title -), which cli parses correctly and which must stay as typed.
func protectDash(args []string, takesValue map[string]bool) []string {
	out := make([]string, len(args))
	for i, a := range args {
		if i > 0 && a == "-" && !takesValue[args[i-1]] {
			a = dashArg
		}
		out[i] = a
	}
	return out
}

// valueFlags returns the spellings (-o, --output) of the flags of the
// commands that take a value, for protectDash and completion.
func valueFlags(app *cli.Command) map[string]bool {
	m := map[string]bool{}
	for _, c := range append([]*cli.Command{app}, app.Commands...) {
		for _, f := range c.Flags {
			if _, ok := f.(*cli.BoolFlag); ok {
				continue
			}
			for _, n := range flagNames(f) {
				m[flagSpelling(n)] = true
			}
		}
	}
	return m
}

// flagSpelling is how flag name n is typed: -o, --output.
func flagSpelling(n string) string {
	if len(n) == 1 {
		return "-" + n
	}
	return "--" + n
}

// dash undoes protectDash for one argument.
func dash(a string) string {
	if a == dashArg {
		return "-"
	}
	return a
}

// dashes undoes protectDash for a list of arguments.
func dashes(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = dash(a)
	}
	return out
}

// isEnvValueError reports whether err is urfave/cli's complaint about a
// PAIBAN_… variable it could not parse: a usage error like a bad flag
// value, though cli returns it untyped.
func isEnvValueError(err error) bool {
	return strings.Contains(err.Error(), `from environment variable "PAIBAN_`)
}
