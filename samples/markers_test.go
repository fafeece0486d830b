package samples

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/newstext"
	"github.com/paiban/paiban/internal/testtool"
)

// markerLine matches a "# " or "## " marker at the start of a line. The
// markers are ASCII, so they are stripped from the raw bytes of every
// encoding the samples use (UTF-8, GB18030, Big5).
var markerLine = regexp.MustCompile(`(?m)^([ \t]*)#{1,6}[ \t]+`)

// treeOnly is the outline of d without its diagnostics: what the page's
// structure is, not what the reader warned about.
func treeOnly(d *doc.Document) string {
	var keep []string
	for _, l := range outline(d) {
		if !strings.HasPrefix(l, "diagnostic ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// TestMarkersOptional strips every "# " and "## " marker from every sample
// (and the seed page, when present) and wants at least 90% of the pages to
// keep the same tree: markers are evidence, not a requirement. The pages
// that change are logged (see README, "What remains ambiguous").
func TestMarkersOptional(t *testing.T) {
	files := testtool.Samples(t)
	seed := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt")
	if _, err := os.Stat(seed); err == nil {
		files = append(files, seed)
	}
	marked, same := 0, 0
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		stripped := markerLine.ReplaceAll(raw, []byte("$1"))
		if bytes.Equal(stripped, raw) {
			continue // nothing to strip: the page has no markers
		}
		marked++
		read := func(b []byte) string {
			d, err := newstext.New().ParseBytes(context.Background(), b, filepath.Base(p))
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			return treeOnly(d)
		}
		if a, b := read(raw), read(stripped); a == b {
			same++
		} else {
			t.Logf("%s: the tree changes without markers:\n--- marked\n%s\n--- stripped\n%s", filepath.Base(p), a, b)
		}
	}
	if marked < 5 {
		t.Fatalf("only %d pages carry markers; the test means little", marked)
	}
	// Pages without markers keep their tree trivially; they count too.
	total := len(files)
	kept := same + total - marked
	t.Logf("%d of %d pages carry markers; %d of those keep their tree without them; %d of %d pages in all", marked, total, same, kept, total)
	if kept*10 < total*9 {
		t.Errorf("%d of %d pages keep their tree without markers, want at least 90%%", kept, total)
	}
}
