package epub

import (
	"strings"
	"testing"
	"time"
)

// TestFixPackage checks the package document patches finish applies to
// go-epub's output: the book's date instead of the clock's, one creator per
// name, dc:date, the licence in the manifest; and that output go-epub
// might write one day (no dcterms:modified, two of them, no manifest end)
// is refused rather than patched wrongly.
func TestFixPackage(t *testing.T) {
	opf := `<package>
  <metadata>
    <meta property="dcterms:modified">2031-05-06T07:08:09Z</meta>
  </metadata>
  <manifest>
    <item id="x" href="x"></item>
  </manifest>
</package>`
	b := &book{date: time.Date(2024, 9, 3, 0, 0, 0, 0, time.UTC), dated: true, creators: []string{"林晓", "A&B"},
		font: []byte{1}, licFile: noticeFile, lang: "zh-Hans"}
	got, err := b.fixPackage([]byte(opf))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<meta property="dcterms:modified">2024-09-03T00:00:00Z</meta>`,
		`<dc:creator id="creator1">林晓</dc:creator>`,
		`<dc:creator id="creator2">A&amp;B</dc:creator>`,
		`<dc:date>2024-09-03T00:00:00Z</dc:date>`,
		`<item id="font-license" href="fonts/LICENSE.txt" media-type="text/plain"></item>` + "\n  </manifest>",
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("lacks %s:\n%s", want, got)
		}
	}
	if strings.Contains(string(got), "2031") {
		t.Errorf("go-epub's clock time kept:\n%s", got)
	}
	for name, bad := range map[string]string{
		"no modified":  strings.Replace(opf, `<meta property="dcterms:modified">2031-05-06T07:08:09Z</meta>`, "", 1),
		"two modified": strings.Replace(opf, "</metadata>", `<meta property="dcterms:modified">x</meta></metadata>`, 1),
		"no manifest":  strings.Replace(opf, "  </manifest>", "</manifest>", 1),
	} {
		if _, err := b.fixPackage([]byte(bad)); err == nil {
			t.Errorf("%s: patched without complaint", name)
		}
	}
}
