package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/internal/batch"
	"github.com/paiban/paiban/internal/testtool"
)

// writableFormats is every format the built-in registry writes now.
func writableFormats() []string { return convert.Default().Writable() }

// makeTree writes n good inputs under root/in in nested directories, and
// the broken ones; it returns the relative paths of each.
func makeTree(t testing.TB, root string, n int) (good, broken []string) {
	for i := range n {
		rel := fmt.Sprintf("%d/%02d/p%03d.txt", 2020+i%3, i%12+1, i)
		text := fmt.Sprintf("第%d版\n# 第%d号新闻标题\n\n本报讯（记者 林晓）第%d条消息正文，内容在此。\n\n%s", i, i, i, page)
		writeTB(t, filepath.Join(root, "in", rel), text)
		good = append(good, rel)
	}
	bad := map[string]string{
		"bad/nul.txt":      "abc\x00def",
		"bad/empty.txt":    "",
		"bad/blank.txt":    " \n\n\t\n",
		"bad/binary.txt":   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
		"bad/control.txt":  "# 标题\x01\x02\x03\x04\x05",
		"bad/big.txt":      strings.Repeat("大", 400<<10), // over --max-size 1MiB
		"bad/trunc.json":   `{"type": "document", "version": 1, "children": [`,
		"bad/wrong.json":   `{"type": "document", "version": 99}`,
		"bad/kind.json":    `{"type": "document", "version": 1, "lang": "zh-Hans", "children": [{"type": "banana"}]}`,
		"bad/array.json":   `[1, 2, 3]`,
		"bad/utf16odd.txt": "\xff\xfe\x41",
		"2021/bad.json":    `{"type": "article"}`,
	}
	for rel, content := range bad {
		writeTB(t, filepath.Join(root, "in", rel), content)
		broken = append(broken, rel)
	}
	sort.Strings(broken)
	return good, broken
}

func writeTB(t testing.TB, path, content string) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func outputsUnder(t *testing.T, dir string) map[string]bool {
	got := map[string]bool{}
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			got[filepath.ToSlash(rel)] = true
		}
		return nil
	})
	return got
}

func TestBatchTree(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 40
	}
	root := t.TempDir()
	good, broken := makeTree(t, root, n)
	formats := writableFormats()
	out := filepath.Join(root, "out")
	r := paiban(t, "", "convert", "-r", "-q", "--jobs", "2", "--max-size", "1MiB",
		"--to", strings.Join(formats, ","), "--out-dir", out, filepath.Join(root, "in"))
	r.want(t, 1)

	got := outputsUnder(t, out)
	for _, rel := range good {
		stem := strings.TrimSuffix(rel, ".txt")
		for _, f := range formats {
			c, _ := convert.Default().Lookup(f)
			if !got[stem+c.Format.Ext()] {
				t.Errorf("missing output %s%s", stem, c.Format.Ext())
			}
		}
	}
	if want := len(good) * len(formats); len(got) != want {
		t.Errorf("%d outputs, want %d", len(got), want)
	}
	for _, rel := range broken {
		if !strings.Contains(r.stderr, "paiban: "+filepath.Join(root, "in", filepath.FromSlash(rel))) {
			t.Errorf("broken input %s not named on stderr", rel)
		}
		stem := strings.TrimSuffix(rel, filepath.Ext(rel))
		for k := range got {
			if strings.HasPrefix(k, stem+".") {
				t.Errorf("broken input %s left output %s", rel, k)
			}
		}
	}
	if lines := strings.Count(r.stderr, "\n"); lines != len(broken)+1 {
		t.Errorf("stderr has %d lines, want one per broken input and a summary:\n%s", lines, r.stderr)
	}
	if want := fmt.Sprintf("%d converted, %d failed, 0 skipped", len(good), len(broken)); !strings.Contains(r.stderr, want) {
		t.Errorf("summary lacks %q:\n%s", want, r.stderr)
	}
	noTemps(t, root)

	// Rerun with --skip-unchanged: every good input is skipped, the broken
	// ones fail again, and nothing is rewritten.
	before, _ := os.Stat(filepath.Join(out, "2020/01/p000.json"))
	r = paiban(t, "", "convert", "-r", "--skip-unchanged", "--max-size", "1MiB", "--to", strings.Join(formats, ","),
		"--out-dir", out, filepath.Join(root, "in"))
	r.want(t, 1)
	if want := fmt.Sprintf("0 converted, %d failed, %d skipped", len(broken), len(good)); !strings.Contains(r.stderr, want) {
		t.Errorf("rerun summary lacks %q:\n%s", want, r.stderr)
	}
	after, _ := os.Stat(filepath.Join(out, "2020/01/p000.json"))
	if !after.ModTime().Equal(before.ModTime()) {
		t.Error("--skip-unchanged rewrote an output")
	}
}

