package epub

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"

	goepub "github.com/go-shiori/go-epub"
	"github.com/vincent-petithory/dataurl"
)

// Names go-epub gives the files it writes; finish relies on them.
const (
	opfPath   = "EPUB/package.opf"
	navPath   = "EPUB/nav.xhtml"
	ncxPath   = "EPUB/toc.ncx"
	xhtmlDir  = "EPUB/xhtml/"
	cssFile   = "style.css"
	coverFile = "title.xhtml"
	cssHref   = "../css/" + cssFile
	mimetype  = "mimetype"
	epubMedia = "application/epub+zip"
	dataMedia = "application/octet-stream" // go-epub sniffs the real type
	cssMedia  = "text/css"
	fontsDir  = "EPUB/fonts/"
	cssDir    = "EPUB/css/"
)

// offline is an HTTP transport that refuses every request: go-epub falls
// back to HTTP for sources it cannot open locally, and a book must never
// depend on, or leak, a network fetch.
type offline struct{}

func (offline) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, errors.New("epub: network access is disabled")
}

// bodyMark stands in for the body of every article file when go-epub
// builds the book; finish puts the articles in its place. go-epub writes
// its files to a temporary directory (under os.TempDir) and zips them, and
// finish unzips them again: handing it the text itself would write, read,
// compress and decompress every byte of the book once more, which was half
// the time of a large book. (go-epub's in-memory file system is no way out:
// it is one unlocked map for the whole process, unsafe with concurrent
// books.)
const bodyMark = "<!--paiban:body-->"

// assemble has go-epub build the book, article files holding bodyMark, and
// returns its zip. go-epub removes its temporary directory itself.
func (b *book) assemble() ([]byte, error) {
	e, err := goepub.NewEpub(b.title)
	if err != nil {
		return nil, fmt.Errorf("epub: %w", err)
	}
	e.Client = &http.Client{Transport: offline{}}
	e.SetLang(b.lang)
	e.SetIdentifier(b.id)
	if b.vertical {
		e.SetPpd("rtl")
	}
	css, err := e.AddCSS(dataurl.New([]byte(b.css), cssMedia, "charset", "utf-8").String(), cssFile)
	if err != nil {
		return nil, fmt.Errorf("epub: stylesheet: %w", err)
	}
	if b.font != nil {
		// One file only: go-epub lists media in map order, so a second file
		// in the fonts folder (the licence) is added by finish instead.
		if _, err := e.AddFont(dataurl.New(b.font, dataMedia).String(), fontFile); err != nil {
			return nil, fmt.Errorf("epub: font: %w", err)
		}
	}
	if b.cover != "" {
		if _, err := e.AddSection(b.cover, b.title, coverFile, css); err != nil {
			return nil, fmt.Errorf("epub: title page: %w", err)
		}
	}
	for _, p := range b.parts {
		if _, err := e.AddSection(bodyMark, p.pages[0].title, p.file, css); err != nil {
			return nil, fmt.Errorf("epub: %s: %w", p.file, err)
		}
	}
	var buf bytes.Buffer
	if _, err := e.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("epub: pack: %w", err)
	}
	return buf.Bytes(), nil
}
