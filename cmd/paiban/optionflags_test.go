package main

import (
	"path/filepath"
	"strings"
	"testing"
)

const onePage = "# 地铁四号线北延段今日通车\n\n本报讯 9月2日上午，长沙地铁四号线北延段正式开通运营。\n"

// TestWarnIgnoredFlags checks that a flag no chosen writer uses is
// warned of, naming the writer that would use it, and that a flag some
// chosen writer uses, or -q, gives no warning.
func TestWarnIgnoredFlags(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "p.txt"), onePage)
	r := paiban(t, "", "convert", "--to", "epub", "--columns", "3", "--font-body", "x.ttf", "--brief", "-o", filepath.Join(dir, "p.epub"), in)
	r.want(t, 0)
	for _, want := range []string{
		"warning: --columns is ignored by epub (it is for pdf)",
		"warning: --brief is ignored by epub (it is for txt)",
		"warning: --font-body is ignored by epub; epub embeds it with --embed-font (it is for pdf)",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	r = paiban(t, "", "convert", "--to", "pdf,epub", "--columns", "3", "--out-dir", filepath.Join(dir, "out"), in)
	r.want(t, 0)
	if strings.Contains(r.stderr, "ignored") {
		t.Errorf("--columns is used by pdf, yet:\n%s", r.stderr)
	}
	r = paiban(t, "", "convert", "-q", "--to", "txt", "--paper", "A3", "-o", "-", in)
	r.want(t, 0)
	if r.stderr != "" {
		t.Errorf("-q, yet:\n%s", r.stderr)
	}
}

// TestLibraryErrorsNameFlags checks that a library message naming an
// option reaches the user naming its flag.
func TestLibraryErrorsNameFlags(t *testing.T) {
	dir := t.TempDir()
	// 中文中文 and a line feed in UTF-16LE, without a byte order mark.
	in := write(t, filepath.Join(dir, "u16.txt"), "\x2d\x4e\x87\x65\x2d\x4e\x87\x65\x0a\x00")
	r := paiban(t, "", "convert", "--to", "txt", "-o", "-", in)
	r.want(t, 1)
	if !strings.Contains(r.stderr, "--encoding utf-16le") || strings.Contains(r.stderr, "option Encoding") {
		t.Errorf("stderr: %s; want it to name --encoding utf-16le", r.stderr)
	}
	r = paiban(t, "", "convert", "--to", "txt", "--max-size", "10", "-o", "-", write(t, filepath.Join(dir, "p.txt"), onePage))
	r.want(t, 1)
	if !strings.Contains(r.stderr, "see --max-size") {
		t.Errorf("stderr: %s; want it to name --max-size", r.stderr)
	}
	if got := flagWords("x (one document per input; " + jsonLinesHint + ")"); got != "x (one document per input; JSON Lines needs --jsonl)" {
		t.Errorf("flagWords: %s", got)
	}
}
