package epub

import (
	"regexp"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestHantStack: a book whose tree says zh-Hant, zh-TW, zh-HK or zh-MO
// (JSON input keeps its tag) gets the Traditional Chinese font stack on
// its body and headings, so that readers set 。，、 in the centre of the em
// with a TC font, as Taiwan and Hong Kong do, not in the corner with the
// Simplified Chinese default.
func TestHantStack(t *testing.T) {
	for _, lang := range []string{"zh-Hant", "zh-TW", "zh-HK", "zh-MO"} {
		d := handTree()
		d.Lang = lang
		_, files := entries(t, writeBook(t, []*doc.Document{d}))
		css := files[cssDir+cssFile]
		for _, sel := range []string{":lang(" + lang + ") body", ":lang(" + lang + ") h1"} {
			re := regexp.MustCompile(`(?m)^[^{]*` + regexp.QuoteMeta(sel) + `[^{]*\{ font-family: "Noto (Serif|Sans) CJK TC"`)
			if !re.MatchString(css) {
				t.Errorf("%s: no TC stack for %s", lang, sel)
			}
		}
		if x := files["EPUB/xhtml/a001.xhtml"]; !strings.Contains(x, `lang="`+lang+`"`) {
			t.Errorf("%s: the XHTML does not say its language", lang)
		}
	}
}
