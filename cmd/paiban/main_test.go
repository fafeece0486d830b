package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/testtool"
)

// result is one in-process run of the command.
type result struct {
	code           int
	stdout, stderr string
}

// paiban runs the command in-process with args and stdin, as a script
// would (not a terminal), with SOURCE_DATE_EPOCH fixed.
func paiban(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	return paibanCtx(t, context.Background(), stdin, args...)
}

func paibanCtx(t *testing.T, ctx context.Context, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errb,
		getenv: func(k string) string {
			if k == "SOURCE_DATE_EPOCH" {
				return "1735689600"
			}
			return ""
		},
	}
	code := run(ctx, append([]string{"paiban"}, args...), e)
	return result{code, out.String(), errb.String()}
}

func (r result) want(t *testing.T, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit %d, want %d\nstdout: %.500s\nstderr: %.2000s", r.code, code, r.stdout, r.stderr)
	}
}

// noTemps fails if a temporary file was left anywhere under dir.
func noTemps(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && atomicfile.IsTemp(d.Name()) {
			t.Errorf("temporary file left: %s", p)
		}
		return nil
	})
}

func write(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

const page = `湘江新区
# 地铁四号线北延段今日通车
——沿线居民出行时间缩短二十分钟

本报讯（记者 林晓 通讯员 周成）9月2日上午，长沙地铁四号线北延段正式开通运营。

新线全长八点六公里，设车站六座。
`

func TestVersionFormatsHelp(t *testing.T) {
	r := paiban(t, "", "version")
	r.want(t, 0)
	if !strings.HasPrefix(r.stdout, "paiban ") {
		t.Errorf("version: %q", r.stdout)
	}
	if v := paiban(t, "", "--version"); v.code != 0 || v.stdout != r.stdout {
		t.Errorf("--version: %d %q, want %q", v.code, v.stdout, r.stdout)
	}
	r = paiban(t, "", "formats")
	r.want(t, 0)
	for _, f := range []string{"newstext", "json", "pdf", "epub"} {
		if !strings.Contains(r.stdout, f) {
			t.Errorf("formats lacks %s:\n%s", f, r.stdout)
		}
	}
	for _, cmd := range [][]string{{"--help"}, {"convert", "--help"}, {"formats", "--help"}, {"version", "--help"}} {
		r = paiban(t, "", cmd...)
		r.want(t, 0)
		if !strings.Contains(r.stdout, "Example") {
			t.Errorf("%v: help without examples:\n%s", cmd, r.stdout)
		}
	}
	for _, sh := range []string{"bash", "zsh", "fish"} {
		r = paiban(t, "", "completion", sh)
		r.want(t, 0)
		if !strings.Contains(r.stdout, "paiban") {
			t.Errorf("completion %s: %.200s", sh, r.stdout)
		}
		if h := paiban(t, "", "completion", "--help"); strings.Contains(h.stdout, "Powershell") {
			t.Errorf("completion --help offers a shell it does not support:\n%s", h.stdout)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "p.txt"), page)
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"unknown command", []string{"bogus"}, `unknown command "bogus"`},
		{"unknown flag", []string{"convert", "--bogus", in}, "bogus"},
		{"unknown format lists the known", []string{"convert", "--to", "docx", in}, "known: "},
		{"unknown input format", []string{"convert", "--from", "docx", in}, "known: "},
		{"no input", []string{"convert", "--to", "json"}, "no input"},
		{"-o and --out-dir", []string{"convert", "-o", filepath.Join(dir, "x.json"), "--out-dir", dir, in}, "not both"},
		{"-o with two formats", []string{"convert", "--to", "json,pdf", "-o", filepath.Join(dir, "x.json"), in}, "--out-dir"},
		{"-o of unknown type", []string{"convert", "-o", filepath.Join(dir, "x.docx"), in}, "--to"},
		{"bad shard", []string{"convert", "--shard", "4/4", "--out-dir", dir, in}, "shard"},
		{"bad size", []string{"convert", "--max-size", "lots", in}, `--max-size "lots"`},
		{"negative size", []string{"convert", "--max-size", "-5", in}, `--max-size "-5"`},
		{"bad date", []string{"convert", "--date", "yesterday", in}, "date"},
		{"bad encoding", []string{"convert", "--encoding", "EBCDIC", in}, "EBCDIC"},
		{"bad paper", []string{"convert", "--to", "pdf", "--paper", "Z9", "--out-dir", dir, in}, "Z9"},
		{"too many columns", []string{"convert", "--to", "pdf", "--columns", "9", "--out-dir", dir, in}, "columns 9"},
		{"paper too narrow for its columns", []string{"convert", "--to", "pdf", "--paper", "A5", "--columns", "4", "--out-dir", dir, in}, "too narrow"},
		{"directory without out-dir", []string{"convert", "-r", dir}, "--out-dir"},
		{"directory without --recursive", []string{"convert", "--out-dir", filepath.Join(dir, "o"), dir}, "--recursive"},
		{"combine without -o", []string{"convert", "--to", "epub", "--combine", in}, "-o"},
		{"combine a format that cannot", []string{"convert", "--to", "json", "--combine", "-o", filepath.Join(dir, "x.json"), in}, "cannot combine"},
		{"combine names the formats that can", []string{"convert", "--to", "pdf", "--combine", "-o", filepath.Join(dir, "x.pdf"), in}, "(epub, html can)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := paiban(t, "", tt.args...)
			r.want(t, 2)
			if !strings.Contains(r.stderr, tt.msg) {
				t.Errorf("stderr %q lacks %q", r.stderr, tt.msg)
			}
		})
	}
	if got, _ := os.ReadDir(dir); len(got) != 1 {
		t.Errorf("usage errors wrote files: %v", got)
	}
}

