package epub

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestManyArticles checks the files of big books: one per article up to
// maxFiles articles, shared files beyond (split where the language
// changes), and every link of the navigation, the NCX and the title page
// still pointing at its own article or section.
func TestManyArticles(t *testing.T) {
	for _, tc := range []struct {
		name     string
		n, ja    int // articles in Chinese, then in Japanese
		shared   bool
		maxParts int
	}{
		{"one file each up to the cap", maxFiles, 0, false, maxFiles},
		{"shared files past the cap", maxFiles + 1, 0, true, maxFiles},
		{"many more", 7 * maxFiles, 0, true, maxFiles},
		{"a language change starts a file", maxFiles, 3, true, maxFiles + 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := []*doc.Document{edition(tc.n)}
			if tc.ja > 0 {
				ja := edition(tc.ja)
				ja.Lang = "ja"
				docs = append(docs, ja)
			}
			_, files := entries(t, writeBook(t, docs))
			parts := map[string]string{}
			for name, data := range files {
				if f, ok := strings.CutPrefix(name, xhtmlDir); ok && f != coverFile {
					parts[f] = data
				}
			}
			if len(parts) > tc.maxParts || (!tc.shared && len(parts) != tc.n+tc.ja) {
				t.Errorf("%d files for %d articles", len(parts), tc.n+tc.ja)
			}
			articles := 0
			for f, data := range parts {
				ids := idRE.FindAllStringSubmatch(data, -1)
				seen := map[string]bool{}
				for _, m := range ids {
					if seen[m[1]] {
						t.Errorf("%s: id %q twice", f, m[1])
					}
					seen[m[1]] = true
				}
				n := strings.Count(data, "<article")
				if !tc.shared && n != 1 {
					t.Errorf("%s holds %d articles, want 1", f, n)
				}
				articles += n
			}
			if articles != tc.n+tc.ja {
				t.Errorf("%d articles in the files, want %d", articles, tc.n+tc.ja)
			}
			tocLinks := resolve(t, files, "EPUB/", hrefRE, files[navPath])
			resolve(t, files, "EPUB/", srcRE, files[ncxPath])
			resolve(t, files, xhtmlDir, hrefRE, files[xhtmlDir+coverFile])
			if tc.shared {
				if n := len(regexp.MustCompile(`#a\d+"`).FindAllString(files[navPath], -1)); n != tc.n+tc.ja+1 {
					t.Errorf("navigation links %d articles (with landmark), want %d", n, tc.n+tc.ja+1)
				}
			} else if tocLinks < tc.n+tc.ja {
				t.Errorf("navigation has %d links for %d articles", tocLinks, tc.n+tc.ja)
			}
		})
	}
}

// TestManyArticlesLanguage checks that shared files hold articles of one
// language only, the one on their root element.
func TestManyArticlesLanguage(t *testing.T) {
	zh, ja := edition(maxFiles), edition(3)
	ja.Lang = "ja"
	ja.Articles[0].Children[0].Text = "日本語の見出し"
	_, files := entries(t, writeBook(t, []*doc.Document{zh, ja}))
	found, jaArticles := false, 0
	for name, data := range files {
		if !strings.HasPrefix(name, xhtmlDir+"p") {
			continue
		}
		isJa := strings.Contains(data, `<html xmlns="http://www.w3.org/1999/xhtml" lang="ja"`)
		if strings.Contains(data, "日本語の見出し") {
			found = true
			if !isJa {
				t.Errorf("%s: Japanese article in a file not marked ja", name)
			}
		}
		if isJa {
			jaArticles += strings.Count(data, "<article")
		}
	}
	if !found {
		t.Errorf("Japanese article not found")
	}
	if jaArticles != 3 {
		t.Errorf("files marked ja hold %d articles, want the 3 Japanese ones", jaArticles)
	}
}

var (
	idRE   = regexp.MustCompile(` id="([^"]+)"`)
	hrefRE = regexp.MustCompile(`<a [^>]*href="([^"]+)"`)
	srcRE  = regexp.MustCompile(`<content src="([^"]+)"`)
)

// resolve checks that every link re finds in doc names a file of the book
// (relative to dir) and, with a fragment, an id in that file. It returns
// the number of links.
func resolve(t *testing.T, files map[string]string, dir string, re *regexp.Regexp, doc string) int {
	t.Helper()
	links := re.FindAllStringSubmatch(doc, -1)
	for _, m := range links {
		file, frag, _ := strings.Cut(m[1], "#")
		data, ok := files[dir+file]
		if !ok {
			t.Errorf("link %q: no file %s", m[1], dir+file)
			continue
		}
		if frag != "" && !strings.Contains(data, ` id="`+frag+`"`) {
			t.Errorf("link %q: no id %q in %s", m[1], frag, file)
		}
	}
	return len(links)
}

// TestConcurrentBooks checks that one Writer makes books on several
// goroutines at once (as paiban convert --jobs does) with the same bytes
// as one at a time; run with -race it also checks for data races, in
// go-epub's temporary files among others.
func TestConcurrentBooks(t *testing.T) {
	docs := []*doc.Document{edition(3), edition(maxFiles + 5), handTree()}
	for _, opts := range [][]Option{nil, {WithVertical(true)}} {
		w := New(opts...)
		want := make([][]byte, len(docs))
		for i, d := range docs {
			want[i] = writeBook(t, []*doc.Document{d}, opts...)
		}
		got := make([][]byte, 4*len(docs))
		errs := make([]error, len(got))
		var wg sync.WaitGroup
		for i := range got {
			wg.Go(func() {
				var buf bytes.Buffer
				errs[i] = w.Write(context.Background(), &buf, docs[i%len(docs)])
				got[i] = buf.Bytes()
			})
		}
		wg.Wait()
		for i := range got {
			if errs[i] != nil {
				t.Fatalf("book %d: %v", i, errs[i])
			}
			if !bytes.Equal(got[i], want[i%len(docs)]) {
				t.Errorf("book %d written concurrently differs from the same book written alone", i)
			}
		}
	}
}
