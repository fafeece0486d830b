package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func sparse(t *testing.T, path string, size int64) string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestMaxSizeZeroIsNoLimit: --max-size 0 lets a text input over the 64 MiB
// default through to the reader (which then finds it is not text).
func TestMaxSizeZeroIsNoLimit(t *testing.T) {
	in := sparse(t, filepath.Join(t.TempDir(), "big.txt"), 65<<20)
	r := paiban(t, "", "convert", "--max-size", "0", "-o", "-", in)
	r.want(t, 1)
	if strings.Contains(r.stderr, "too large") || !strings.Contains(r.stderr, "binary") {
		t.Errorf("--max-size 0 refused the size: %s", r.stderr)
	}
}

// TestTooLargeRefusedUnread: a file over the limit is refused by its size,
// before it is read: paiban, given 192 MiB of address space to spare (the
// Go runtime reserves its heap 64 MiB at a time), refuses a 1 GiB file
// over a 512 MiB limit at once, with a message that names the flag and no
// Go function; reading up to the limit first would run out of memory.
func TestTooLargeRefusedUnread(t *testing.T) {
	d := t.TempDir()
	sparse(t, filepath.Join(d, "big.txt"), 1<<30)
	sparse(t, filepath.Join(d, "big.json"), 1<<30)
	for _, args := range [][]string{
		{"convert", "--max-size", "512MiB", "--to", "txt", "-o", "-", "big.txt"},
		{"convert", "--max-size", "512MiB", "--to", "txt", "-o", "-", "big.json"},
		{"convert", "--max-size", "512MiB", "--jsonl", "--from", "json", "--to", "txt", "big.json"},
		{"convert", "--to", "txt", "-o", "-", "big.txt"}, // the default limit
	} {
		p := startPaiban(t, d, nil, []string{"PAIBAN_TEST_MEMORY=" + fmt.Sprint(192<<20)}, args...)
		code := p.wait(limit)
		msg := p.stderr.String()
		if code != 1 || !strings.Contains(msg, "input too large: more than ") || !strings.Contains(msg, "--max-size") || strings.Contains(msg, "With") {
			t.Errorf("%v: exit %d\n%.300s", args, code, msg)
		}
	}
}

// TestJSONLinesHint: a .json file holding JSON Lines is refused with the
// advice that fits: --jsonl when it was not given, the file's name when it
// was.
func TestJSONLinesHint(t *testing.T) {
	tree := `{"type":"document","version":1}`
	in := write(t, filepath.Join(t.TempDir(), "two.json"), tree+"\n"+tree+"\n")
	r := paiban(t, "", "convert", "--to", "txt", "-o", "-", in)
	r.want(t, 1)
	if !strings.Contains(r.stderr, "JSON Lines needs --jsonl") {
		t.Errorf("without --jsonl: %s", r.stderr)
	}
	r = paiban(t, "", "convert", "--jsonl", "--to", "txt", in)
	r.want(t, 1)
	if strings.Contains(r.stderr, "needs --jsonl") || !strings.Contains(r.stderr, "named .jsonl or .ndjson") {
		t.Errorf("with --jsonl: %s", r.stderr)
	}
}
