package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testtool"
)

// TestTerminalColorAndNoColor runs as if stderr were a terminal: warnings
// are coloured and a summary shows, unless NO_COLOR is set.
func TestTerminalColorAndNoColor(t *testing.T) {
	seed := testtool.Seed(t) // has warnings to colour
	for _, noColor := range []string{"", "1"} {
		var errb bytes.Buffer
		e := &env{
			stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &errb, terminal: true,
			getenv: func(k string) string {
				if k == "NO_COLOR" {
					return noColor
				}
				return ""
			},
		}
		dir := t.TempDir()
		other := write(t, filepath.Join(dir, "b.txt"), page)
		code := run(context.Background(), []string{"paiban", "convert", "--out-dir", dir, seed, other}, e)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		colored := strings.Contains(errb.String(), "\x1b[33mwarning")
		if colored != (noColor == "") {
			t.Errorf("NO_COLOR=%q: coloured=%v\n%q", noColor, colored, errb.String())
		}
		if !strings.Contains(errb.String(), "2 converted, 0 failed, 0 skipped") {
			t.Errorf("no summary on a terminal: %q", errb.String())
		}
	}
}

// TestBatchSummary checks that a batch's summary counts the warnings by
// kind and says where the outputs went, and that -q drops warnings and
// summary alike but keeps errors.
func TestBatchSummary(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := range 3 {
		// A paragraph cut by a column break: one warning each.
		args = append(args, write(t, filepath.Join(dir, "in", fmt.Sprintf("p%d.txt", i)),
			"# 标题\n\n这一段在分栏处被截断了，而且没有结束\n\n下一栏接着写完。\n"))
	}
	bad := write(t, filepath.Join(dir, "in", "bad.txt"), "\x00\x01\x02")
	out := filepath.Join(dir, "out")
	r := paiban(t, "", append([]string{"convert", "-v", "--to", "txt", "--out-dir", out}, args...)...)
	r.want(t, 0)
	for _, want := range []string{
		"paiban: 3 warning(s):\n",
		"3 × paragraph continues from line N across a column or page break; joined\n",
		"paiban: 3 converted, 0 failed, 0 skipped; outputs in " + out + "\n",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	r = paiban(t, "", append([]string{"convert", "-q", "--to", "txt", "--out-dir", out, bad}, args...)...)
	r.want(t, 1)
	if !strings.Contains(r.stderr, "bad.txt") || strings.Contains(r.stderr, "warning") {
		t.Errorf("-q: want the error and no warnings:\n%s", r.stderr)
	}
}
