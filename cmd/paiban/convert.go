package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/batch"
)

const convertHelp = `paiban convert [options] INPUT...

INPUT is a file, a directory (with --recursive), a glob ('in/*.txt', quoted
so paiban expands it) or - for standard input. The input format comes from
the extension (.txt newspaper text, .json tree) or --from. Outputs go beside
each input, under --out-dir mirroring the input tree (in/a/b/p.txt becomes
DIR/a/b/p.pdf), to -o FILE, or to standard output for standard input. An
output never overwrites an input: a bulletin of p.txt beside it is p.txt.txt;
with --to txt,newstext the normalized text is p.newstext.txt. Outputs are
written to a temporary file and renamed, so none is ever left half written.

Exit status: 0 if every input converted, 1 if any failed (each is named on
stderr), 2 for a usage error, 130, 143 or 129 after a clean stop on SIGINT,
SIGTERM or SIGHUP. Warnings about the input print as
file:line: warning: message. Flags marked [$PAIBAN_…] can be set in the
environment; SOURCE_DATE_EPOCH sets the date when --date is not given.
--cpuprofile FILE and --memprofile FILE write Go profiles (go tool pprof).
With no INPUT, standard input is read when it is not a terminal.

Examples:
  paiban convert frontpage.txt -o frontpage.pdf
  paiban convert --to pdf,epub,json,txt --out-dir out/ frontpage.txt
  paiban convert --to txt --width 60 - < page.txt
  paiban convert -r --to json,pdf --out-dir out/ --jobs 4 archive/
  paiban convert -r --to pdf --out-dir out/ --shard 0/4 archive/   # one machine of four
  paiban convert --to epub --combine --title '8月29日' -o day.epub p1.txt p2.txt
  paiban convert --jsonl --to json archive/*.txt > trees.jsonl
  paiban convert --jsonl --to txt - < trees.jsonl > bulletins.jsonl`

func convertCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:               "convert",
		Usage:              "convert newspaper text (or JSON trees) to other formats",
		UsageText:          convertHelp,
		CustomHelpTemplate: convertHelpTemplate,
		Flags:              convertFlags(),
		OnUsageError:       onUsageError,
		Action: func(ctx context.Context, cmd *cli.Command) error {
			return runConvert(ctx, cmd, e)
		},
	}
}

// settings is the parsed command line of convert.
type settings struct {
	reg       *convert.Registry
	opts      convert.Options
	explain   bool
	formats   []convert.Format
	outFile   string
	outDir    string
	jobs      int
	shardI    int
	shardN    int
	recursive bool
	skip      bool
	sync      bool
	combine   bool
	jsonl     bool
	rep       *reporter
}

