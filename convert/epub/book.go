package epub

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/paiban/paiban/convert/doc"
)

// book is everything the writer decided about a book before packing it.
type book struct {
	title    string
	lang     string
	words    words
	date     time.Time // dcterms:modified and zip times
	dated    bool      // the caller gave the date: also write dc:date
	id       string
	creators []string
	vertical bool
	css      string
	font     []byte // embedded font subset, nil if none
	license  []byte // the font's licence
	cover    string // title page body, "" for a book of one article
	pages    []*page
}

// page is one article's XHTML file.
type page struct {
	file  string // "a001.xhtml"
	lang  string
	title string
	body  string
	toc   []*entry
}

// plan renders the documents and settles the book's metadata.
func (w *Writer) plan(ctx context.Context, docs []*doc.Document) (*book, error) {
	if len(docs) == 0 || slices.Contains(docs, nil) {
		return nil, ErrNoArticles
	}
	b := &book{lang: w.lang, vertical: w.vertical}
	if b.lang == "" {
		b.lang = docs[0].Lang
	}
	if b.lang == "" {
		b.lang = defaultLang
	}
	b.words = wordsFor(b.lang)

	r := &renderer{vertical: w.vertical}
	if w.font != nil {
		r.runes = map[rune]bool{}
	}
	for _, d := range docs {
		lang := w.lang
		if lang == "" {
			lang = d.Lang
		}
		if lang == "" {
			lang = b.lang
		}
		for _, a := range d.Articles {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			p := &page{file: fmt.Sprintf("a%03d.xhtml", len(b.pages)+1), lang: lang}
			p.body, p.toc = r.article(a)
			p.title = articleTitle(a, p.toc, wordsFor(lang), len(b.pages)+1)
			r.record(p.title)
			b.pages = append(b.pages, p)
		}
		b.creators = appendNew(b.creators, d.Authors()...)
	}
	if len(b.pages) == 0 {
		return nil, ErrNoArticles
	}

	b.title = w.title
	for _, d := range docs {
		if b.title == "" {
			b.title = d.Title()
		}
	}
	if b.title == "" {
		b.title = b.words.untitled
	}
	sum := contentHash(b.title, docs)
	b.id = identifier(sum)
	b.date, b.dated = w.date.UTC(), !w.date.IsZero()
	if !b.dated {
		b.date = derivedDate(sum)
	}
	b.date = b.date.Truncate(time.Second)

	if len(b.pages) > 1 {
		b.cover = b.titlePage(r)
	}
	r.record(b.title + b.words.contents + strings.Join(b.creators, ""))
	if w.font != nil {
		var err error
		b.font, b.license, err = w.font(sortedRunes(r.runes))
		if err != nil {
			return nil, fmt.Errorf("epub: embed font: %w", err)
		}
	}
	b.css = stylesheet(b.vertical, b.font != nil)
	return b, nil
}

// articleTitle names an article in the table of contents: its headline,
// else its first section heading, else its number.
func articleTitle(a *doc.Node, toc []*entry, ws words, n int) string {
	if h := strings.TrimSpace(a.Headline()); h != "" {
		return h
	}
	for _, e := range toc {
		if t := strings.TrimSpace(e.title); t != "" {
			return t
		}
	}
	return ws.articleTitle(n)
}

// titlePage renders the page that opens a book of several articles: the
// title, the date when the caller gave one, and the articles in order.
func (b *book) titlePage(r *renderer) string {
	r.sb.Reset()
	r.sb.WriteString("<section class=\"titlepage\" epub:type=\"titlepage\">\n")
	r.element("h1", "booktitle", b.title)
	if b.dated {
		r.element("p", "date", b.words.formatDate(b.date))
	}
	r.sb.WriteString("<ol class=\"contents\">\n")
	for _, p := range b.pages {
		r.sb.WriteString(`<li><a href="` + p.file + `">`)
		r.text(p.title)
		r.sb.WriteString("</a></li>\n")
	}
	r.sb.WriteString("</ol>\n</section>")
	return r.sb.String()
}

// appendNew appends the strings of add that list does not hold yet.
func appendNew(list []string, add ...string) []string {
	for _, s := range add {
		if s != "" && !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// sortedRunes returns the set's characters in order.
func sortedRunes(set map[rune]bool) []rune {
	out := make([]rune, 0, len(set))
	for c := range set {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}
