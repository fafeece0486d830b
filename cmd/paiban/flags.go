package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v3"

	"github.com/paiban/paiban/convert/bulletin"
)

// Flag categories, for a readable --help.
const (
	catOutput = "Output"
	catInput  = "Input"
	catBatch  = "Batch"
	catTxt    = "Bulletin (txt)"
	catPDF    = "PDF"
	catEPUB   = "EPUB"
	catCommon = "PDF and EPUB"
	catDebug  = "Profiling"
)

func envVar(name string) cli.ValueSourceChain { return cli.EnvVars("PAIBAN_" + name) }

func convertFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "to", Aliases: []string{"t"}, Category: catOutput, Sources: envVar("TO"),
			Usage: "output formats, comma-separated (json, txt, pdf, epub, html, ninjs, newstext: paiban formats lists them); default: from -o's extension, else json"},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Category: catOutput, TakesFile: true,
			Usage: "output file (- for standard output); a name ending in / is a directory like --out-dir"},
		&cli.StringFlag{Name: "out-dir", Aliases: []string{"d"}, Category: catOutput, TakesFile: true, Sources: envVar("OUT_DIR"),
			Usage: "write outputs under `DIR`, mirroring the input tree"},
		&cli.BoolFlag{Name: "combine", Category: catOutput,
			Usage: "combine all inputs into one output (epub, html), in the order given (a directory's files by name); needs -o"},
		&cli.BoolFlag{Name: "jsonl", Category: catOutput,
			Usage: "JSON Lines: read .jsonl/.ndjson inputs and stdin (unless --from says otherwise) as one tree per line; write one line per document and format"},

		&cli.StringFlag{Name: "from", Aliases: []string{"f"}, Category: catInput, Sources: envVar("FROM"),
			Usage: "input format (newstext, json); default: from the extension, else newstext"},
		&cli.StringFlag{Name: "encoding", Aliases: []string{"e"}, Category: catInput, Sources: envVar("ENCODING"),
			Usage: "input encoding (UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5); default: detected"},
		&cli.StringFlag{Name: "lang", Category: catInput, Sources: envVar("LANG"),
			Usage: "language of the text (zh-Hans, zh-Hant, ja, ko); default: detected"},
		&cli.BoolFlag{Name: "explain", Category: catInput,
			Usage: "print to stderr, for every block of newspaper text, the label the reader chose, its score, the runner-up and the features that decided"},
		&cli.StringFlag{Name: "max-size", Category: catInput, Sources: envVar("MAX_SIZE"), Value: "64MiB",
			Usage: "refuse inputs larger than this (bytes, or with KiB, MiB, GiB), a file before reading it; 0: no limit"},

		&cli.BoolFlag{Name: "recursive", Aliases: []string{"r"}, Category: catBatch,
			Usage: "convert the files in directories given as inputs, and below"},
		&cli.IntFlag{Name: "jobs", HideDefault: true, Aliases: []string{"j"}, Category: catBatch, Sources: envVar("JOBS"),
			Usage: "inputs converted at once (default: the number of CPUs)"},
		&cli.BoolFlag{Name: "skip-unchanged", Category: catBatch, Sources: envVar("SKIP_UNCHANGED"),
			Usage: "skip inputs whose outputs all exist and are no older"},
		&cli.StringFlag{Name: "shard", Category: catBatch, Sources: envVar("SHARD"),
			Usage: "convert only share `i/n` of the inputs (0 ≤ i < n), chosen by hashing the relative path; the documents of a JSON Lines stream are dealt round the shares in turn, and a single document on standard input belongs to share 0"},
		&cli.BoolFlag{Name: "sync", Category: catBatch, Sources: envVar("SYNC"),
			Usage: "flush each output to disk before renaming it into place, so even a power failure leaves no torn file (slower)"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Category: catBatch, Sources: envVar("QUIET"),
			Usage: "print only errors: no warnings, no progress"},
		&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Category: catBatch, Sources: envVar("VERBOSE"),
			Usage: "print each file converted, and a summary"},

		&cli.IntFlag{Name: "width", HideDefault: true, Category: catTxt, Sources: envVar("WIDTH"),
			Usage: fmt.Sprintf("bulletin width in display columns, at least %d (default: %d)", bulletin.MinWidth, bulletin.DefaultWidth)},
		&cli.BoolFlag{Name: "ambiguous-narrow", Category: catTxt, Sources: envVar("AMBIGUOUS_NARROW"),
			Usage: "count East Asian ambiguous-width characters as one column"},
		&cli.BoolFlag{Name: "brief", Category: catTxt,
			Usage: "headlines and first paragraphs only"},

		&cli.StringFlag{Name: "paper", Category: catPDF, Sources: envVar("PAPER"),
			Usage: "paper size: A3, A4, A5, B5, Letter, Tabloid, Broadsheet or WIDTHxHEIGHT in mm (default: A4)"},
		&cli.IntFlag{Name: "columns", HideDefault: true, Category: catPDF, Sources: envVar("COLUMNS"),
			Usage: "number of text columns: 1 to 4 in the flow layout (default: 2 on A4 and wider paper, 3 on A3, 1 on A5 and B5), 1 to 12 on a newspaper page (default: 6 on A3, 8 broadsheet, 5 tabloid, 4 A4)"},
		&cli.StringFlag{Name: "layout", Category: catPDF, Sources: envVar("LAYOUT"),
			Usage: "page layout: newspaper (articles as blocks made up to fill each page) or flow (one article after another) (default: newspaper on Tabloid, A3 and larger paper, flow on smaller)"},
		&cli.StringFlag{Name: "masthead", Category: catPDF, Sources: envVar("MASTHEAD"),
			Usage: "the newspaper's `NAME`: a nameplate on the front page and in every folio"},
		&cli.StringFlag{Name: "issue", Category: catPDF,
			Usage: "issue number printed with the nameplate or folio"},
		&cli.StringFlag{Name: "page-name", Category: catPDF,
			Usage: "page name (版名) printed in the folio"},
		&cli.IntFlag{Name: "first-page", HideDefault: true, Category: catPDF,
			Usage: "number of the first page, for folios and jump lines (default: 1)"},

		&cli.BoolFlag{Name: "vertical", Category: catCommon,
			Usage: "vertical text (縦組み, 竖排): top to bottom, lines right to left, bound on the right"},
		&cli.BoolFlag{Name: "embed-font", Category: catEPUB,
			Usage: "embed a subset of the body font (--font-body, else the default) for readers without CJK fonts"},

		&cli.StringFlag{Name: "font-body", Category: catCommon, TakesFile: true, Sources: envVar("FONT_BODY"),
			Usage: "body font `FILE`, TrueType (.ttf, or .ttc#N for face N of a collection; CFF .otf fonts are refused) instead of the embedded one; EPUB embeds it with --embed-font"},
		&cli.StringFlag{Name: "font-heading", Category: catCommon, TakesFile: true, Sources: envVar("FONT_HEADING"),
			Usage: "heading font `FILE`, TrueType like --font-body, instead of the embedded one (PDF only)"},
		&cli.StringFlag{Name: "title", Category: catCommon,
			Usage: "document title (default: the first headline)"},
		&cli.StringFlag{Name: "cpuprofile", Category: catDebug, TakesFile: true, Hidden: true,
			Usage: "write a CPU profile to `FILE` (go tool pprof)"},
		&cli.StringFlag{Name: "memprofile", Category: catDebug, TakesFile: true, Hidden: true,
			Usage: "write an allocation profile to `FILE` at the end"},
		&cli.StringFlag{Name: "date", Category: catCommon, Sources: envVar("DATE"),
			Usage: "publication date, YYYY-MM-DD or RFC 3339 (default: SOURCE_DATE_EPOCH, else the date the page states)"},
	}
}