func runConvert(ctx context.Context, cmd *cli.Command, e *env) error {
	s, err := parseSettings(cmd, e)
	if err != nil {
		return err
	}
	args := dashes(cmd.Args().Slice())
	if len(args) == 0 {
		if !e.stdinData {
			return usagef("convert: no input given (use - for standard input)")
		}
		args = []string{batch.Stdin} // paiban convert --to txt < page.txt, as cat would
	}
	for _, arg := range args {
		st, err := os.Stat(arg)
		switch {
		case err != nil || !st.IsDir():
		case !s.recursive:
			return usagef("convert: %s is a directory: add --recursive to convert the files in it", quoteName(arg))
		case s.outDir == "" && !s.jsonl && !s.combine:
			return usagef("convert: %s is a directory: give --out-dir (outputs beside a tree of inputs would be read back as inputs)", quoteName(arg))
		}
	}
	if s.combine && !s.rep.quiet {
		warnRepeated(s.rep, args)
	}
	inputs, errs := batch.Expand(args, batch.ExpandOptions{
		Recursive: s.recursive,
		Accept: func(name string) bool {
			if s.jsonl && isJSONL(name) {
				return true
			}
			if s.opts.From != "" {
				return true
			}
			_, ok := s.reg.ReaderFor(name)
			return ok
		},
		Skip: nonEmpty(s.outDir),
		Skipped: func(path, why string) {
			if !s.rep.quiet {
				s.rep.mu.Lock()
				s.rep.diagnostic(path, doc.Diagnostic{Severity: doc.SeverityWarning, Message: why})
				s.rep.mu.Unlock()
			}
		},
	})
	for _, err := range errs {
		s.rep.failure("", err)
	}
	s.rep.failedBefore = len(errs)
	if len(inputs) == 0 {
		if len(errs) > 0 {
			return failedError{len(errs)}
		}
		return usagef("convert: no input files found")
	}
	stopProfiles, err := startProfiles(cmd.String("cpuprofile"), cmd.String("memprofile"))
	if err != nil {
		return usageError{err}
	}
	var failed int
	switch {
	case s.jsonl:
		failed, err = runJSONL(ctx, s, inputs, e)
	case s.combine:
		failed, err = runCombine(ctx, s, inputs, len(errs), e)
	default:
		failed, err = runBatch(ctx, s, inputs, e)
	}
	if perr := stopProfiles(); perr != nil && err == nil {
		err = perr
	}
	if err != nil {
		return err
	}
	if failed+len(errs) > 0 {
		return failedError{failed + len(errs)}
	}
	return nil
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

func isJSONL(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

// parseSettings checks the flags and turns them into settings. Every
// problem here is a usage error: nothing has been read yet.
func parseSettings(cmd *cli.Command, e *env) (*settings, error) {
	fv := newFlagValues(cmd)
	s := &settings{
		reg:       e.formats(),
		outFile:   stdoutName(dash(fv.String("output"))),
		outDir:    fv.String("out-dir"),
		jobs:      fv.Int("jobs"),
		recursive: fv.Bool("recursive"),
		skip:      fv.Bool("skip-unchanged"),
		sync:      fv.Bool("sync"),
		combine:   fv.Bool("combine"),
		jsonl:     fv.Bool("jsonl"),
	}
	// A flag on the command line beats a PAIBAN_… variable it conflicts
	// with, as it beats the variable of its own name.
	quiet, verbose := fv.Bool("quiet"), fv.Bool("verbose")
	if quiet && verbose {
		q, v := e.onCommandLine("quiet", "q"), e.onCommandLine("verbose", "v")
		if q == v {
			return nil, usagef("convert: --quiet and --verbose exclude each other")
		}
		quiet, verbose = q, v
	}
	s.rep = newReporter(e, quiet, verbose)
	s.rep.jsonl = s.jsonl

	if s.outFile != "" && s.outDir != "" {
		if e.onCommandLine("out-dir", "d") {
			return nil, usagef("convert: give -o or --out-dir, not both")
		}
		s.outDir = "" // from PAIBAN_OUT_DIR
	}
	if (s.jsonl || s.combine) && s.outDir != "" && !e.onCommandLine("out-dir", "d") {
		s.outDir = "" // PAIBAN_OUT_DIR does not apply to one stream or book
	}
	// "-o out/" and "-o existing-dir" mean --out-dir, as the README's
	// first example has it.
	if s.outFile != "" && s.outFile != batch.Stdin {
		if strings.HasSuffix(s.outFile, "/") || strings.HasSuffix(s.outFile, string(filepath.Separator)) {
			s.outDir, s.outFile = s.outFile, ""
		} else if st, err := os.Stat(s.outFile); err == nil && st.IsDir() {
			s.outDir, s.outFile = s.outFile, ""
		}
	}
	if s.jobs < 0 {
		return nil, usagef("convert: --jobs %d: want a positive number", s.jobs)
	}
	if s.jobs == 0 {
		s.jobs = runtime.NumCPU()
	}
	if sh := fv.String("shard"); sh != "" {
		i, n, err := batch.ParseShard(sh)
		if err != nil {
			return nil, usageError{err}
		}
		s.shardI, s.shardN = i, n
	}

	o := convert.Options{
		From:            fv.String("from"),
		Encoding:        fv.String("encoding"),
		Lang:            fv.String("lang"),
		Title:           fv.String("title"),
		FontBody:        fv.String("font-body"),
		FontHeading:     fv.String("font-heading"),
		Width:           fv.Int("width"),
		AmbiguousNarrow: fv.Bool("ambiguous-narrow"),
		Brief:           fv.Bool("brief"),
		Paper:           fv.String("paper"),
		Columns:         fv.Int("columns"),
		Vertical:        fv.Bool("vertical"),
		EmbedFont:       fv.Bool("embed-font"),
	}
	if o.Width < 0 || o.Columns < 0 {
		return nil, usagef("convert: --width and --columns must be positive")
	}
	size, err := parseSize(fv.String("max-size"))
	if err != nil {
		return nil, usageError{err}
	}
	o.MaxSize = size
	if size == 0 {
		o.MaxSize = convert.NoMaxSize // --max-size 0: no limit
	}
	switch d := fv.String("date"); {
	case d != "":
		if o.Date, err = parseDate(d); err != nil {
			return nil, usageError{err}
		}
	case e.getenv("SOURCE_DATE_EPOCH") != "":
		if o.Date, err = sourceDate(e.getenv("SOURCE_DATE_EPOCH")); err != nil {
			return nil, usageError{err}
		}
	}
	if err := pdfFlags(fv, &o); err != nil {
		return nil, err
	}
	// Build the reader now, so that a bad --from, --encoding or --lang is
	// a usage error before any input is read.
	from := o.From
	if from == "" {
		from = "newstext"
	}
	if c, err := s.reg.Reader(from); err != nil {
		if o.From != "" {
			return nil, usagef("%v%s", err, didYouMean(o.From, s.reg.Readable()))
		}
	} else if _, err := c.NewReader(o); err != nil {
		return nil, usagef("convert: %s: %v", from, err)
	}
	names, err := outputFormats(s, fv.String("to"))
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		c, err := s.reg.Writer(n)
		if err != nil {
			return nil, usagef("%v%s", err, didYouMean(n, s.reg.Writable()))
		}
		s.formats = append(s.formats, c.Format)
	}
	s.opts = o
	s.explain = fv.Bool("explain")
	// Build each writer once now, so that a bad --paper or a missing font
	// is a usage error before any input is read.
	for _, f := range s.formats {
		if err := s.reg.CheckOptions(f.Name, o); err != nil {
			return nil, usagef("convert: %v", err)
		}
	}

	warnIgnored(e, s)

	if s.combine {
		if s.jsonl {
			return nil, usagef("convert: --combine and --jsonl exclude each other")
		}
		if s.outFile == "" {
			return nil, usagef("convert: --combine writes one file: give -o FILE")
		}
		for _, f := range s.formats {
			if !s.reg.CanCombine(f.Name, o) {
				return nil, usagef("convert: --combine: format %s cannot combine documents (%s can)", f.Name, strings.Join(combinable(s.reg, o), ", "))
			}
		}
	}
	if s.outFile != "" && len(s.formats) > 1 && !s.jsonl {
		return nil, usagef("convert: -o names one file but --to asks for %d formats: use --out-dir", len(s.formats))
	}
	if s.outFile == batch.Stdin && e.stdoutTTY && !s.jsonl {
		for _, f := range s.formats {
			if f.Binary {
				return nil, usagef("convert: refusing to write %s to a terminal: use -o FILE", f.Name)
			}
		}
	}
	return s, nil
}

// outputFormats resolves --to; without it the format comes from -o's
// extension (frontpage.pdf → pdf), else json.
func outputFormats(s *settings, to string) ([]string, error) {
	if to == "" {
		if s.outFile != "" && s.outFile != batch.Stdin {
			if c, ok := writerForName(s.reg, s.outFile); ok {
				return []string{c.Format.Name}, nil
			}
			return nil, usagef("convert: cannot tell the format of %s from its extension: give --to (known: %s)",
				s.outFile, strings.Join(s.reg.Writable(), ", "))
		}
		return []string{"json"}, nil
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range strings.Split(to, ",") {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, usagef("convert: --to is empty (known: %s)", strings.Join(s.reg.Writable(), ", "))
	}
	return out, nil
}

// writerForName finds the writable format for an output file name: one
// whose extension has several parts (p.ninjs.json → ninjs, not json) first,
// then the format named like the extension (.txt → txt, not newstext).
func writerForName(reg *convert.Registry, name string) (convert.Codec, bool) {
	lower := strings.ToLower(name)
	for _, c := range reg.Codecs() {
		for _, e := range c.Format.Extensions {
			if c.CanWrite() && strings.Count(e, ".") > 1 && strings.HasSuffix(lower, strings.ToLower(e)) {
				return c, true
			}
		}
	}
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), ".")
	if c, ok := reg.Lookup(ext); ok && c.CanWrite() && c.Format.HasExt(name) {
		return c, true
	}
	for _, c := range reg.Codecs() {
		if c.CanWrite() && c.Format.HasExt(name) {
			return c, true
		}
	}
	return convert.Codec{}, false
}

