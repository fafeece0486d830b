package newstext

import (
	"fmt"
	"github.com/paiban/paiban/convert/doc"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testtool"
)

var update = testtool.Update

// caseSep separates a case file's input from its expected tree.
const caseSep = "=== expect ===\n"

// TestCases reads every testdata/cases/*.txt: the input, then after
// caseSep the expected language, outline (with source lines) and
// diagnostics. -update rewrites the expectations.
func TestCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			input, want, _ := strings.Cut(string(raw), caseSep)
			d := mustRead(t, input)
			got := describe(d)
			if *update {
				if err := os.WriteFile(f, []byte(input+caseSep+got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != want {
				t.Errorf("tree differs (run with -update to accept):\n--- got\n%s--- want\n%s", got, want)
			}
			checkNothingLost(t, []byte(input), d)
			roundTrip(t, d)
		})
	}
}

// describe is the expectation format of a case file.
func describe(dd *docT) string {
	var b strings.Builder
	fmt.Fprintf(&b, "lang %s\n", dd.Lang)
	b.WriteString(outline(dd, true))
	for _, g := range dd.Diagnostics {
		fmt.Fprintf(&b, "%d: %s: %s\n", g.Line, g.Severity, g.Message)
	}
	return b.String()
}

type docT = doc.Document
