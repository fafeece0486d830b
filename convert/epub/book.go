package epub

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/markup"
	"github.com/paiban/paiban/layout"
)

// book is everything the writer decided about a book before packing it.
type book struct {
	title    string
	lang     string
	words    words
	date     time.Time // dcterms:modified and zip times
	dated    bool      // the caller gave the date: also write dc:date
	stated   bool      // or the page states it (doc.Document.StatedDate)
	id       string
	creators []string
	vertical bool
	css      string
	font     []byte  // embedded font subset, nil if none
	license  []byte  // the font's licence
	licFile  string  // its file name in the fonts folder
	titled   bool    // the book opens with a title page: it has several articles
	pages    []page  // the articles, in order
	parts    []*part // the XHTML files holding them, in order
}

// page is one article's entry in the table of contents; its markup is in
// its part's body. A book holds one per article, by value: a book of very
// many small articles is mostly these (issue 16).
type page struct {
	title  string
	toc    []*entry
	part   int32 // the part (XHTML file) holding it, whose language it has
	num    int32 // its number in the book, from 1
	shared bool  // it shares its file with others
}

// id is the page's fragment in a shared file ("a12"), or "" when it has
// the file to itself.
func (p *page) id() string {
	if !p.shared {
		return ""
	}
	return "a" + strconv.Itoa(int(p.num))
}

// file is the XHTML file holding p: "a001.xhtml", or "p001.xhtml" when
// shared.
func (b *book) file(p *page) string { return b.parts[p.part].file }

// lang is p's language.
func (b *book) pageLang(p *page) string { return b.parts[p.part].lang }

// href is p's address relative to the XHTML folder.
func (b *book) href(p *page) string {
	if !p.shared {
		return b.file(p)
	}
	return b.file(p) + "#" + p.id()
}

// part is one XHTML file of the book: a single article or, in a book of
// very many, a run of consecutive articles of one language. Its articles'
// markup is kept in one buffer, not a string per article: a book of very
// many small articles is mostly this overhead (issue 16).
type part struct {
	file  string
	lang  string
	first string // the title of its first page
	pages int
	body  []byte // the pages' markup, one after the other, each after a newline but the first
}

// Files per book. A book of up to maxFiles articles gets one XHTML file per
// article. A bigger one (an archive, or a hostile 50,000 headlines) puts
// runs of articles in shared files, each article an <article id="aN"> that
// the navigation still lists on its own: reading systems handle a spine of
// tens of thousands of files poorly. A shared file also closes at
// partBytes, as some reading systems load a whole file at once and slow
// down on very large ones.
const (
	maxFiles  = 250
	partBytes = 256 << 10
)

// meta settles what go-epub needs to know of the book, none of which
// depends on rendering the articles: title, language, identifier, date,
// stylesheet and whether it opens with a title page.
func (w *Writer) meta(docs []*doc.Document) (*book, error) {
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
	n := 0
	for _, d := range docs {
		n += len(d.Articles)
	}
	if n == 0 {
		// The input is at fault, not the writer: say which.
		return nil, &doc.InputError{Name: docs[0].Source.Name, Err: ErrNoArticles}
	}
	b.titled = n > 1

	b.title = w.title
	if b.title == "" && b.titled {
		// A book of several articles is a page (or a day's pages), not
		// its first story: it is called by its source's name, so that its
		// title page does not repeat the first headline.
		b.title = sourceTitle(docs[0].Source.Name)
	}
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
		// The same date the other formats give each page; a book of
		// several pages takes the latest.
		for _, d := range docs {
			if t := d.FixedDate(); t.After(b.date) {
				b.date = t
			}
			if _, ok := d.StatedDate(); ok {
				b.stated = true
			}
		}
	}
	b.date = b.date.Truncate(time.Second)
	b.css = stylesheet(b.vertical, w.embed)
	return b, nil
}