func runBatch(ctx context.Context, s *settings, inputs []batch.Input, e *env) (int, error) {
	if s.outFile != "" && len(inputs) > 1 {
		return 0, usagef("convert: -o names one file but there are %d inputs: use --out-dir", len(inputs))
	}
	stdins := 0
	for _, in := range inputs {
		if in.Path == batch.Stdin {
			stdins++
		}
	}
	if stdins > 0 && len(s.formats) > 1 && s.outDir == "" && s.outFile == "" {
		return 0, usagef("convert: standard input to %d formats needs --out-dir", len(s.formats))
	}
	if s.outFile == "" && s.outDir == "" && stdins > 0 && e.stdoutTTY {
		for _, f := range s.formats {
			if f.Binary {
				return 0, usagef("convert: refusing to write %s to a terminal: use -o FILE", f.Name)
			}
		}
	}
	jobs := batch.Plan(inputs, batch.PlanOptions{Formats: s.formats, OutDir: s.outDir, OutFile: s.outFile})
	jobs = batch.Shard(jobs, s.shardI, s.shardN)
	conv := &batch.Converter{
		Registry:      s.reg,
		Options:       s.opts,
		SkipUnchanged: s.skip,
		Explain:       s.explain,
		Recipe:        recipe(s.opts),
		Sync:          s.sync,
		Stdin:         e.stdin,
		Stdout:        e.stdout,
	}
	s.rep.where = outputsWhere(s)
	s.rep.start(len(jobs))
	sum := batch.Run(ctx, jobs, conv.Do, batch.RunOptions{
		Workers:  s.jobs,
		Progress: s.rep.progress,
		Report:   s.rep.result,
	})
	s.rep.finish(sum)
	if err := ctx.Err(); err != nil {
		return sum.Failed, err
	}
	return sum.Failed, nil
}

