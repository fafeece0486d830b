package bulletin_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/paiban/paiban/convert/bulletin"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/jsonfmt"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

var update = testtool.Update

var widths = []int{40, 72, 73}

// The checkers' sets (/shared/tools/cjkcheck.py), an oracle independent of
// package layout's own tables.
const (
	oracleNotStart = "、，。．：；！？‼⁇⁈⁉,.:;!?" + "”’）》〉」』】〕〗〙］｝｠)]}" + "～-–—〜‐" + "·・‧" + "／/" + "⸺…⋯" +
		"’”）〕］｝〉》」』】⦆｠〙〗»〟)]}" + "‐〜゠–" + "・：；:;" + "。．." + "、，," + "ヽヾゝゞ〻" +
		"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" + "%‰°′″℃％"
	oracleNotEnd = "“‘（《〈「『【〔〖〘［｛｟([{" + "／/" + "⦅«〝" + "$£¥＄￥"
)

var oraclePairs = []string{"——", "……", "‥‥"}

// norm drops all white space, as check_txt.py does.
func norm(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// check applies the bulletin's promises to out: widths, kinsoku within each
// block, body lines filled, every text kept.
func check(t *testing.T, name string, d *doc.Document, out string, w int) {
	t.Helper()
	if strings.Contains(out, "\r") || !strings.HasSuffix(out, "\n") {
		t.Errorf("%s: not LF text", name)
	}
	slack := fillSlack(d.Lang)
	for _, blk := range strings.Split(strings.TrimSuffix(out, "\n"), "\n\n") {
		lines := strings.Split(blk, "\n")
		body := strings.HasPrefix(lines[0], "\u3000\u3000")
		for i, l := range lines {
			c := cols(l, true)
			if c > w {
				t.Errorf("%s: %d columns > %d: %q", name, c, w, l)
			}
			if body && i < len(lines)-1 && c < w-slack && !strings.Contains(l, "://") {
				t.Errorf("%s: body line %d columns of %d: %q", name, c, w, l)
			}
			s := []rune(strings.TrimFunc(l, unicode.IsSpace))
			if len(s) == 0 {
				continue
			}
			if i > 0 && strings.ContainsRune(oracleNotStart, s[0]) {
				t.Errorf("%s: line starts with %q: %q", name, s[0], l)
			}
			if i < len(lines)-1 {
				if strings.ContainsRune(oracleNotEnd, s[len(s)-1]) {
					t.Errorf("%s: line ends with %q: %q", name, s[len(s)-1], l)
				}
				next := []rune(strings.TrimSpace(lines[i+1]))
				for _, p := range oraclePairs {
					if len(next) > 0 && string(s[len(s)-1])+string(next[0]) == p {
						t.Errorf("%s: %s split after %q", name, p, l)
					}
				}
			}
		}
	}
	all := norm(out)
	d.WalkDocument(func(n *doc.Node) bool {
		switch n.Kind {
		case doc.KindParagraph, doc.KindHeadline, doc.KindHeading, doc.KindCaption, doc.KindKicker,
			doc.KindSubheadline, doc.KindDateline, doc.KindByline, doc.KindNote, doc.KindJump:
			if !strings.Contains(all, norm(n.Text)) {
				t.Errorf("%s: %s text lost: %q", name, n.Kind, n.Text)
			}
		}
		return true
	})
}

// checkTxt runs the shared checker when it and python3 are present.
func checkTxt(t *testing.T, out []byte, d *doc.Document, w int) {
	t.Helper()
	script := filepath.Join(testtool.RepoRoot(), "..", "shared", "tools", "check_txt.py")
	if _, err := os.Stat(script); err != nil || testing.Short() {
		return // a second opinion beside the checks above, when present
	}
	py := testtool.Need(t, "python3")
	dir := t.TempDir()
	var tree bytes.Buffer
	if err := jsonfmt.NewWriter().Write(context.Background(), &tree, d); err != nil {
		t.Fatal(err)
	}
	txt, js := filepath.Join(dir, "out.txt"), filepath.Join(dir, "tree.json")
	if err := os.WriteFile(txt, out, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(js, tree.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := exec.Command(py, script, txt, js, fmt.Sprint(w)).CombinedOutput()
	if err != nil || !bytes.Contains(res, []byte("txt: ok")) {
		t.Errorf("check_txt.py width %d: %v\n%s", w, err, res)
	}
}

func TestSamples(t *testing.T) {
	paths := testtool.Samples(t)
	if len(paths) == 0 {
		t.Skip("no samples yet")
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			d := testdoc.Read(t, p)
			for _, w := range widths {
				var buf bytes.Buffer
				if err := bulletin.New(bulletin.WithWidth(w)).Write(context.Background(), &buf, d); err != nil {
					t.Fatal(err)
				}
				check(t, fmt.Sprintf("%s@%d", name, w), d, buf.String(), w)
				checkTxt(t, buf.Bytes(), d, w)
				testtool.Golden(t, filepath.Join("testdata", fmt.Sprintf("%s.%d.txt", name, w)), buf.Bytes(), *update)
			}
			var buf bytes.Buffer
			if err := bulletin.New(bulletin.WithBrief(true)).Write(context.Background(), &buf, d); err != nil {
				t.Fatal(err)
			}
			testtool.Golden(t, filepath.Join("testdata", name+".brief.txt"), buf.Bytes(), *update)
		})
	}
}

func TestSeed(t *testing.T) {
	d := testdoc.Read(t, testtool.Seed(t))
	for _, w := range widths {
		var buf bytes.Buffer
		if err := bulletin.New(bulletin.WithWidth(w)).Write(context.Background(), &buf, d); err != nil {
			t.Fatal(err)
		}
		check(t, fmt.Sprintf("seed@%d", w), d, buf.String(), w)
		checkTxt(t, buf.Bytes(), d, w)
	}
}

// Output is deterministic: the same tree gives the same bytes.
func TestDeterministic(t *testing.T) {
	d := testdoc.Read(t, testtool.Seed(t))
	var a, b bytes.Buffer
	w := bulletin.New()
	if err := w.Write(context.Background(), &a, d); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(context.Background(), &b, d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes differ")
	}
}

// fillSlack is how many columns short of the width a body line of a
// document in language lang may end: one (an odd column) in general, and
// for Chinese and Japanese the four a line ends short rather than take a
// blank cell inside a word (layout's maxGridShort) and that odd one.
func fillSlack(lang string) int {
	if strings.HasPrefix(lang, "zh") || strings.HasPrefix(lang, "ja") {
		return 4 + 1
	}
	return 1
}