// parseSize parses a byte count with an optional binary or decimal unit.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   int64
	}{
		{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
		{"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000},
		{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1},
	}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(strings.ToUpper(t), strings.ToUpper(u.suffix)) {
			t = strings.TrimSpace(t[:len(t)-len(u.suffix)])
			mult = u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("--max-size %q: want a number of bytes such as 64MiB (0: no limit)", s)
	}
	return n * mult, nil
}

// parseDate parses --date: a day (YYYY-MM-DD, midnight UTC) or RFC 3339.
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339 (2025-01-01T08:00:00+08:00)", s)
}

// sourceDate reads SOURCE_DATE_EPOCH (reproducible-builds.org): seconds
// since 1970, UTC.
func sourceDate(v string) (time.Time, error) {
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q: want seconds since 1970", v)
	}
	return time.Unix(n, 0).UTC(), nil
}

// flagNames is f.Names() without its cost: cli strips every name through
// a regular expression on each call, and its own value lookups call it
// for every flag, a third of a millisecond per run. paiban's names need
// no stripping.
func flagNames(f cli.Flag) []string {
	switch f := f.(type) {
	case *cli.StringFlag:
		return append([]string{f.Name}, f.Aliases...)
	case *cli.BoolFlag:
		return append([]string{f.Name}, f.Aliases...)
	case *cli.IntFlag:
		return append([]string{f.Name}, f.Aliases...)
	}
	return f.Names()
}

// flagValues holds a command's parsed flags by every name, its own before
// its parents'.
type flagValues map[string]cli.Flag

func newFlagValues(cmd *cli.Command) flagValues {
	m := flagValues{}
	for _, c := range cmd.Lineage() {
		for _, f := range c.Flags {
			for _, n := range flagNames(f) {
				if _, ok := m[n]; !ok {
					m[n] = f
				}
			}
		}
	}
	return m
}

func (m flagValues) value(name string) any {
	if f := m[name]; f != nil {
		return f.Get()
	}
	return nil
}

// String is cmd.String(name).
func (m flagValues) String(name string) string { v, _ := m.value(name).(string); return v }

// Bool is cmd.Bool(name).
func (m flagValues) Bool(name string) bool { v, _ := m.value(name).(bool); return v }

// Int is cmd.Int(name).
func (m flagValues) Int(name string) int { v, _ := m.value(name).(int); return v }
