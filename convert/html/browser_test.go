package html_test

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	stdhtml "html"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/html"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
	"github.com/paiban/paiban/layout"
)

//go:embed testdata/check.js
var checkJS string

// frame is what check.js reports about one page at one window size.
type frame struct {
	Src      string   `json:"src"`
	W        float64  `json:"w"`
	H        float64  `json:"h"`
	Lines    [][4]any `json:"lines"` // first and last character, widest gap in em, starts its block
	Overflow []string `json:"overflow"`
	Scroll   float64  `json:"scroll"`
	Error    string   `json:"error"`
}

// windows are the viewports every page is rendered in: a phone's and a
// desktop's.
var windows = [][2]int{{390, 844}, {1280, 900}}

// TestInBrowser renders the seed page and every sample, horizontally and
// vertically, on a phone-sized and a desktop-sized viewport in headless
// Chromium, and checks the rendered lines: none starts with a character
// layout's strict kinsoku set forbids there, none ends with one that may
// not end a line (a block's own first and last characters excepted: no
// break put them there), justification opens no hole wider than 1em between two
// characters, and nothing sticks out of the viewport across the reading
// direction (no sideways scrolling of a horizontal page, no vertical
// scrolling of a vertical one). Control pages, which break the rules on
// purpose, must be caught, so the test can fail.
func TestInBrowser(t *testing.T) {
	chromium := testtool.Need(t, "chromium")
	dir := t.TempDir()
	var srcs []string
	write := func(name string, d *doc.Document, opts ...html.Option) {
		var buf bytes.Buffer
		if err := html.New(opts...).Write(context.Background(), &buf, d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, name)
	}
	inputs := testtool.Samples(t)
	if seed := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt"); fileExists(seed) {
		inputs = append(inputs, seed)
	}
	for _, in := range inputs {
		d := testdoc.Read(t, in)
		base := strings.TrimSuffix(filepath.Base(in), ".txt")
		write(base+".html", d)
		write(base+".v.html", d, html.WithVertical(true))
	}
	// A page-number line of the source (— 5 —), kept as noise: a folio
	// that starts with a dash, which no line break put there.
	folio := testdoc.Read(t, inputs[0])
	a := folio.Articles[0]
	a.Children = append(a.Children, &doc.Node{Kind: doc.KindNoise, Text: "— 5 —"})
	write("folio-dash.html", folio)
	write("folio-dash.v.html", folio, html.WithVertical(true))
	// The controls: a line that starts with 。 and ends with “, a
	// paragraph wider than any window, and a justified line with holes.
	controls := map[string]string{
		"control-kinsoku.html":  `<!DOCTYPE html><html lang="zh-Hans"><body><main><p style="width:3em;line-break:anywhere;text-indent:0">一二三。“四五六</p></main></body></html>`,
		"control-overflow.html": `<!DOCTYPE html><html lang="zh-Hans"><body><main><p style="width:3000px">宽</p></main></body></html>`,
		"control-gap.html":      `<!DOCTYPE html><html lang="ko"><body><main><p style="width:10em;text-align:justify;word-break:keep-all">가 나 다라마바사아자차카타파하 거너</p></main></body></html>`,
	}
	for _, name := range slices.Sorted(maps.Keys(controls)) {
		page := controls[name]
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, name)
	}

	// Chromium makes at most 1000 frames a page (Blink's frame limit):
	// past it an iframe has no document. The pages are checked in
	// harnesses of at most maxFrames frames, one Chromium run each.
	var frames []frame
	perHarness := maxFrames / len(windows)
	for at := 0; at < len(srcs); at += perHarness {
		batch := srcs[at:min(at+perHarness, len(srcs))]
		var harness strings.Builder
		harness.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>\n" + checkJS + "\n</script></head><body>\n")
		for _, src := range batch {
			for _, w := range windows {
				fmt.Fprintf(&harness, "<iframe src=%q width=\"%d\" height=\"%d\"></iframe>\n", src, w[0], w[1])
			}
		}
		harness.WriteString("</body></html>\n")
		hpath := filepath.Join(dir, fmt.Sprintf("harness%d.html", at/perHarness))
		if err := os.WriteFile(hpath, []byte(harness.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		got := runChromium(t, chromium, hpath)
		if len(got) != len(batch)*len(windows) {
			t.Fatalf("%s: %d results for %d frames", hpath, len(got), len(batch)*len(windows))
		}
		frames = append(frames, got...)
	}
	if len(frames) != len(srcs)*len(windows) {
		t.Fatalf("%d results for %d frames", len(frames), len(srcs)*len(windows))
	}
	for i, f := range frames {
		w := windows[i%len(windows)]
		name := fmt.Sprintf("%s at %dx%d", f.Src, w[0], w[1])
		if f.Error != "" {
			t.Errorf("%s: %s", name, f.Error)
			continue
		}
		bad := problems(f)
		t.Logf("%s: %d lines in a %gx%g viewport, %d problems", name, len(f.Lines), f.W, f.H, len(bad))
		if strings.HasPrefix(f.Src, "control-") {
			if len(bad) == 0 {
				t.Errorf("%s: the check found nothing wrong with a page made to fail it", name)
			}
			continue
		}
		if len(f.Lines) < 5 {
			t.Errorf("%s: only %d lines of text rendered", name, len(f.Lines))
		}
		for _, b := range bad {
			t.Errorf("%s: %s", name, b)
		}
	}
}

// problems lists what is wrong in one frame.
func problems(f frame) []string {
	var out []string
	for i, l := range f.Lines {
		s0, _ := l[0].(string)
		s1, _ := l[1].(string)
		gap, _ := l[2].(float64)
		blockStart, _ := l[3].(bool)
		first, last := []rune(s0), []rune(s1)
		// The first line of a block starts where its text does, not
		// where a break put it: a folio such as — 5 — may start with a
		// dash.
		if len(first) == 1 && layout.NotStart(first[0], layout.KinsokuStrict) && !blockStart {
			out = append(out, fmt.Sprintf("line %d starts with %q", i+1, s0))
		}
		// The last line of a block may end as it likes; a line inside
		// one is followed by the next, whose first character tells.
		if len(last) == 1 && layout.NotEnd(last[0]) && !nextStartsBlock(f.Lines, i) {
			out = append(out, fmt.Sprintf("line %d ends with %q", i+1, s1))
		}
		if gap > maxGap {
			out = append(out, fmt.Sprintf("line %d (%s…%s) has a hole of %.1fem between two characters", i+1, s0, s1, gap))
		}
	}
	for _, o := range f.Overflow {
		out = append(out, "sticks out of the viewport: "+o)
	}
	if f.Scroll > 0.5 {
		out = append(out, fmt.Sprintf("scrolls %.0f px across the reading direction", f.Scroll))
	}
	return out
}

// nextStartsBlock reports whether the line after line i starts a block.
func nextStartsBlock(lines [][4]any, i int) bool {
	if i+1 >= len(lines) {
		return true
	}
	b, _ := lines[i+1][3].(bool)
	return b
}

// maxFrames is the most frames one harness page holds, well under the
// 1000 Chromium makes a page (past it, an iframe has no document: the
// last pages, the controls, read as errors).
const maxFrames = 500

// maxGap is the widest space justification may open between two
// characters of a line, in em: a word space stretched to about twice its
// width. More is a hole a reader sees (a justified Korean line broken at
// word spaces alone opens two or three ems on a phone).
const maxGap = 1.0

var resultRE = regexp.MustCompile(`(?s)<pre id="result">(.*?)</pre>`)

// runChromium loads the harness in headless Chromium and returns what
// check.js found.
func runChromium(t *testing.T, chromium, harness string) []frame {
	t.Helper()
	// A hang detector, not a speed goal: with every package's tests
	// running at once on a loaded CI machine, one run of all the pages
	// took just over a minute and was killed.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	args := []string{"--headless", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files",
		"--user-data-dir=" + t.TempDir(), "--window-size=1400,1000", "--dump-dom", "file://" + harness}
	if os.Geteuid() == 0 {
		args = append([]string{"--no-sandbox"}, args...)
	}
	cmd := exec.CommandContext(ctx, chromium, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.Bytes())
	}
	all := resultRE.FindAllSubmatch(out, -1)
	if all == nil {
		t.Fatalf("chromium wrote no result:\n%.2000s\n%s", out, stderr.Bytes())
	}
	var frames []frame
	m := all[len(all)-1]
	if err := json.Unmarshal([]byte(stdhtml.UnescapeString(string(m[1]))), &frames); err != nil {
		t.Fatal(err)
	}
	return frames
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
