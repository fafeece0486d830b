package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/paiban/paiban/convert/doc"
)

// fieldFlags maps the convert.Options fields to the flags that set them:
// library errors and Registry.Ignored speak of fields, the user of flags.
var fieldFlags = map[string]string{
	"Title":           "--title",
	"FontBody":        "--font-body",
	"FontHeading":     "--font-heading",
	"Width":           "--width",
	"AmbiguousNarrow": "--ambiguous-narrow",
	"Brief":           "--brief",
	"Paper":           "--paper",
	"Columns":         "--columns",
	"Vertical":        "--vertical",
	"EmbedFont":       "--embed-font",
	"Encoding":        "--encoding",
	"Lang":            "--lang",
	"MaxSize":         "--max-size",
}

var optionRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`for JSON Lines, read the input as a stream of lines|option ([A-Z][A-Za-z]*)`)
})

// jsonLinesHint is how the JSON reader says that a file holds more than
// one document (ReadLines would read it).
const jsonLinesHint = "for JSON Lines, read the input as a stream of lines"

// flagWords rewrites a library message for the command line: "option
// Encoding" becomes "--encoding", the JSON Lines hint names --jsonl.
func flagWords(msg string) string {
	if !strings.Contains(msg, "option ") && !strings.Contains(msg, jsonLinesHint) {
		return msg
	}
	return optionRE().ReplaceAllStringFunc(msg, func(m string) string {
		if m == jsonLinesHint {
			return "JSON Lines needs --jsonl"
		}
		if f, ok := fieldFlags[strings.TrimPrefix(m, "option ")]; ok {
			return f
		}
		return m
	})
}

// warnIgnored warns of each flag given on the command line that none of
// the chosen output formats uses (--columns with --to epub), naming the
// formats that would, so that no setting passes silently.
func warnIgnored(e *env, s *settings) {
	if s.rep.quiet {
		return
	}
	ignoredBy := map[string][]string{}
	var order []string
	for _, f := range s.formats {
		for _, field := range s.reg.Ignored(f.Name, s.opts) {
			if _, ok := ignoredBy[field]; !ok {
				order = append(order, field)
			}
			ignoredBy[field] = append(ignoredBy[field], f.Name)
		}
	}
	for _, field := range order {
		flag := fieldFlags[field]
		if flag == "" || len(ignoredBy[field]) < len(s.formats) || !e.onCommandLine(strings.TrimPrefix(flag, "--")) {
			continue // some chosen format uses it, or the environment set it
		}
		var users []string
		for _, w := range s.reg.Writable() {
			if !slices.Contains(s.reg.Ignored(w, s.opts), field) {
				users = append(users, w)
			}
		}
		msg := fmt.Sprintf("%s is ignored by %s", flag, strings.Join(ignoredBy[field], " and "))
		if field == "FontBody" && slices.Contains(ignoredBy[field], "epub") {
			msg += "; epub embeds it with --embed-font"
		}
		if len(users) > 0 {
			msg += fmt.Sprintf(" (it is for %s)", strings.Join(users, ", "))
		}
		s.rep.mu.Lock()
		s.rep.diagnostic("paiban", doc.Diagnostic{Severity: doc.SeverityWarning, Message: msg})
		s.rep.mu.Unlock()
	}
}
