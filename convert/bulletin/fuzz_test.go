package bulletin_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/bulletin"
	"github.com/paiban/paiban/convert/doc"
)

// FuzzWrite: any text at any width is written without error, as UTF-8
// lines no wider than the width.
func FuzzWrite(f *testing.F) {
	f.Add("加快构建全方位对外开放新格局", para, 40, false)
	f.Add("“”", "——……\t\n한국어 문장", 8, true)
	f.Fuzz(func(t *testing.T, head, body string, w int, narrow bool) {
		if w < bulletin.MinWidth || w > 200 || !utf8.ValidString(head+body) {
			return
		}
		d := tree("zh-Hans", node(doc.KindHeadline, head), node(doc.KindParagraph, body), node(doc.KindCaption, body), node(doc.KindVerse, body))
		var buf bytes.Buffer
		if err := bulletin.New(bulletin.WithWidth(w), bulletin.WithAmbiguousNarrow(narrow)).Write(context.Background(), &buf, d); err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(buf.String(), "\n") {
			if c := cols(l, !narrow); c > w {
				t.Fatalf("line %q is %d columns > %d", l, c, w)
			}
		}
	})
}
