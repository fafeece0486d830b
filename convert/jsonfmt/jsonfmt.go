// Package jsonfmt writes and reads paiban's document tree as JSON, the
// tree's stable contract for other programs.
//
// A document is one JSON object:
//
//	{"type": "document", "version": 1, "lang": "zh-Hans",
//	 "source": {"name": "page.txt", "encoding": "UTF-8"},
//	 "children": [{"type": "article", "line": 3, "children": [...]}],
//	 "diagnostics": [{"line": 9, "severity": "warning", "message": "..."}]}
//
// Nodes are objects with "type", then "text" (text nodes) or "children"
// (article and section), "line", and the byline ("org", "roles", "names") or
// dateline ("place", "date") attributes, and a noise node's "furniture"
// mark (true for the source page's furniture: page numbers, folios,
// running heads; left out otherwise), and a paragraph's "row" mark (true
// for a row of a small table set as text; left out otherwise). Fields come in a fixed order and
// empty fields are left out, so the output of Write is a fixed point: reading
// it and writing the tree again gives the same bytes. schema.json in this
// directory describes the format as a JSON Schema (draft 2020-12).
//
// Write produces indented JSON; WriteLine and ReadLines handle JSON Lines,
// one compact document per line, for batch streams.
package jsonfmt

import "github.com/paiban/paiban/convert/doc"

// DefaultMaxSize is the largest input Read accepts unless WithMaxSize says
// otherwise: 64 MiB, as every reader.
const DefaultMaxSize = doc.DefaultMaxSize

// maxDepth bounds node nesting (document, article, sections within
// sections), so hostile input cannot make reading or writing recurse without
// end. Real pages need three levels.
const maxDepth = doc.MaxDepth

// Writer renders a document tree as JSON. It satisfies convert.Writer.
type Writer struct {
	compact bool
	trusted bool // the caller has validated every tree (WithValidatedTrees)
}

// WriterOption configures a Writer.
type WriterOption func(*Writer)

// WithCompact makes Write emit the document on one line with no spaces,
// the form WriteLine uses. The default is two-space indentation.
func WithCompact(on bool) WriterOption {
	return func(w *Writer) { w.compact = on }
}

// WithValidatedTrees tells the Writer that the caller checks every tree
// with doc.Document.Validate before writing it, as the convert registry
// does, so Write need not walk it a second time (a tenth of the time of
// writing a large document). Without it, Write checks the tree itself.
func WithValidatedTrees(on bool) WriterOption {
	return func(w *Writer) { w.trusted = on }
}

// NewWriter returns a Writer configured by opts.
func NewWriter(opts ...WriterOption) *Writer {
	w := &Writer{}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Reader parses and validates the JSON form back into a document tree. It
// satisfies convert.Reader.
type Reader struct {
	maxSize int64
}

// ReaderOption configures a Reader.
type ReaderOption func(*Reader)

// WithMaxSize limits the size of one input (for ReadLines, of one line) to n
// bytes; larger input is refused with a *doc.InputError wrapping
// doc.ErrTooLarge, before any of it is read when its size is known. 0
// means DefaultMaxSize, a negative n no limit (the rule of doc.MaxSize).
func WithMaxSize(n int64) ReaderOption {
	return func(r *Reader) { r.maxSize = doc.MaxSize(n) }
}

// NewReader returns a Reader configured by opts.
func NewReader(opts ...ReaderOption) *Reader {
	r := &Reader{maxSize: DefaultMaxSize}
	for _, o := range opts {
		o(r)
	}
	return r
}
