package epub

import (
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testtool"
)

const epubcheckJar = "/usr/share/java/epubcheck.jar"

// epubcheck runs EPUBCheck on data and fails the test on any error or
// warning. It skips (or fails in CI) without java and the jar.
func epubcheck(t *testing.T, data []byte) {
	t.Helper()
	java := testtool.Need(t, "java")
	jar := testtool.NeedFile(t, epubcheckJar)
	path := filepath.Join(t.TempDir(), "book.epub")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// The client compiler alone starts EPUBCheck twice as fast.
	out, err := exec.Command(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar, "-q", path).CombinedOutput()
	msgs := regexp.MustCompile(`(?m)^(ERROR|WARNING|FATAL).*$`).FindAllString(string(out), -1)
	if err != nil || len(msgs) > 0 {
		t.Errorf("epubcheck: %v\n%s", err, out)
	}
}

var (
	tagRE    = regexp.MustCompile(`<[^>]+>`)
	itemRE   = regexp.MustCompile(`<item id="([^"]+)" href="([^"]+)"`)
	itemrefR = regexp.MustCompile(`<itemref idref="([^"]+)"`)
)

// spineText returns the text of the book's spine documents in reading
// order, tags removed, entities decoded and white space dropped.
func spineText(t *testing.T, files map[string]string) string {
	t.Helper()
	hrefs := map[string]string{}
	for _, m := range itemRE.FindAllStringSubmatch(files[opfPath], -1) {
		hrefs[m[1]] = m[2]
	}
	var sb strings.Builder
	for _, m := range itemrefR.FindAllStringSubmatch(files[opfPath], -1) {
		body, ok := files["EPUB/"+hrefs[m[1]]]
		if !ok {
			t.Fatalf("spine item %s (%s) missing", m[1], hrefs[m[1]])
		}
		if i := strings.Index(body, "<body"); i >= 0 {
			body = body[i:]
		}
		sb.WriteString(html.UnescapeString(tagRE.ReplaceAllString(body, "")))
	}
	return squash(sb.String())
}

// squash drops white space, which XHTML rendering does not preserve.
func squash(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u3000", " ")), "")
}

// checkText fails unless every text node of d appears in the spine text,
// in document order.
func checkText(t *testing.T, d *doc.Document, files map[string]string) {
	t.Helper()
	text := spineText(t, files)
	at := 0
	d.WalkDocument(func(n *doc.Node) bool {
		s := squash(n.Text)
		if s == "" {
			return true
		}
		i := strings.Index(text[at:], s)
		if i < 0 {
			t.Errorf("line %d: %s %q not found in reading order", n.Line, n.Kind, n.Text)
			return true
		}
		at += i + len(s)
		return true
	})
}

// TestEPUBCheck validates the hand-built book in every mode.
func TestEPUBCheck(t *testing.T) {
	modes := map[string][]Option{
		"plain":                  nil,
		"vertical":               {WithVertical(true)},
		"embed-font":             {WithEmbedFont(true)},
		"vertical-embed-font-ja": {WithVertical(true), WithEmbedFont(true), WithLang("ja")},
	}
	for name, opts := range modes {
		t.Run(name, func(t *testing.T) {
			d := handTree()
			data := writeBook(t, []*doc.Document{d}, append(opts, WithDate(date))...)
			_, files := entries(t, data)
			checkText(t, d, files)
			epubcheck(t, data)
		})
	}
}

// TestEPUBCheckShared validates a book big enough for shared article
// files, with a change of language among them, its text in reading order.
func TestEPUBCheckShared(t *testing.T) {
	zh, ja := edition(maxFiles+3), edition(5)
	ja.Lang = "ja"
	data := writeBook(t, []*doc.Document{zh, ja})
	_, files := entries(t, data)
	if _, ok := files[xhtmlDir+"p001.xhtml"]; !ok {
		t.Fatalf("no shared file p001.xhtml: test no longer covers them")
	}
	checkText(t, zh, files)
	epubcheck(t, data)
}

// TestMixedLanguageBook: in a book of a Chinese and a Japanese page the
// Japanese entries carry their language everywhere a title is listed, and
// the package names both languages, the book's first.
func TestMixedLanguageBook(t *testing.T) {
	zh, ja := edition(2), edition(1)
	ja.Lang = "ja"
	for _, c := range ja.Articles[0].Children {
		if c.Kind == doc.KindHeadline {
			c.Text = "神戸ジャズの夜"
		}
	}
	data := writeBook(t, []*doc.Document{zh, ja})
	_, files := entries(t, data)
	for _, tc := range []struct{ file, want string }{
		{navPath, `<li lang="ja" xml:lang="ja"><a href="xhtml/`},
		{xhtmlDir + coverFile, `<li lang="ja" xml:lang="ja"><a href="`},
		{ncxPath, `<navLabel xml:lang="ja"><text>神戸ジャズの夜</text>`},
		{opfPath, "<dc:language>zh-Hans</dc:language>"},
		{opfPath, "<dc:language>ja</dc:language>"},
	} {
		if !strings.Contains(files[tc.file], tc.want) {
			t.Errorf("%s lacks %s", tc.file, tc.want)
		}
	}
	if n := strings.Count(files[navPath], `<li lang="ja"`); n != 1 {
		t.Errorf("nav.xhtml marks %d entries Japanese, want 1 (the Chinese ones take the book's language)", n)
	}
	if zhAt, jaAt := strings.Index(files[opfPath], ">zh-Hans<"), strings.Index(files[opfPath], ">ja<"); zhAt > jaAt {
		t.Errorf("dc:language: the book's own language is not first")
	}
	epubcheck(t, data)
}