func TestStdinToStdout(t *testing.T) {
	r := paiban(t, page, "convert", "-")
	r.want(t, 0)
	if !strings.Contains(r.stdout, `"type": "document"`) || !strings.Contains(r.stdout, "地铁四号线北延段今日通车") {
		t.Errorf("stdout: %.300s", r.stdout)
	}
	// The JSON read back from stdin gives the same bytes.
	again := paiban(t, r.stdout, "convert", "--from", "json", "-o", "-", "-")
	again.want(t, 0)
	if again.stdout != r.stdout {
		t.Error("JSON from stdin did not round-trip")
	}
}

func TestOutputFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "p.txt"), page)
	out := filepath.Join(dir, "front.pdf")
	paiban(t, "", "convert", in, "-o", out).want(t, 0)
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("front.pdf: %.20q, %v", b, err)
	}
	noTemps(t, dir)
}

func TestMissingInputNamed(t *testing.T) {
	dir := t.TempDir()
	good := write(t, filepath.Join(dir, "in", "good.txt"), page)
	bad := write(t, filepath.Join(dir, "in", "x.txt"), "abc\x00def")
	missing := filepath.Join(dir, "in", "missing.txt")
	out := filepath.Join(dir, "out")
	r := paiban(t, "", "convert", "--out-dir", out, good, bad, missing)
	r.want(t, 1)
	for _, want := range []string{"paiban: " + bad + ":", "paiban: " + missing + ":"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if !exists(filepath.Join(out, "good.json")) {
		t.Error("the good input was not converted")
	}
	if exists(filepath.Join(out, "x.json")) {
		t.Error("the bad input left an output")
	}
	if !strings.Contains(r.stderr, "1 converted, 2 failed") {
		t.Errorf("no summary: %s", r.stderr)
	}
	noTemps(t, dir)
}

func TestNeverOverwritesInput(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "p.txt"), page)
	paiban(t, "", "convert", "--to", "txt,json,newstext", in).want(t, 0)
	b, _ := os.ReadFile(in)
	if string(b) != page {
		t.Fatal("the input was overwritten")
	}
	for _, name := range []string{"p.txt.txt", "p.json"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	// -o naming the input itself is refused, and the input survives.
	r := paiban(t, "", "convert", "--to", "txt", "-o", in, in)
	if r.code == 0 {
		t.Error("-o INPUT succeeded")
	}
	if b, _ := os.ReadFile(in); string(b) != page {
		t.Fatal("the input was overwritten by -o")
	}
}