func TestShardsPartitionTheInputs(t *testing.T) {
	root := t.TempDir()
	good, _ := makeTree(t, root, 60)
	all := map[string]int{}
	for i := range 3 {
		out := filepath.Join(root, fmt.Sprintf("out%d", i))
		var args []string
		for _, rel := range good {
			args = append(args, filepath.Join(root, "in", rel))
		}
		r := paiban(t, "", append([]string{"convert", "--shard", fmt.Sprintf("%d/3", i), "-q", "--out-dir", out}, args...)...)
		r.want(t, 0)
		for k := range outputsUnder(t, out) {
			all[k]++
		}
	}
	if len(all) != len(good) {
		t.Errorf("shards wrote %d distinct outputs, want %d", len(all), len(good))
	}
	for k, c := range all {
		if c != 1 {
			t.Errorf("%s written by %d shards", k, c)
		}
	}
}

func TestCancelLeavesNoTemps(t *testing.T) {
	root := t.TempDir()
	makeTree(t, root, 40)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(30 * time.Millisecond); cancel() }()
	out := filepath.Join(root, "out")
	r := paibanCtx(t, ctx, "", "convert", "-r", "-q", "--jobs", "2", "--to", strings.Join(writableFormats(), ","), "--out-dir", out, filepath.Join(root, "in"))
	if r.code != 1 {
		t.Errorf("exit %d after cancel, want 1", r.code)
	}
	noTemps(t, root)
	// Every output present is complete: it parses (json) or has its magic.
	for k := range outputsUnder(t, out) {
		b, _ := os.ReadFile(filepath.Join(out, k))
		switch filepath.Ext(k) {
		case ".json":
			if !json.Valid(b) {
				t.Errorf("%s is torn", k)
			}
		case ".pdf":
			if !strings.HasSuffix(strings.TrimSpace(string(b)), "%%EOF") {
				t.Errorf("%s is torn", k)
			}
		}
	}
}

func TestMaxSize(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "p.txt"), page)
	r := paiban(t, "", "convert", "--max-size", "100", "-o", "-", in)
	r.want(t, 1)
	if !strings.Contains(r.stderr, in+": ") || !strings.Contains(r.stderr, "too large") {
		t.Errorf("stderr: %s", r.stderr)
	}
	paiban(t, "", "convert", "--max-size", "1KiB", "-o", "-", in).want(t, 0)
}

func writeFile(t *testing.T, path, content string) string { return write(t, path, content) }

func TestJSONLines(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.txt"), page)
	b := write(t, filepath.Join(dir, "b.txt"), strings.Replace(page, "四号线", "五号线", 1))
	bad := write(t, filepath.Join(dir, "c.txt"), "\x00")
	r := paiban(t, "", "convert", "--jsonl", "-q", a, b, bad)
	r.want(t, 1)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), r.stdout)
	}
	if !strings.Contains(r.stderr, bad) {
		t.Errorf("bad input not named: %s", r.stderr)
	}
	// The stream reads back, one document per line, and a bad line is
	// reported with its line number while the rest go on.
	stream := lines[0] + "\n{\"type\": \"oops\"}\n" + lines[1] + "\n"
	r2 := paiban(t, stream, "convert", "--jsonl", "--to", "json", "-")
	r2.want(t, 1)
	if r2.stdout != lines[0]+"\n"+lines[1]+"\n" {
		t.Errorf("round trip changed the stream:\n%s", r2.stdout)
	}
	if !strings.Contains(r2.stderr, "stdin:2:") {
		t.Errorf("bad line not located: %s", r2.stderr)
	}
	// With --from newstext, standard input is one page of text.
	r4 := paiban(t, page, "convert", "--jsonl", "--from", "newstext", "-")
	r4.want(t, 0)
	if strings.Count(r4.stdout, "\n") != 1 || !strings.Contains(r4.stdout, `"type":"document"`) {
		t.Errorf("text from stdin: %.300s", r4.stdout)
	}
	// Other formats become records, binary ones base64.
	r3 := paiban(t, lines[0]+"\n", "convert", "--jsonl", "--to", "pdf", "-")
	r3.want(t, 0)
	var rec struct {
		Source, Format string
		Data           []byte
	}
	sc := bufio.NewScanner(strings.NewReader(r3.stdout))
	sc.Buffer(nil, 64<<20)
	if !sc.Scan() || json.Unmarshal(sc.Bytes(), &rec) != nil || rec.Format != "pdf" || !strings.HasPrefix(string(rec.Data), "%PDF-") {
		t.Errorf("pdf record: %.200s", r3.stdout)
	}
}

