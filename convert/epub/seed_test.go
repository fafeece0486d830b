package epub

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

// TestSeedAndSamples converts the shared seed page (when present) and
// every sample, checks that all their text is in the book in reading
// order, and runs EPUBCheck in each mode on one book combining them all
// (one JVM start per mode rather than per input).
func TestSeedAndSamples(t *testing.T) {
	paths := testtool.Samples(t)
	if seed := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt"); fileExists(seed) {
		paths = append([]string{seed}, paths...)
	}
	if len(paths) == 0 {
		t.Skip("no seed and no samples")
	}
	var docs []*doc.Document
	for _, p := range paths {
		d := testdoc.Read(t, p)
		t.Run(strings.TrimSuffix(filepath.Base(p), ".txt"), func(t *testing.T) {
			_, files := entries(t, writeBook(t, []*doc.Document{d}, WithDate(date), WithVertical(true)))
			checkText(t, d, files)
		})
		docs = append(docs, d)
	}
	modes := map[string][]Option{
		"plain":      nil,
		"vertical":   {WithVertical(true)},
		"embed-font": {WithEmbedFont(true)},
	}
	for mode, opts := range modes {
		t.Run("epubcheck/"+mode, func(t *testing.T) {
			t.Parallel()
			epubcheck(t, writeBook(t, docs, append(opts, WithDate(date))...))
		})
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
