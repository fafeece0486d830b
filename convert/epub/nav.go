package epub

import (
	"bufio"
	"strconv"
	"strings"
)

// go-epub's navigation document and NCX list only whole files, under an
// English heading, with no language and (in the NCX) a broken head; paiban
// writes both itself from the same entries, with nested section entries.

// navDoc writes the EPUB 3 navigation document to sb: the table of
// contents (articles, and their sections nested) and landmarks.
func (b *book) navDoc(sb *bufio.Writer) error {
	sb.WriteString(xmlHeader)
	sb.WriteString("<!DOCTYPE html>\n")
	sb.WriteString(`<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"` + langAttrs(b.lang) + ">\n")
	sb.WriteString("<head>\n<title>" + escape(b.words.contents) + "</title>\n")
	sb.WriteString(`<link rel="stylesheet" type="text/css" href="css/` + cssFile + `"/>` + "\n</head>\n<body>\n")
	sb.WriteString(`<nav epub:type="toc" id="toc">` + "\n<h1>" + escape(b.words.contents) + "</h1>\n<ol>\n")
	for i := range b.pages {
		p := &b.pages[i]
		sb.WriteString(`<li` + b.foreignLang(b.pageLang(p)) + `><a href="xhtml/` + b.href(p) + `">` + escape(p.title) + "</a>")
		navList(sb, "xhtml/"+b.file(p), p.toc)
		sb.WriteString("</li>\n")
	}
	sb.WriteString("</ol>\n</nav>\n")
	sb.WriteString(`<nav epub:type="landmarks" id="landmarks" hidden="hidden">` + "\n<ol>\n")
	if b.titled {
		sb.WriteString(`<li><a epub:type="titlepage" href="xhtml/` + coverFile + `">` + escape(b.title) + "</a></li>\n")
	}
	sb.WriteString(`<li><a epub:type="bodymatter" href="xhtml/` + b.href(&b.pages[0]) + `">` + escape(b.pages[0].title) + "</a></li>\n")
	sb.WriteString("</ol>\n</nav>\n</body>\n</html>\n")
	return sb.Flush()
}

// navList writes the nested list of a page's sections, if it has any;
// file is the path of the page's XHTML file.
func navList(sb *bufio.Writer, file string, toc []*entry) {
	toc = titled(toc)
	if len(toc) == 0 {
		return
	}
	sb.WriteString("\n<ol>\n")
	for _, e := range toc {
		sb.WriteString(`<li><a href="` + file + "#" + e.id + `">` + escape(e.title) + "</a>")
		navList(sb, file, e.children)
		sb.WriteString("</li>\n")
	}
	sb.WriteString("</ol>\n")
}

// titled returns the entries that have a title, putting the titled
// entries below an untitled one in its place.
func titled(toc []*entry) []*entry {
	var out []*entry
	for _, e := range toc {
		if strings.TrimSpace(e.title) != "" {
			out = append(out, e)
		} else {
			out = append(out, titled(e.children)...)
		}
	}
	return out
}

// ncxDoc writes the EPUB 2 table of contents (toc.ncx) for old readers to
// sb: the same entries as the navigation document.
func (b *book) ncxDoc(sb *bufio.Writer) error {
	depth := 1
	for _, p := range b.pages {
		depth = max(depth, 1+tocDepth(p.toc))
	}
	sb.WriteString(xmlHeader)
	sb.WriteString(`<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="` + escape(b.lang) + "\">\n<head>\n")
	sb.WriteString(`<meta name="dtb:uid" content="` + escape(b.id) + "\"/>\n")
	sb.WriteString(`<meta name="dtb:depth" content="` + strconv.Itoa(depth) + "\"/>\n")
	sb.WriteString("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n")
	sb.WriteString("<docTitle><text>" + escape(b.title) + "</text></docTitle>\n")
	for _, c := range b.creators {
		sb.WriteString("<docAuthor><text>" + escape(c) + "</text></docAuthor>\n")
	}
	sb.WriteString("<navMap>\n")
	order := 0
	var point func(title, file, src, lang string, toc []*entry)
	point = func(title, file, src, lang string, toc []*entry) {
		order++
		n := strconv.Itoa(order)
		label := "<navLabel>"
		if lang != "" && lang != b.lang {
			label = `<navLabel xml:lang="` + escape(lang) + `">`
		}
		sb.WriteString(`<navPoint id="np` + n + `" playOrder="` + n + `">` + label + "<text>" + escape(title) +
			`</text></navLabel><content src="` + src + "\"/>\n")
		for _, e := range titled(toc) {
			point(e.title, file, file+"#"+e.id, lang, e.children)
		}
		sb.WriteString("</navPoint>\n")
	}
	for i := range b.pages {
		p := &b.pages[i]
		point(p.title, "xhtml/"+b.file(p), "xhtml/"+b.href(p), b.pageLang(p), p.toc)
	}
	sb.WriteString("</navMap>\n</ncx>\n")
	return sb.Flush()
}

// tocDepth is the number of levels of titled entries in toc.
func tocDepth(toc []*entry) int {
	d := 0
	for _, e := range titled(toc) {
		d = max(d, 1+tocDepth(e.children))
	}
	return d
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// foreignLang returns the language attributes for an entry in lang when
// it differs from the book's (a Japanese page in a Chinese day's book), so
// that readers draw its title in the right glyph forms; else "".
func (b *book) foreignLang(lang string) string {
	if lang == "" || lang == b.lang {
		return ""
	}
	return langAttrs(lang)
}

// langAttrs returns the lang and xml:lang attributes for a tag, with a
// leading space.
func langAttrs(lang string) string {
	l := escape(lang)
	return ` lang="` + l + `" xml:lang="` + l + `"`
}

// escape returns s escaped for XML text or a quoted attribute.
func escape(s string) string {
	// Plain escaping: the keep spans and vertical runs of page text are
	// markup, which a title in the NCX, the package document or an
	// attribute cannot hold (title ＋ ／ made epubcheck fail RSC-016).
	var r renderer
	r.plainText(strings.ToValidUTF8(s, "\uFFFD"))
	return strings.ReplaceAll(r.sb.String(), `"`, "&quot;")
}
