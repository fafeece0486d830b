package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
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
