package pdf

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/paiban/paiban/convert/jsonfmt"
	"github.com/paiban/paiban/internal/testtool"
)

// knownFile lists the combinations check_pdf.py still fails, one
// "sample paper layout" a line with the reason after a #.
const knownFile = "testdata/check_pdf_known.txt"

// TestCheckPDFMatrix runs the shared independent checker,
// ../shared/tools/check_pdf.py, on every sample and the seed page at every
// named paper size in both layouts (the default layout is one of them). A
// failure not listed in testdata/check_pdf_known.txt fails the test, and so
// does a listed one that now passes (delete its line), so that the list
// says exactly what is left. With -v every result is logged, the table the
// product side reads. Every named paper size is checked in CI
// (PAIBAN_REQUIRE_TOOLS=1) or with PAIBAN_CHECK_MATRIX=1, else A3 and A4
// only. Skipped with -short, and when python3, poppler or qpdf are missing
// unless PAIBAN_REQUIRE_TOOLS=1; the checker itself is not ours and is
// skipped when absent.
func TestCheckPDFMatrix(t *testing.T) {
	if testing.Short() {
		t.Skip("the full matrix of papers and layouts (-short)")
	}
	script := filepath.Join(testtool.RepoRoot(), "..", "shared", "tools", "check_pdf.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("shared checker not present: %v", err)
	}
	py := testtool.Need(t, "python3")
	for _, tool := range []string{"pdftotext", "pdffonts", "qpdf"} {
		testtool.Need(t, tool)
	}
	known := readKnown(t)
	inputs := testtool.Samples(t)
	if seed := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt"); fileExists(seed) {
		inputs = append(inputs, seed)
	}
	papers := []string{"A3", "A4"}
	if testtool.Required() || os.Getenv("PAIBAN_CHECK_MATRIX") == "1" {
		// Every named paper: minutes of pdftotext and qpdf runs, for CI
		// and for the product side (scripts/checkpdf.sh), not for every
		// local go test of a developer sharing the machine.
		papers = slices.Sorted(func(yield func(string) bool) {
			for p := range paperSizes {
				if !yield(p) {
					return
				}
			}
		})
	}
	layouts := map[string]Layout{"flow": LayoutFlow, "newspaper": LayoutNewspaper}
	dir := t.TempDir()
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var mu sync.Mutex
	seen := map[string]bool{}
	t.Run("all", func(t *testing.T) {
		for _, in := range inputs {
			name := strings.TrimSuffix(filepath.Base(in), ".txt")
			d := readText(t, in)
			var tree bytes.Buffer
			if err := jsonfmt.NewWriter().Write(context.Background(), &tree, d); err != nil {
				t.Fatal(err)
			}
			js := filepath.Join(dir, name+".json")
			if err := os.WriteFile(js, tree.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, paper := range papers {
				for _, lname := range []string{"flow", "newspaper"} {
					key := name + " " + paper + " " + lname
					t.Run(strings.ReplaceAll(key, " ", "/"), func(t *testing.T) {
						t.Parallel()
						sem <- struct{}{}
						defer func() { <-sem }()
						var out bytes.Buffer
						err := New(WithPaper(paper), WithLayout(layouts[lname])).Write(context.Background(), &out, d)
						if err != nil {
							t.Fatalf("%s: %v", key, err)
						}
						pdf := filepath.Join(dir, strings.ReplaceAll(key, " ", ".")+".pdf")
						if err := os.WriteFile(pdf, out.Bytes(), 0o644); err != nil {
							t.Fatal(err)
						}
						cmd := exec.Command(py, script, pdf, js)
						cmd.Dir = filepath.Dir(script) // it imports cjkcheck from beside it
						res, err := cmd.CombinedOutput()
						ok := err == nil && bytes.Contains(res, []byte("pdf: ok"))
						mu.Lock()
						seen[key] = true
						mu.Unlock()
						summary := strings.ReplaceAll(strings.TrimSpace(string(res)), "\n", "; ")
						reason, listed := known[key]
						switch {
						case ok && listed:
							t.Errorf("%s now passes check_pdf.py: delete its line (%s) from %s", key, reason, knownFile)
						case !ok && !listed:
							t.Errorf("%s: check_pdf.py: %v: %s", key, err, summary)
						case !ok:
							t.Logf("%s: known failure (%s): %s", key, reason, summary)
						default:
							t.Logf("%s: %s", key, summary)
						}
					})
				}
			}
		}
	})
	for key := range known {
		if !seen[key] && len(papers) == len(paperSizes) && !strings.HasPrefix(key, "frontpage ") {
			t.Errorf("%s: listed in %s but not checked (no such sample or paper)", key, knownFile)
		}
	}
}

// readKnown reads knownFile: "sample paper layout  # reason" lines.
func readKnown(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(knownFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	known := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, reason, _ := strings.Cut(sc.Text(), "#")
		if f := strings.Fields(line); len(f) == 3 {
			known[strings.Join(f, " ")] = strings.TrimSpace(reason)
		} else if len(f) != 0 {
			t.Fatalf("%s: %q: want sample, paper and layout", knownFile, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return known
}
