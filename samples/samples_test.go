// Package samples holds paiban's original sample pages and checks that the
// newstext reader recovers the structure written down for each in expect/,
// and that the JSON of each tree matches golden/.
package samples

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/jsonfmt"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

var update = testtool.Update

// outline renders a tree in the expect/*.outline format (see README.md).
func outline(d *doc.Document) []string {
	out := []string{"lang " + d.Lang, "encoding " + d.Source.Encoding}
	var walk func(n *doc.Node, depth int)
	walk = func(n *doc.Node, depth int) {
		var b strings.Builder
		b.WriteString(strings.Repeat("  ", depth))
		b.WriteString(string(n.Kind))
		attr := func(k, v string) {
			if v != "" {
				fmt.Fprintf(&b, " %s=%s", k, v)
			}
		}
		attr("org", n.Org)
		attr("roles", strings.Join(n.Roles, ","))
		attr("names", strings.Join(n.Names, ","))
		attr("place", n.Place)
		attr("date", n.Date)
		if n.Text != "" {
			// A stanza's lines are parted by " / " (README: Expected
			// outlines), as an outline line holds no line feed.
			b.WriteString(": " + strings.ReplaceAll(n.Text, "\n", " / "))
		}
		out = append(out, b.String())
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	for _, a := range d.Articles {
		walk(a, 0)
	}
	for _, di := range d.Diagnostics {
		out = append(out, fmt.Sprintf("diagnostic %s line=%d", di.Severity, di.Line))
	}
	return out
}

// abbrev is the mark by which an expected text gives only its start and
// end: "A⋯B" matches any text starting with A and ending with B. U+22EF
// does not occur in the samples themselves.
const abbrev = "⋯"

// matches reports whether a got outline line satisfies an expected one.
func matches(want, got string) bool {
	if want == got {
		return true
	}
	head, tail, ok := strings.Cut(want, abbrev)
	return ok && len(got) >= len(head)+len(tail) &&
		strings.HasPrefix(got, head) && strings.HasSuffix(got, tail)
}

func readExpect(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// compareOutline reports every differing line, aligned by position, and
// the whole got outline once, so a failure can be judged at a glance.
func compareOutline(t *testing.T, want, got []string) {
	t.Helper()
	bad := false
	for i := 0; i < max(len(want), len(got)); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if !matches(w, g) {
			bad = true
			t.Errorf("outline line %d:\n want %s\n  got %s", i+1, w, g)
		}
	}
	if bad {
		t.Logf("got outline:\n%s", strings.Join(got, "\n"))
	}
}

func writeJSON(t *testing.T, d *doc.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jsonfmt.NewWriter().Write(context.Background(), &b, d); err != nil {
		t.Fatalf("write JSON: %v", err)
	}
	return b.Bytes()
}

// roundTrip checks that reading the JSON back and writing it again gives
// the same bytes.
func roundTrip(t *testing.T, name string, js []byte) {
	t.Helper()
	d, err := jsonfmt.NewReader().Read(context.Background(), bytes.NewReader(js), name)
	if err != nil {
		t.Fatalf("read back the JSON: %v", err)
	}
	if again := writeJSON(t, d); !bytes.Equal(again, js) {
		t.Errorf("%s: JSON read and written again is not byte-identical", name)
	}
}

func TestSamples(t *testing.T) {
	files := testtool.Samples(t)
	if len(files) < 6 {
		t.Fatalf("found %d samples, want at least 6", len(files))
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			d := testdoc.Read(t, path)
			compareOutline(t, readExpect(t, filepath.Join("expect", name+".outline")), outline(d))

			js := writeJSON(t, d)
			gold := filepath.Join("golden", name+".json")
			if *update {
				if err := os.WriteFile(gold, js, 0o644); err != nil {
					t.Fatal(err)
				}
			} else if want, err := os.ReadFile(gold); err != nil {
				t.Errorf("%v (go test ./samples -update writes it)", err)
			} else if !bytes.Equal(js, want) {
				t.Errorf("JSON differs from %s (go test ./samples -update rewrites it; review the diff)", gold)
			}
			roundTrip(t, name+".json", js)
		})
	}
}

// TestEveryExpectationHasASample catches an outline left behind by a
// renamed sample.
func TestEveryExpectationHasASample(t *testing.T) {
	outlines, _ := filepath.Glob(filepath.Join("expect", "*.outline"))
	for _, o := range outlines {
		name := strings.TrimSuffix(filepath.Base(o), ".outline")
		if _, err := os.Stat(name + ".txt"); err != nil {
			t.Errorf("%s has no sample %s.txt", o, name)
		}
	}
}

// seedShape is issue 2's required tree for the seed page, as kinds and
// byline names only: the seed's text is not ours to copy.
var seedShape = []string{
	"article",
	"  kicker", "  headline", "  caption", "  paragraph", "  paragraph", "  byline names=邓晶琎,孙敏坚",
	"  section", "    heading", "    paragraph", "    paragraph",
	"  section", "    heading", "    paragraph", "    paragraph",
	"  section", "    heading", "    paragraph", "    paragraph",
	"article",
	"  kicker", "  headline", "  dateline",
	"  paragraph", "  paragraph", "  paragraph", "  paragraph", "  paragraph", "  paragraph",
	"  byline names=孙敏坚,黄晗",
}

func shape(d *doc.Document) []string {
	var out []string
	var walk func(n *doc.Node, depth int)
	walk = func(n *doc.Node, depth int) {
		s := strings.Repeat("  ", depth) + string(n.Kind)
		if len(n.Names) > 0 {
			s += " names=" + strings.Join(n.Names, ",")
		}
		out = append(out, s)
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	for _, a := range d.Articles {
		walk(a, 0)
	}
	return out
}

func TestSeed(t *testing.T) {
	path := testtool.Seed(t)
	d := testdoc.Read(t, path)
	compareOutline(t, seedShape, shape(d))
	roundTrip(t, "frontpage.json", writeJSON(t, d))
}