// stdoutName turns the names of standard output (/dev/stdout, /dev/fd/1,
// /proc/self/fd/1) into "-": opened again by name they would truncate a
// file that the shell opened for appending, or be replaced by a rename.
func stdoutName(name string) string {
	switch name {
	case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return batch.Stdin
	}
	return name
}

// warnRepeated warns of a file named twice for --combine: inputs are
// converted once each, so the book holds it once, which is likely not
// what the repetition meant.
func warnRepeated(rep *reporter, args []string) {
	seen := map[string]bool{}
	for _, a := range args {
		if a == batch.Stdin {
			continue
		}
		p, err := filepath.Abs(a)
		if err != nil {
			continue
		}
		if seen[p] {
			rep.mu.Lock()
			rep.diagnostic(a, doc.Diagnostic{Severity: doc.SeverityWarning, Message: "named more than once; the book holds it once"})
			rep.mu.Unlock()
			continue
		}
		seen[p] = true
	}
}

// outputsWhere says where a batch's outputs go, for its summary.
func outputsWhere(s *settings) string {
	switch {
	case s.outDir != "":
		return "in " + quoteName(s.outDir)
	case s.outFile == batch.Stdin:
		return "on standard output"
	case s.outFile != "":
		return "in " + quoteName(s.outFile)
	}
	return "beside the inputs"
}

// combinable lists the formats that can combine documents, for the message
// refusing one that cannot (the registry knows, so the list never goes stale).
func combinable(reg *convert.Registry, o convert.Options) []string {
	var names []string
	for _, name := range reg.Writable() {
		if reg.CanCombine(name, o) {
			names = append(names, name)
		}
	}
	return names
}