func TestDiagnosticsFormat(t *testing.T) {
	in := testtool.Seed(t)
	r := paiban(t, "", "convert", "-o", filepath.Join(t.TempDir(), "s.json"), in)
	r.want(t, 0)
	if !strings.Contains(r.stderr, in+":23: warning: ") {
		t.Errorf("diagnostics not as file:line: warning: …:\n%s", r.stderr)
	}
	// Standard input is "stdin" in warnings, as in errors.
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	if s := paiban(t, string(data), "convert", "-o", filepath.Join(t.TempDir(), "s.json"), "-"); !strings.Contains(s.stderr, "stdin:23: warning: ") {
		t.Errorf("stdin diagnostics not as stdin:line:\n%s", s.stderr)
	}
	q := paiban(t, "", "convert", "-q", "-o", filepath.Join(t.TempDir(), "s.json"), in)
	q.want(t, 0)
	if q.stderr != "" {
		t.Errorf("--quiet printed %q", q.stderr)
	}
}

func TestDateFlagAndEpoch(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "p.txt"), page)
	a, b := filepath.Join(dir, "a.epub"), filepath.Join(dir, "b.epub")
	paiban(t, "", "convert", "-o", a, in).want(t, 0)
	paiban(t, "", "convert", "-o", b, in).want(t, 0)
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if !bytes.Equal(ab, bb) {
		t.Error("two runs with the same SOURCE_DATE_EPOCH differ")
	}
	c := filepath.Join(dir, "c.epub")
	paiban(t, "", "convert", "--date", "2024-08-29", "-o", c, in).want(t, 0)
	cb, _ := os.ReadFile(c)
	if bytes.Equal(ab, cb) {
		t.Error("--date changed nothing")
	}
}

func TestEnvironmentFlags(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "in", "p.txt"), page)
	out := filepath.Join(dir, "out")
	t.Setenv("PAIBAN_TO", "txt")
	t.Setenv("PAIBAN_OUT_DIR", out)
	t.Setenv("PAIBAN_WIDTH", "40")
	paiban(t, "", "convert", in).want(t, 0)
	b, err := os.ReadFile(filepath.Join(out, "p.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		// Two columns per CJK character: 40 columns is at most 20 of them.
		if n := len([]rune(line)); n > 40 {
			t.Errorf("line of %d runes with PAIBAN_WIDTH=40: %q", n, line)
		}
	}
	// A flag beats the environment.
	paiban(t, "", "convert", "--to", "json", in).want(t, 0)
	if !exists(filepath.Join(out, "p.json")) {
		t.Error("--to did not override PAIBAN_TO")
	}
}

func TestVerboseAndSummary(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "in", "a.txt"), page)
	b := write(t, filepath.Join(dir, "in", "b.txt"), page)
	r := paiban(t, "", "convert", "-v", "--out-dir", filepath.Join(dir, "out"), a, b)
	r.want(t, 0)
	if !strings.Contains(r.stderr, a+" → ") || !strings.Contains(r.stderr, "2 converted, 0 failed, 0 skipped") {
		t.Errorf("verbose output:\n%s", r.stderr)
	}
	// Not a terminal, not verbose: nothing at all on success.
	r = paiban(t, "", "convert", "--out-dir", filepath.Join(dir, "out2"), a, b)
	r.want(t, 0)
	if r.stderr != "" {
		t.Errorf("quiet success printed %q", r.stderr)
	}
}