// BenchmarkBatchJobs times a batch of 60 inputs to every format with one
// and two workers; compare the two (make bench prints the ratio).
func BenchmarkBatchJobs(b *testing.B) {
	root := b.TempDir()
	makeTree(b, root, 60)
	formats := strings.Join(writableFormats(), ",")
	for _, jobs := range []string{"1", "2"} {
		b.Run("jobs="+jobs, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				e := &env{stdin: strings.NewReader(""), stdout: discard{}, stderr: discard{}, getenv: func(string) string { return "" }}
				out := filepath.Join(root, fmt.Sprintf("out-%s-%d", jobs, i))
				run(context.Background(), []string{"paiban", "convert", "-r", "-q", "--max-size", "1MiB", "--jobs", jobs, "--to", formats, "--out-dir", out, filepath.Join(root, "in")}, e)
				os.RemoveAll(out)
			}
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

var _ = batch.Stdin

// TestCombine: one book of several pages, in the order of the command line,
// and none at all when one of its pages fails.
func TestCombine(t *testing.T) {
	if _, ok := convert.Default().Lookup("epub"); !ok {
		t.Skip("no epub writer")
	}
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "p1.txt"), page)
	b := write(t, filepath.Join(dir, "p2.txt"), strings.Replace(page, "四号线", "五号线", 1))
	out := filepath.Join(dir, "day.epub")
	paiban(t, "", "convert", "--to", "epub", "--combine", "--title", "八月二十九日", "-o", out, b, a).want(t, 0)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	nav := testtool.ZipEntry(t, data, "nav.xhtml")
	if opf := testtool.ZipEntry(t, data, ".opf"); !strings.Contains(opf, "八月二十九日") {
		t.Errorf("--title missing from the OPF")
	}
	five, four := strings.Index(nav, "五号线"), strings.Index(nav, "四号线")
	if five < 0 || four < 0 || five > four {
		t.Errorf("nav order: 五号线 at %d, 四号线 at %d; want p2 (given first) first", five, four)
	}
	// A page named twice is in the book once, with a warning.
	r := paiban(t, "", "convert", "--to", "epub", "--combine", "-o", out, a, b, a)
	r.want(t, 0)
	if !strings.Contains(r.stderr, "p1.txt: warning: named more than once") {
		t.Errorf("no warning for a page named twice (stderr %q)", r.stderr)
	}
	os.Remove(out)
	r = paiban(t, "", "convert", "--to", "epub", "--combine", "-o", out, a, filepath.Join(dir, "missing.txt"), b)
	r.want(t, 1)
	if exists(out) || !strings.Contains(r.stderr, "not written") {
		t.Errorf("a book missing a page was written (stderr %q)", r.stderr)
	}
	noTemps(t, dir)
}

// TestSkipUnchangedNoticesOptions: --skip-unchanged skips an input whose
// outputs were made with the same options, and converts it again when an
// option that changes the output changed.
func TestSkipUnchangedNoticesOptions(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "in", "p.txt"), page)
	out := filepath.Join(dir, "out")
	paiban(t, "", "convert", "--to", "txt", "--width", "72", "--out-dir", out, in).want(t, 0)
	if err := unix.Setxattr(filepath.Join(out, "p.txt"), "user.paiban.test", []byte("x"), 0); err != nil {
		t.Skip("no extended attributes here:", err)
	}
	r := paiban(t, "", "convert", "-v", "--skip-unchanged", "--to", "txt", "--width", "72", "--out-dir", out, in)
	r.want(t, 0)
	if !strings.Contains(r.stderr, "skipped") {
		t.Errorf("same options, not skipped: %s", r.stderr)
	}
	r = paiban(t, "", "convert", "-v", "--skip-unchanged", "--to", "txt", "--width", "40", "--out-dir", out, in)
	r.want(t, 0)
	if strings.Contains(r.stderr, "skipped") {
		t.Errorf("--width changed, yet skipped: %s", r.stderr)
	}
	b, _ := os.ReadFile(filepath.Join(out, "p.txt"))
	for _, line := range strings.Split(string(b), "\n") {
		cols := 0
		for _, r := range line {
			cols++
			if r >= 0x1100 {
				cols++ // CJK: two columns
			}
		}
		if cols > 40 {
			t.Fatalf("the output is still the 72-column one: %q", line)
		}
	}
}
