package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/batch"
)

// reporter prints what happens to stderr: errors always; warnings unless
// --quiet; a progress bar and a summary only on a terminal (or with
// --verbose), so scripts and logs get nothing but the errors.
type reporter struct {
	mu      sync.Mutex
	w       io.Writer
	quiet   bool
	verbose bool
	tty     bool
	color   bool
	bar     *progressBar
	total   int
	// jsonl is set under --jsonl, for messages that would advise it.
	jsonl bool
	// failedBefore counts arguments that failed before the run (a missing
	// file), for the summary.
	failedBefore int
	// kinds counts the warnings printed, by kind (the message with its
	// numbers and quotations blanked), for the summary of a batch.
	kinds map[string]int
	// where says where the outputs went, for the summary.
	where string
}

func newReporter(e *env, quiet, verbose bool) *reporter {
	_, noColor := lookupEnv(e, "NO_COLOR")
	return &reporter{
		w:       e.stderr,
		quiet:   quiet,
		verbose: verbose,
		tty:     e.terminal,
		color:   e.terminal && !noColor && e.getenv("TERM") != "dumb",
	}
}

// lookupEnv treats a variable set to "" as unset, as no-color.org says.
func lookupEnv(e *env, name string) (string, bool) {
	v := e.getenv(name)
	return v, v != ""
}

func (r *reporter) start(total int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.total = total
	if r.tty && !r.quiet && !r.verbose && total > 1 {
		r.bar = newProgressBar(r.w, total, time.Now)
	}
}

func (r *reporter) progress(batch.Result) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar != nil {
		r.bar.add(1)
	}
}

// printf writes a line, moving the progress bar out of the way first.
// String arguments are escaped (escapeText), so that nothing from a file
// name or the input can split the line or reach the terminal as a
// control sequence; only painted strings keep their colour codes.
func (r *reporter) printf(format string, a ...any) {
	if r.bar != nil {
		r.bar.clear()
	}
	for i, v := range a {
		if s, ok := v.(string); ok {
			a[i] = escapeText(s)
		}
	}
	fmt.Fprintf(r.w, format, a...)
}

// painted is a string with colour codes of our own, which printf keeps.
type painted string

func (r *reporter) paint(code, s string) painted {
	if !r.color {
		return painted(escapeText(s))
	}
	return painted("\x1b[" + code + "m" + escapeText(s) + "\x1b[0m")
}

// result reports one finished job, in plan order.
func (r *reporter) result(res batch.Result) {
	r.mu.Lock()
	defer r.mu.Unlock()
	path := res.Job.Input.Path
	for _, d := range res.Explanations {
		name := path
		if name == batch.Stdin {
			name = "stdin"
		}
		r.printf("%s:%s\n", name, d)
	}
	if !r.quiet {
		for _, d := range res.Diagnostics {
			r.diagnostic(path, d)
		}
	}
	switch {
	case res.Err != nil:
		if batch.IsCanceled(res.Err) {
			return // reported once for the whole run
		}
		r.printf("%s\n", r.describe(path, res.Err))
	case res.Skipped:
		if r.verbose {
			r.printf("paiban: %s: skipped (outputs up to date)\n", quoteName(path))
		}
	default:
		if r.verbose {
			var outs []string
			for _, o := range res.Job.Outputs {
				outs = append(outs, quoteName(o.Path))
			}
			r.printf("paiban: %s → %s (%v)\n", quoteName(path), strings.Join(outs, ", "), res.Elapsed.Round(time.Millisecond))
		}
	}
}

func (r *reporter) diagnostic(path string, d doc.Diagnostic) {
	if d.Severity != doc.SeverityError {
		if r.kinds == nil {
			r.kinds = map[string]int{}
		}
		r.kinds[warningKind(d.Message)]++
	}
	sev := string(d.Severity)
	if sev == "" {
		sev = string(doc.SeverityWarning)
	}
	code := "33"
	if d.Severity == doc.SeverityError {
		code = "31"
	}
	if path == batch.Stdin {
		path = "stdin" // as in error messages
	}
	path = quoteName(path)
	if d.Line > 0 {
		r.printf("%s:%d: %s: %s\n", path, d.Line, r.paint(code, sev), d.Message)
	} else {
		r.printf("%s: %s: %s\n", path, r.paint(code, sev), d.Message)
	}
}

// failure reports an error not tied to a job (an argument that matched
// nothing). path may be "" when err names the file itself.
func (r *reporter) failure(path string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.printf("%s\n", r.describe(path, err))
}

// describe formats "paiban: in/x.txt:12: what is wrong": the path as the
// user gave it, the line where the reader knows it, and the cause without
// the reader's own copy of the name.
func (r *reporter) describe(path string, err error) string {
	var names []string
	if path != "" {
		names = append(names, path)
	}
	var ie *doc.InputError
	if errors.As(err, &ie) && ie.Name != "" {
		names = append(names, ie.Name)
	}
	msg := flagWords(r.describeErr(path, err))
	if r.jsonl {
		// --jsonl was given: the file was read as one document because of
		// its name.
		msg = strings.Replace(msg, "JSON Lines needs --jsonl", "with --jsonl, a file of JSON Lines is named .jsonl or .ndjson", 1)
	}
	return quoteNamesIn(msg, names...)
}

func (r *reporter) describeErr(path string, err error) string {
	if path == batch.Stdin {
		path = "stdin"
	}
	var ie *doc.InputError
	if errors.As(err, &ie) && ie == err {
		loc := path
		if loc == "" {
			loc = ie.Name
		}
		if ie.Line > 0 {
			loc = fmt.Sprintf("%s:%d", loc, ie.Line)
		}
		if loc == "" {
			return "paiban: " + ie.Err.Error()
		}
		return "paiban: " + loc + ": " + ie.Err.Error()
	}
	if path == "" {
		return "paiban: " + err.Error()
	}
	return "paiban: " + path + ": " + err.Error()
}

func (r *reporter) finish(s batch.Summary) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.bar != nil {
		r.bar.clear()
		r.bar = nil
	}
	failed := s.Failed + r.failedBefore
	n := r.total + r.failedBefore
	show := failed > 0 && n > 1 || (r.tty || r.verbose) && !r.quiet && n > 1
	if !show {
		return
	}
	if !r.quiet {
		r.summariseWarnings()
	}
	msg := fmt.Sprintf("paiban: %d converted, %d failed, %d skipped", s.Converted, failed, s.Skipped)
	if s.NotRun > 0 {
		msg += fmt.Sprintf(", %d not run (interrupted)", s.NotRun)
	}
	if s.Converted > 0 && r.where != "" {
		msg += "; outputs " + r.where
	}
	fmt.Fprintln(r.w, escapeText(msg))
}

// summariseWarnings prints, after a batch, how many warnings of each kind
// were printed, most frequent first, so that a kind repeated over many
// files is seen as one thing.
func (r *reporter) summariseWarnings() {
	if len(r.kinds) == 0 {
		return
	}
	kinds := make([]string, 0, len(r.kinds))
	total := 0
	for k, c := range r.kinds {
		kinds = append(kinds, k)
		total += c
	}
	sort.Slice(kinds, func(i, j int) bool {
		if a, b := r.kinds[kinds[i]], r.kinds[kinds[j]]; a != b {
			return a > b
		}
		return kinds[i] < kinds[j]
	})
	fmt.Fprintf(r.w, "paiban: %d warning(s):\n", total)
	for _, k := range kinds {
		fmt.Fprintf(r.w, "  %6d × %s\n", r.kinds[k], escapeText(k))
	}
}
