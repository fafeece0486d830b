package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoneDashKeepsLaterArgs: urfave/cli stops parsing at a lone "-" and
// drops what follows; paiban must still see the file and flags after it.
func TestLoneDashKeepsLaterArgs(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "p.txt"), page)
	out := filepath.Join(dir, "out")
	paiban(t, page, "convert", "-", in, "--to", "txt", "--out-dir", out).want(t, 0)
	for _, name := range []string{"stdin.txt", "p.txt"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || strings.HasPrefix(string(b), "{") {
			t.Errorf("%s: %.40q, %v; want a bulletin", name, b, err)
		}
	}
	// "-o -" still means standard output.
	r := paiban(t, page, "convert", "-", "-o", "-", "--to", "txt")
	r.want(t, 0)
	if !strings.Contains(r.stdout, "地铁四号线北延段今日通车") || strings.HasPrefix(r.stdout, "{") {
		t.Errorf("stdout: %.200q", r.stdout)
	}
}

// TestFlagBeatsConflictingEnv: a flag typed on the command line wins over
// a PAIBAN_… variable that conflicts with it.
func TestFlagBeatsConflictingEnv(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "p.txt"), page)
	out := filepath.Join(dir, "x.json")
	t.Setenv("PAIBAN_OUT_DIR", filepath.Join(dir, "envdir"))
	paiban(t, "", "convert", "-o", out, in).want(t, 0)
	if !exists(out) || exists(filepath.Join(dir, "envdir")) {
		t.Errorf("-o did not beat PAIBAN_OUT_DIR")
	}
	t.Setenv("PAIBAN_OUT_DIR", "")
	t.Setenv("PAIBAN_QUIET", "1")
	r := paiban(t, "", "convert", "-v", "-o", out, in)
	r.want(t, 0)
	if !strings.Contains(r.stderr, "→") {
		t.Errorf("-v did not beat PAIBAN_QUIET: stderr %q", r.stderr)
	}
	// Both on the command line still conflict.
	paiban(t, "", "convert", "-q", "-v", "-o", out, in).want(t, exitUsage)
}

func TestBadEnvValueIsUsageError(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "p.txt"), page)
	t.Setenv("PAIBAN_JOBS", "abc")
	r := paiban(t, "", "convert", "-o", filepath.Join(dir, "x.json"), in)
	r.want(t, exitUsage)
	if !strings.Contains(r.stderr, "PAIBAN_JOBS") {
		t.Errorf("stderr %q does not name the variable", r.stderr)
	}
}

// TestCompletionNeverConverts: the bash script asks
// `paiban convert a.txt -- --generate-shell-completion` for a.txt --<TAB>.
func TestCompletionNeverConverts(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "a.txt"), page)
	tests := []struct {
		args      []string
		want, not string
	}{
		{[]string{"convert", in, "--"}, "--to\n", "convert\n"},
		{[]string{"convert", in, "--t"}, "--to\n", "--out-dir"},
		{[]string{"convert", "-"}, "-o\n", "convert\n"},
		{[]string{}, "convert\n", "--to"},
		{[]string{"co"}, "completion\n", "--to"},
		{[]string{"convert", in, "--to"}, "pdf\n", "--to"},
		{[]string{"convert", "-o"}, "", "-o"},
		{[]string{"completion"}, "bash\n", "convert"},
	}
	for _, tt := range tests {
		r := paiban(t, "", append(tt.args, completionFlag)...)
		r.want(t, 0)
		if !strings.Contains(r.stdout, tt.want) || strings.Contains(r.stdout, tt.not) {
			t.Errorf("%q: candidates %q, want %q and not %q", tt.args, r.stdout, tt.want, tt.not)
		}
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("completion wrote files: %v", es)
	}
}

// failingReader returns some data, then an error that ends the stream.
type failingReader struct{ data *strings.Reader }

func (f failingReader) Read(p []byte) (int, error) {
	if f.data.Len() == 0 {
		return 0, errors.New("disk on fire")
	}
	return f.data.Read(p)
}

// TestShardSeesStreamError: an error that ends a JSON Lines stream fails
// every share, not only the one whose turn it was.
func TestShardSeesStreamError(t *testing.T) {
	for i := range 2 {
		var out, errb bytes.Buffer
		e := &env{
			stdin:  failingReader{strings.NewReader(`{"type":"document","version":1}` + "\n")},
			stdout: &out, stderr: &errb,
			getenv: func(string) string { return "" },
		}
		code := run(context.Background(), []string{"paiban", "convert", "--jsonl", "--to", "txt", "--shard", fmt.Sprintf("%d/2", i), "-"}, e)
		if code != exitFailed || !strings.Contains(errb.String(), "disk on fire") {
			t.Errorf("share %d: exit %d, stderr %q; want 1 and the error", i, code, errb.String())
		}
	}
}

// TestDashAsFlagValue: a "-" that is a flag's value stays as typed, and
// -o /dev/stdout is standard output (opening it again by name would
// truncate a file the shell opened for appending).
func TestDashAsFlagValue(t *testing.T) {
	args := []string{"paiban", "convert", "-", "--title", "-", "-o", "-"}
	got := protectDash(args, valueFlags(newApp(&env{})))
	want := []string{"paiban", "convert", dashArg, "--title", "-", "-o", "-"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("protectDash = %q, want %q", got, want)
	}
	r := paiban(t, page, "convert", "--to", "txt", "-o", "/dev/stdout", "-")
	r.want(t, 0)
	if !strings.Contains(r.stdout, "地铁四号线北延段今日通车") {
		t.Errorf("-o /dev/stdout did not write to standard output: %.100q", r.stdout)
	}
}