// render renders the articles into pages and files, the title page and,
// when the book embeds one, the font subset.
func (w *Writer) render(ctx context.Context, b *book, docs []*doc.Document) error {
	r := &renderer{vertical: w.vertical, hook: w.hook}
	if w.embed {
		r.runes = map[rune]bool{}
	}
	n := 0
	for _, d := range docs {
		n += len(d.Articles)
	}
	b.pages = make([]page, 0, n)
	perPart := 1
	if n > maxFiles {
		perPart = (n + maxFiles - 1) / maxFiles
	}
	for _, d := range docs {
		lang := w.lang
		if lang == "" {
			lang = d.Lang
		}
		if lang == "" {
			lang = b.lang
		}
		r.korean = strings.HasPrefix(lang, "ko")
		for _, a := range d.Articles {
			if err := ctx.Err(); err != nil {
				return err
			}
			num := len(b.pages) + 1
			p := page{num: int32(num), shared: perPart > 1}
			var body string
			body, p.toc = r.article(a, p.id())
			if r.err != nil {
				return r.err
			}
			p.title = articleTitle(a, p.toc, wordsFor(lang), num)
			r.record(p.title)
			b.place(&p, lang, perPart, body)
			b.pages = append(b.pages, p)
		}
		b.creators = appendNew(b.creators, d.Authors()...)
	}
	r.record(b.title + b.words.contents + strings.Join(b.creators, ""))
	if w.embed {
		if b.titled {
			// Only for the characters it holds: it is written as the book
			// is packed.
			if err := b.titlePage(r, bufio.NewWriter(io.Discard)); err != nil {
				return err
			}
		}
		var err error
		var lang layout.Lang
		if w.vertical {
			lang = layout.Lang(b.lang)
		}
		var lacksForms bool
		if b.font, lacksForms, err = markup.EmbedSubset(w.face, sortedRunes(r.runes), lang); err != nil {
			return fmt.Errorf("epub: embed font: %w", err)
		}
		if lacksForms && w.warn != nil {
			w.warn(doc.Diagnostic{Severity: doc.SeverityWarning, Message: markup.NoVerticalForms})
		}
		b.license = fontLicense(w.face)
		b.licFile = licenseFile
		if w.face != nil {
			b.licFile = noticeFile
		}
	}
	return nil
}

// place puts p, whose markup is body, in the last file, or starts a new
// one: for every article when perPart is 1, else when the last file is
// full or in another language.
func (b *book) place(p *page, lang string, perPart int, body string) {
	var last *part
	if len(b.parts) > 0 {
		last = b.parts[len(b.parts)-1]
	}
	if perPart == 1 || last == nil || last.pages == perPart || last.lang != lang ||
		len(last.body)+len(body) > partBytes {
		if last != nil && cap(last.body) > len(last.body)+len(last.body)/8 {
			last.body = bytes.Clone(last.body) // full: no room to spare
		}
		last = &part{lang: lang, first: p.title}
		if perPart == 1 {
			last.file = fmt.Sprintf("a%03d.xhtml", p.num)
		} else {
			last.file = fmt.Sprintf("p%03d.xhtml", len(b.parts)+1)
		}
		b.parts = append(b.parts, last)
	}
	p.part = int32(len(b.parts) - 1)
	if last.pages > 0 {
		last.body = append(last.body, '\n')
	}
	last.pages++
	last.body = append(last.body, body...)
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

// titlePage writes the page that opens a book of several articles to w:
// the title, the date when the caller gave one, and the articles in order.
func (b *book) titlePage(r *renderer, w *bufio.Writer) error {
	r.sb.Reset()
	r.sb.WriteString("<section class=\"titlepage\" epub:type=\"titlepage\">\n")
	r.element("h1", "booktitle", b.title)
	if b.dated || b.stated {
		r.element("p", "date", b.words.formatDate(b.date))
	}
	r.sb.WriteString("<ol class=\"contents\">\n")
	for i := range b.pages {
		p := &b.pages[i]
		r.sb.WriteString(`<li` + b.foreignLang(b.pageLang(p)) + `><a href="` + b.href(p) + `">`)
		r.text(p.title)
		r.sb.WriteString("</a></li>\n")
		if r.sb.Len() >= 4<<10 {
			w.WriteString(r.sb.String())
			r.sb.Reset()
		}
	}
	r.sb.WriteString("</ol>\n</section>")
	w.WriteString(r.sb.String())
	r.sb.Reset()
	return w.Flush()
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

// sourceTitle makes a title of a source name: its base name without the
// extension ("frontpage.txt" → "frontpage"), or "" for standard input.
func sourceTitle(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if name == "-" || name == "." || name == "/" {
		return ""
	}
	return strings.TrimSuffix(name, path.Ext(name))
}
