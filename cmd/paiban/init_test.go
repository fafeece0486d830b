package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestInitCheap runs this test binary, which links every package the
// command does, with GODEBUG=inittrace=1 and no test to run, and checks
// that none of paiban's own packages does real work while it starts: each
// allocates at most a few times in its initialisation. Every run of
// paiban pays for every package's init, `paiban --version` included (the
// goal is 2.5 ms): a regular expression compiled or a table built into a
// package-level variable belongs in a sync.OnceValue, built on first use.
// (Allocations, not time, so that the test means the same on a busy
// machine.)
func TestInitCheap(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	re := regexp.MustCompile(`(?m)^init (github\.com/paiban/paiban/\S*) @.*, (\d+) bytes, (\d+) allocs$`)
	ms := re.FindAllSubmatch(out, -1)
	if len(ms) < 5 {
		t.Fatalf("inittrace shows %d of paiban's packages:\n%s", len(ms), out)
	}
	const maxAllocs = 16
	for _, m := range ms {
		allocs, _ := strconv.Atoi(string(m[3]))
		t.Logf("%s: %s bytes, %d allocs", m[1], m[2], allocs)
		if allocs > maxAllocs {
			t.Errorf("package %s allocates %d times in its initialisation (%s bytes); want at most %d: build on first use", m[1], allocs, m[2], maxAllocs)
		}
	}
}

// TestStartupInit keeps heavy package initialisation out of paiban's
// start, which every run pays for, `paiban --version` and each small
// conversion included: Go initialises every linked package, used or not.
// It checks the command's import graph (go list) for packages known to
// cost much at start that paiban does not need (net/http and
// crypto/tls came with go-epub's and a progress bar's network code,
// x/net/html's entity map and mimetype's tables with go-epub's media
// sniffing: third_party/go-epub/PAIBAN.md), and the allocations of every
// package of the command during initialisation (this test binary, which
// links them all, run with GODEBUG=inittrace=1) against a budget per
// package, with the few known exceptions named.
func TestStartupInit(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the imports with")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	for _, p := range []string{
		"net/http", "crypto/tls", "crypto/x509", "golang.org/x/net/html",
		"github.com/gabriel-vasile/mimetype", "github.com/vincent-petithory/dataurl",
		"github.com/schollz/progressbar/v3", "github.com/mitchellh/colorstring",
	} {
		if deps[p] {
			t.Errorf("the command links %s, whose initialisation every run pays for", p)
		}
	}

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	trace, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, trace)
	}
	const maxAllocs, maxBytes = 32, 24 << 10
	// Known exceptions, each with its own ceiling (about 10% above today's).
	allow := map[string]struct{ allocs, bytes int }{
		// fpdf imports gob (templates): gob registers its basic types.
		"encoding/gob": {400, 28 << 10},
		// cmd/paiban's GC tuning reads the live heap (gc.go).
		"runtime/metrics": {110, 17 << 10},
		// Character sets built at init rather than on first use.
		"github.com/paiban/paiban/convert/newstext": {16, 100 << 10},
	}
	re := regexp.MustCompile(`(?m)^init (\S+) @.*, (\d+) bytes, (\d+) allocs$`)
	total, seen := 0, 0
	for _, m := range re.FindAllSubmatch(trace, -1) {
		pkg := string(m[1])
		if !deps[pkg] {
			continue // linked by the tests only
		}
		seen++
		bytes, _ := strconv.Atoi(string(m[2]))
		allocs, _ := strconv.Atoi(string(m[3]))
		total += bytes
		ceil, ok := allow[pkg]
		if !ok {
			ceil.allocs, ceil.bytes = maxAllocs, maxBytes
		}
		if allocs > ceil.allocs || bytes > ceil.bytes {
			t.Errorf("package %s allocates %d bytes in %d allocations while it initialises; the budget is %d bytes in %d", pkg, bytes, allocs, ceil.bytes, ceil.allocs)
		}
	}
	if seen < 50 {
		t.Fatalf("inittrace shows %d of the command's packages:\n%s", seen, trace)
	}
	t.Logf("%d packages of the command allocate %d bytes while they initialise", seen, total)
	const maxTotal = 256 << 10
	if total > maxTotal {
		t.Errorf("the command's packages allocate %d bytes while they initialise; the budget is %d", total, maxTotal)
	}
}
