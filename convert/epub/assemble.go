package epub

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"maps"
	"sync"

	goepub "github.com/go-shiori/go-epub"
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

// bodyMark stands in for the body of every article file when go-epub
// builds the book; finish puts the articles in its place. go-epub writes
// its files to a temporary directory (under os.TempDir) and zips them, and
// finish unzips them again: handing it the text itself would write, read,
// compress and decompress every byte of the book once more, which was half
// the time of a large book. (go-epub's in-memory file system is no way out:
// it is one unlocked map for the whole process, unsafe with concurrent
// books.)
const bodyMark = "<!--paiban:body-->"

// go-epub is given one XHTML file, the template, whatever the number of
// articles: it writes every file to a temporary directory, deflates it and
// lists it, which made go-epub three quarters of the time of a 100-article
// book. The template's file and its entries in the package document are
// then copied once per XHTML file of the book (title page and articles) by
// expand, changing only the file name and the title, so the book is byte
// for byte the one go-epub writes when given every file
// (TestTemplateMatchesGoEpub holds the two together).
const (
	templateFile  = "paiban-template.xhtml"
	templateTitle = "paiban:template-title"
)

// section is an XHTML file to have go-epub write.
type section struct{ file, title string }

// skeleton is what go-epub is told of a book. It is settled before the
// articles are rendered, so that go-epub can build the book meanwhile.
type skeleton struct {
	title, lang, id, css string
	vertical             bool
	font                 []byte // nil: none
}

// skeleton returns what go-epub needs of b.
func (b *book) skeleton() skeleton {
	return skeleton{title: b.title, lang: b.lang, id: b.id, css: b.css, vertical: b.vertical, font: b.font}
}

// assemble returns the files go-epub makes of the book around the
// template file, by name. Without an embedded font they come from the
// frame cache (see frames) with the book's title, language and identifier
// put in.
func (k skeleton) assemble() (map[string][]byte, error) {
	template := []section{{templateFile, templateTitle}}
	if k.font != nil {
		return k.goEpub(template)
	}
	e := startFrame(frameKey{css: k.css, vertical: k.vertical})
	<-e.ready
	if e.err != nil {
		return nil, e.err
	}
	// Expanding and finishing replace files, never change their bytes,
	// so the cached ones can be shared.
	files := maps.Clone(e.files)
	opf := files[opfPath]
	for _, f := range []struct{ tag, placeholder, value string }{
		{"dc:identifier", frameID, k.id}, {"dc:title", frameTitle, k.title}, {"dc:language", frameLang, k.lang},
	} {
		var esc bytes.Buffer
		if err := xml.EscapeText(&esc, []byte(f.value)); err != nil {
			return nil, fmt.Errorf("epub: %s: %w", f.tag, err)
		}
		var err error
		if opf, err = replaceOnce(opf, ">"+f.placeholder+"</"+f.tag+">", ">"+esc.String()+"</"+f.tag+">"); err != nil {
			return nil, fmt.Errorf("epub: package.opf: %w", err)
		}
	}
	files[opfPath] = opf
	return files, nil
}

// frames caches, for the life of the process, what go-epub makes of a book
// without an embedded font, by stylesheet and direction: with placeholders
// for the title, language and identifier (which assemble puts in; the
// navigation documents are rewritten anyway) it depends on nothing else.
// A batch of small pages then runs go-epub, with its temporary files,
// once instead of once per book. There are at most four entries.
var frames sync.Map // frameKey → *frameEntry

type frameKey struct {
	css      string
	vertical bool
}

// frameEntry is one cached frame, ready when its channel is closed.
type frameEntry struct {
	ready chan struct{}
	files map[string][]byte
	err   error
}

// startFrame returns the cache entry for key, having go-epub make the
// frame now if no one has started it yet; others wait on ready.
func startFrame(key frameKey) *frameEntry {
	e, added := claimFrame(key)
	if added {
		e.make(key)
	}
	return e
}

// claimFrame returns the cache entry for key and whether this call added
// it, in which case the caller must make the frame.
func claimFrame(key frameKey) (*frameEntry, bool) {
	v, loaded := frames.LoadOrStore(key, &frameEntry{ready: make(chan struct{})})
	return v.(*frameEntry), !loaded
}

// make has go-epub make the frame of key and marks e ready.
func (e *frameEntry) make(key frameKey) {
	k := skeleton{title: frameTitle, lang: frameLang, id: frameID, css: key.css, vertical: key.vertical}
	e.files, e.err = k.goEpub([]section{{templateFile, templateTitle}})
	if e.err != nil {
		frames.Delete(key) // a later book tries again
	}
	close(e.ready)
}

// Prepare has go-epub make, in the background, the frame of books written
// with opts, so that the first of them need not wait for it: a caller
// that knows it will write an EPUB calls it before reading the input
// (convert.Registry.Prepare does). It does nothing for books that embed a
// font, whose frame holds the font, or when the frame is made already.
// The returned wait blocks until the frame is made; a book written
// meanwhile waits anyway, and the frame is made in memory, so a caller
// may also drop it.
func Prepare(opts ...Option) (wait func()) {
	w := New(opts...)
	if w.embed {
		return func() {}
	}
	key := frameKey{css: stylesheet(w.vertical, false), vertical: w.vertical}
	e, added := claimFrame(key)
	if added {
		go e.make(key)
	}
	return func() { <-e.ready }
}

