package convert

// The built-in format descriptors, apart from the code that implements
// them (see builtin.go), so that documentation, completion and extension
// lookup need no codec.
var (
	// FormatNewstext is newspaper-style text: paiban's main input, and a
	// normalized form of it as output.
	FormatNewstext = Format{
		Name:        "newstext",
		Extensions:  []string{".txt", ".text"},
		MediaType:   "text/plain; charset=utf-8",
		Description: "newspaper-style text (input; normalized text as output)",
	}
	// FormatJSON is the document tree as JSON, paiban's stable contract.
	FormatJSON = Format{
		Name:        "json",
		Extensions:  []string{".json"},
		MediaType:   "application/json",
		Description: "document tree as JSON (read and written; schema in convert/jsonfmt)",
	}
	// FormatTxt is a fixed-width plain-text bulletin.
	FormatTxt = Format{
		Name:        "txt",
		Extensions:  []string{".txt"},
		MediaType:   "text/plain; charset=utf-8",
		Description: "plain-text bulletin, wrapped to a column width",
	}
	// FormatPDF is a newspaper page as PDF.
	FormatPDF = Format{
		Name:        "pdf",
		Extensions:  []string{".pdf"},
		MediaType:   "application/pdf",
		Description: "newspaper page(s) in columns, fonts embedded",
		Binary:      true,
	}
	// FormatEPUB is an EPUB 3 book.
	FormatEPUB = Format{
		Name:        "epub",
		Extensions:  []string{".epub"},
		MediaType:   "application/epub+zip",
		Description: "EPUB 3 book, horizontal or vertical text",
		Binary:      true,
	}
	// FormatHTML is a self-contained HTML5 web page.
	FormatHTML = Format{
		Name:        "html",
		Extensions:  []string{".html", ".htm"},
		MediaType:   "text/html; charset=utf-8",
		Description: "self-contained HTML5 page, CJK typesetting in CSS, horizontal or vertical",
	}
	// FormatNINJS is IPTC ninjs 3.2, the news industry's JSON.
	FormatNINJS = Format{
		Name:        "ninjs",
		Extensions:  []string{".ninjs.json"},
		MediaType:   "application/json",
		Description: "IPTC ninjs 3.2 (a page as a package of articles; one article a line with --jsonl)",
	}
)
