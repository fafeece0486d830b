package fonts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/internal/testtool"
)

// sampleText returns a sample page as UTF-8: its source in samples/src/ when
// there is one (the GB18030, Big5, CRLF and BOM pages are generated from
// those), else the page itself, which must then be UTF-8.
func sampleText(t *testing.T, path string) string {
	t.Helper()
	src := filepath.Join(filepath.Dir(path), "src", filepath.Base(path))
	b, err := os.ReadFile(src)
	if os.IsNotExist(err) {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(b) {
		t.Fatalf("%s: not UTF-8 and no UTF-8 source in samples/src/", path)
	}
	return strings.TrimPrefix(string(b), "\uFEFF")
}

// TestSamplesAreCovered checks that every character of the sample pages is
// in each embedded face or its Ext face, so no sample prints 〓. Characters
// outside the BMP (𠮷 in gb18030-tech) and HKSCS's beyond the main faces
// (氹 in mo-aomen) are drawn from the Ext faces' outlines, and emoji (👉 in
// tw-ftv-web) from the emoji face's: fpdf reads only the format-4 cmap.
func TestSamplesAreCovered(t *testing.T) {
	paths := testtool.Samples(t)
	if len(paths) == 0 {
		t.Fatal("no samples/*.txt found")
	}
	faces := []*Face{mustBody(t), mustHeading(t)}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			text := sampleText(t, p)
			seen := map[rune]bool{}
			for _, r := range text {
				if seen[r] || unicode.IsControl(r) {
					continue
				}
				seen[r] = true
				for _, f := range faces {
					switch {
					case r > 0xFFFF && f.Has(r):
						t.Errorf("%s: Has(%U) = true outside the BMP", f.Name(), r)
					case r > 0xFFFF && !f.HasOutline(r):
						t.Errorf("%s: %q (%U) is outside the BMP and has no outline either", f.Name(), r, r)
					case !f.Has(r) && !f.HasOutline(r):
						t.Errorf("%s lacks %q (%U)", f.Name(), r, r)
					}
				}
			}
			if len(seen) < 50 {
				t.Errorf("only %d distinct characters read: wrong file?", len(seen))
			}
		})
	}
}
