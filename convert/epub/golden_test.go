package epub

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

var update = testtool.Update

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	testtool.Golden(t, filepath.Join("testdata", name), []byte(got), *update)
}

// TestGolden pins the files of the hand-built book, horizontal and
// vertical with an embedded font, and the vertical XHTML of one sample.
func TestGolden(t *testing.T) {
	_, files := entries(t, writeBook(t, []*doc.Document{handTree()}, WithDate(date)))
	for file, name := range map[string]string{
		xhtmlDir + "a001.xhtml":  "hand/a001.xhtml",
		xhtmlDir + "title.xhtml": "hand/title.xhtml",
		navPath:                  "hand/nav.xhtml",
		ncxPath:                  "hand/toc.ncx",
		opfPath:                  "hand/package.opf",
		cssDir + cssFile:         "hand/style.css",
	} {
		golden(t, name, files[file])
	}
	_, files = entries(t, writeBook(t, []*doc.Document{handTree()}, WithDate(date), WithVertical(true), WithEmbedFont(true)))
	golden(t, "hand-vertical/style.css", files[cssDir+cssFile])
	golden(t, "hand-vertical/a001.xhtml", files[xhtmlDir+"a001.xhtml"])
	golden(t, "hand-vertical/package.opf", files[opfPath])

	sample := filepath.Join(testtool.RepoRoot(), "samples", "metro-line4.txt")
	if _, err := os.Stat(sample); err != nil {
		t.Skipf("sample missing: %v", err)
	}
	_, files = entries(t, writeBook(t, []*doc.Document{testdoc.Read(t, sample)}, WithDate(date), WithVertical(true)))
	golden(t, "metro-line4-vertical/a001.xhtml", files[xhtmlDir+"a001.xhtml"])
}
