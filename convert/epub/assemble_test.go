package epub

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

// TestTemplateMatchesGoEpub holds expand to what it stands in for: the
// files go-epub writes when it is given every article file itself. Titles
// with markup, entities, quotes, control and non-BMP characters check that
// the template's title is escaped as go-epub escapes it; the first, the
// book's title, holds the names and placeholders expand and the frame
// cache look for. Books after the first of their kind come from the
// frame cache, so the test also holds the cache to go-epub's output. The navigation
// documents go-epub writes are not compared: finish replaces them.
func TestTemplateMatchesGoEpub(t *testing.T) {
	hostile := &doc.Document{Lang: "zh-Hans"}
	for _, title := range []string{
		templateFile + ` "` + templateFile + `" ` + templateTitle + " " + bodyMark + " " + frameTitle + ">" + frameLang + "</dc:language>", // the book's title
		`<b>粗体</b> & "引号" 'single'`, "&amp; &lt;已转义&gt;", "制表\t符", "𠮷野家 🍜", "\u0001控制\u007f字符", "",
	} {
		hostile.Articles = append(hostile.Articles, &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: title},
			{Kind: doc.KindParagraph, Text: "正文。"},
		}})
	}
	books := map[string][]*doc.Document{
		"hand":    {handTree()},
		"hostile": {hostile},
		"300":     {edition(maxFiles + 50)}, // shared files
	}
	for _, name := range []string{"metro-line4.txt", "ja-kobe-jazz.txt", "ko-busan.txt", "noise-page3.txt", "big5-taipei.txt"} {
		p := filepath.Join(testtool.RepoRoot(), "samples", name)
		if fileExists(p) {
			books[name] = []*doc.Document{testdoc.Read(t, p)}
		}
	}
	for name, docs := range books {
		for _, opts := range [][]Option{nil, {WithVertical(true), WithEmbedFont(true)}} {
			b, err := New(opts...).plan(context.Background(), docs)
			if err != nil {
				t.Fatalf("%s: plan: %v", name, err)
			}
			got, err := b.skeleton().assemble()
			if err != nil {
				t.Fatalf("%s: assemble: %v", name, err)
			}
			if err := b.expand(got); err != nil {
				t.Fatalf("%s: expand: %v", name, err)
			}
			want, err := b.skeleton().goEpub(b.files())
			if err != nil {
				t.Fatalf("%s: go-epub with every file: %v", name, err)
			}
			if g, w := slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)); !slices.Equal(g, w) {
				t.Fatalf("%s: files\n got %q\nwant %q", name, g, w)
			}
			for _, files := range []map[string][]byte{got, want} {
				// go-epub stamps the clock; finish replaces it.
				files[opfPath] = modifiedRE().ReplaceAll(files[opfPath], []byte("<modified/>"))
			}
			for f, w := range want {
				if f == navPath || f == ncxPath {
					continue // finish writes its own navigation
				}
				if g := got[f]; string(g) != string(w) {
					t.Errorf("%s: %s differs:\n got %s\nwant %s", name, f, g, w)
				}
			}
		}
	}
}

// TestPrepare checks that Prepare makes the frame a later book uses, that
// its wait returns once the frame is made, and that books embedding a font
// (whose frame holds the font) are left alone.
func TestPrepare(t *testing.T) {
	frames.Clear()
	wait := Prepare(WithVertical(true))
	wait()
	key := frameKey{css: stylesheet(true, false), vertical: true}
	v, ok := frames.Load(key)
	if !ok {
		t.Fatal("Prepare made no frame")
	}
	if e := v.(*frameEntry); e.err != nil || e.files[opfPath] == nil {
		t.Fatalf("prepared frame: %v", e.err)
	}
	frames.Clear()
	Prepare(WithEmbedFont(true))()
	n := 0
	frames.Range(func(any, any) bool { n++; return true })
	if n != 0 {
		t.Errorf("Prepare with an embedded font made %d frames", n)
	}
}
