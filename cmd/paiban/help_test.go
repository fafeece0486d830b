package main

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestConvertHelp checks the convert command's help: groups in a useful
// order (Output first, Batch last), real defaults, lines wrapped, the
// profiling flags hidden but still accepted, no .otf offered where CFF
// fonts are refused.
func TestConvertHelp(t *testing.T) {
	r := paiban(t, "", "convert", "--help")
	r.want(t, 0)
	h := r.stdout
	order := []string{"   Output\n", "   Input\n", "   Bulletin (txt)\n", "   PDF\n", "   EPUB\n", "   PDF and EPUB\n", "   Batch\n"}
	last := -1
	for _, g := range order {
		i := strings.Index(h, g)
		if i < 0 || i < last {
			t.Errorf("group %q missing or out of order in:\n%s", strings.TrimSpace(g), h)
		}
		last = i
	}
	for _, want := range []string{"(default: 72)", "(default: 2 on A4"} {
		if !strings.Contains(h, want) {
			t.Errorf("help lacks the real default %q", want)
		}
	}
	for _, l := range strings.Split(h, "\n") {
		if utf8.RuneCountInString(l) > helpWidth && strings.HasPrefix(l, "   -") {
			t.Errorf("flag line of %d columns: %s", utf8.RuneCountInString(l), l)
		}
	}
	if strings.Contains(h, "--cpuprofile FILE  ") || strings.Contains(h, "   Profiling") {
		t.Errorf("profiling flags shown in the help")
	}
	if strings.Contains(h, ".ttf, .otf") {
		t.Errorf("help offers .otf fonts, which are refused")
	}
}

// TestConvertReadsPipedStdin checks that convert with no input reads
// standard input when it is not a terminal, and asks for an input when it
// is.
func TestConvertReadsPipedStdin(t *testing.T) {
	r := paiban(t, "", "convert", "--to", "txt")
	r.want(t, exitUsage)
	if !strings.Contains(r.stderr, "no input given") {
		t.Errorf("stderr: %s", r.stderr)
	}
	e := testEnv(onePage)
	e.stdinData = true
	code := run(t.Context(), []string{"paiban", "convert", "--to", "txt"}, e)
	if out := e.stdout.(*strings.Builder).String(); code != 0 || !strings.Contains(out, "地铁四号线北延段今日通车") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, e.stderr.(*strings.Builder).String())
	}
}

// testEnv is an env reading stdin from in and writing to builders.
func testEnv(in string) *env {
	return &env{
		stdin:  strings.NewReader(in),
		stdout: &strings.Builder{},
		stderr: &strings.Builder{},
		getenv: func(string) string { return "" },
	}
}