// Placeholders in a cached frame's package document.
const (
	frameTitle = "paiban:book-title"
	frameLang  = "paiban:book-lang"
	frameID    = "paiban:book-id"
)

// goEpubMu serialises go-epub, which keeps its files in a storage it
// holds in a package variable: paiban sets it to go-epub's in-memory
// storage, which is not safe for concurrent use. A book spends a few
// milliseconds in go-epub, and most books none (the frame is cached).
var (
	goEpubMu     sync.Mutex
	goEpubMemory sync.Once
)

// dataURL is data as a base64 data URL (RFC 2397) of the given media
// type: every medium paiban gives go-epub is one, so go-epub never opens a
// file or the network for a book. (paiban builds with a copy of go-epub
// that has no network code, third_party/go-epub; upstream go-epub, which a
// program using this package gets, would try a data URL as a local file,
// then as an http URL, which its client refuses for the scheme, before
// decoding it.)
func dataURL(media string, data []byte) string {
	return "data:" + media + ";base64," + base64.StdEncoding.EncodeToString(data)
}

// goEpub has go-epub build the book: stylesheet, font and the given XHTML
// files, each holding bodyMark. go-epub works in memory: no temporary
// file is ever written, so nothing is left behind when a process stops
// while a book or a frame (Prepare) is being made.
func (k skeleton) goEpub(sections []section) (map[string][]byte, error) {
	goEpubMu.Lock()
	defer goEpubMu.Unlock()
	var err error
	goEpubMemory.Do(func() { err = goepub.Use(goepub.MemoryFS) })
	if err != nil {
		return nil, fmt.Errorf("epub: go-epub storage: %w", err)
	}
	e, err := goepub.NewEpub(k.title)
	if err != nil {
		return nil, fmt.Errorf("epub: %w", err)
	}
	e.SetLang(k.lang)
	e.SetIdentifier(k.id)
	if k.vertical {
		e.SetPpd("rtl")
	}
	css, err := e.AddCSS(dataURL(cssMedia+";charset=utf-8", []byte(k.css)), cssFile)
	if err != nil {
		return nil, fmt.Errorf("epub: stylesheet: %w", err)
	}
	if k.font != nil {
		// One file only: go-epub lists media in map order, so a second file
		// in the fonts folder (the licence) is added by finish instead.
		if _, err := e.AddFont(dataURL(dataMedia, k.font), fontFile); err != nil {
			return nil, fmt.Errorf("epub: font: %w", err)
		}
	}
	for _, s := range sections {
		if _, err := e.AddSection(bodyMark, s.title, s.file, css); err != nil {
			return nil, fmt.Errorf("epub: %s: %w", s.file, err)
		}
	}
	var buf bytes.Buffer
	if _, err := e.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("epub: pack: %w", err)
	}
	return unzip(buf.Bytes())
}

// files lists the XHTML files of the book in reading order: the title
// page, if any, and the parts.
func (b *book) files() []section {
	var fs []section
	if b.titled {
		fs = append(fs, section{coverFile, b.title})
	}
	for _, p := range b.parts {
		fs = append(fs, section{p.file, p.first})
	}
	return fs
}

// expand turns the template file go-epub wrote into the book's XHTML files
// (see files), and its manifest item and spine reference into one each.
func (b *book) expand(files map[string][]byte) error {
	tmpl := files[xhtmlDir+templateFile]
	if tmpl == nil {
		return fmt.Errorf("epub: go-epub did not write %s", xhtmlDir+templateFile)
	}
	delete(files, xhtmlDir+templateFile)
	title := []byte(templateTitle)
	if n := bytes.Count(tmpl, title); n != 1 {
		return fmt.Errorf("epub: %s: found %q %d times, want once", templateFile, templateTitle, n)
	}
	head, tail, _ := bytes.Cut(tmpl, title)
	var esc bytes.Buffer
	xs := b.files()
	for _, x := range xs {
		esc.Reset()
		if err := xml.EscapeText(&esc, []byte(x.title)); err != nil {
			return fmt.Errorf("epub: %s: %w", x.file, err)
		}
		f := make([]byte, 0, len(head)+esc.Len()+len(tail))
		f = append(append(append(f, head...), esc.Bytes()...), tail...)
		files[xhtmlDir+x.file] = f
	}

	// go-epub names a file's manifest item after the file, so the name
	// ends three attribute values on two lines: the item's id and href
	// and the spine itemref's idref. Text (the book's title) cannot hold
	// the name followed by a quote: quotes in text are escaped.
	opf := files[opfPath]
	name := []byte(templateFile + `"`)
	if n := bytes.Count(opf, name); n != 3 {
		return fmt.Errorf("epub: package.opf: found %q %d times, want 3", name, n)
	}
	var out bytes.Buffer
	out.Grow(len(opf) + 160*len(xs))
	for line := range bytes.Lines(opf) {
		if !bytes.Contains(line, name) {
			out.Write(line)
			continue
		}
		for _, x := range xs {
			out.Write(bytes.ReplaceAll(line, name, []byte(x.file+`"`)))
		}
	}
	files[opfPath] = out.Bytes()
	return nil
}
