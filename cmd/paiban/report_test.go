package main

import (
	"bytes"
	"context"
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
