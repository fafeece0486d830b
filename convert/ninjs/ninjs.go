// Package ninjs writes paiban's document tree as IPTC ninjs 3.2 (News in
// JSON), the news industry's JSON format for exchanging stories.
//
// Every article becomes one ninjs news item of type "text": its headline,
// kicker and subheadline as headlines (roles main, kicker, subhead), its
// bylines as "by" and "people" (each name with the role the byline gives
// it), the dateline's place as "located", captions as descriptions, and
// the body twice, as HTML and as plain text. A page (one document) is
// written as a ninjs package: an item of type "composite" whose
// associations are its articles. WriteLines writes the article items
// alone, one per line, for JSON Lines streams.
//
// Only properties the ninjs 3.2 schema defines are written; the tests
// validate every sample against IPTC's published schema
// (testdata/ninjs-schema_3.2.json). Identifiers are stable: a package's uri
// is a UUID (version 5) of its source name, an article's of the source name
// and the article's position, so a corrected page keeps its items' uris;
// a document without a source name is identified by its content instead.
// The same tree and options always give the same bytes.
package ninjs

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/paiban/paiban/convert/doc"
)

// Version is the ninjs version written, and Schema the address of its
// JSON Schema, as recorded in every object's "standard".
const (
	Version = "3.2"
	Schema  = "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#"
)

// Writer renders document trees as ninjs. It satisfies convert.Writer.
// A Writer holds only its options and is safe for concurrent use.
type Writer struct {
	date time.Time
}

// Option configures a Writer.
type Option func(*Writer)

// WithDate sets versionCreated. The zero time (the default) makes the
// writer use the date every paiban writer derives from the content
// (doc.Document.FixedDate), so output stays reproducible; the CLI passes
// --date or SOURCE_DATE_EPOCH.
func WithDate(t time.Time) Option {
	return func(w *Writer) { w.date = t }
}

// New returns a Writer configured by opts.
func New(opts ...Option) *Writer {
	w := &Writer{}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Write renders d as one ninjs package (an indented JSON object and a
// newline): the page, with one association per article. The associations
// are encoded and written one at a time, so that a page of very many
// articles never holds the whole object graph or the whole output
// (issue 16): the bytes are those of encoding Package's result with
// json.Encoder, SetIndent("", "  ") (TestWriteStreamsPackage).
func (w *Writer) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	if err := w.writePackage(ctx, bw, d); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ninjs: %w", err)
	}
	return nil
}

// writePackage writes the package of d to bw: its head (the package
// without associations), then each article's association, indented as
// the whole package would be.
func (w *Writer) writePackage(ctx context.Context, bw *bufio.Writer, d *doc.Document) error {
	key := sourceKey(d)
	p := w.packageHead(d, key)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return fmt.Errorf("ninjs: %w", err)
	}
	if len(d.Articles) == 0 {
		_, err := bw.Write(buf.Bytes())
		return wrapErr(err)
	}
	// "associations" is the last property: open it where the head's
	// object closes.
	head, ok := bytes.CutSuffix(buf.Bytes(), []byte("\n}\n"))
	if !ok {
		return fmt.Errorf("ninjs: package head %q does not end its object", buf.Bytes())
	}
	bw.Write(head)
	bw.WriteString(",\n  \"associations\": [\n    ")
	enc.SetIndent("    ", "  ")
	date := p.VersionCreated
	for i, a := range d.Articles {
		if err := ctx.Err(); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteString(",\n    ")
		}
		buf.Reset()
		it := w.item(a, i, key, date, d.Lang)
		if err := enc.Encode(Association{Name: "article" + strconv.Itoa(i+1), Item: it}); err != nil {
			return fmt.Errorf("ninjs: %w", err)
		}
		if _, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))); err != nil {
			return wrapErr(err)
		}
	}
	_, err := bw.WriteString("\n  ]\n}\n")
	return wrapErr(err)
}

// wrapErr wraps a write error, if any.
func wrapErr(err error) error {
	if err != nil {
		return fmt.Errorf("ninjs: %w", err)
	}
	return nil
}

// WriteLines renders each article of d as one ninjs item on a line of its
// own (JSON Lines), as `paiban convert --jsonl --to ninjs` streams them.
// A document with no article writes nothing. Each line is made whole
// before it is written, one at a time: out receives only whole lines.
func (w *Writer) WriteLines(ctx context.Context, out io.Writer, d *doc.Document) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	key, date := sourceKey(d), w.dateOf(d)
	for i, a := range d.Articles {
		if err := ctx.Err(); err != nil {
			return err
		}
		buf.Reset()
		if err := enc.Encode(w.item(a, i, key, date, d.Lang)); err != nil {
			return fmt.Errorf("ninjs: %w", err)
		}
		if _, err := out.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("ninjs: %w", err)
		}
	}
	return nil
}

// Package returns the ninjs package of d: an item of type "composite"
// holding its articles as associations named article1, article2 …
func (w *Writer) Package(ctx context.Context, d *doc.Document) (*Item, error) {
	items, err := w.Items(ctx, d)
	if err != nil {
		return nil, err
	}
	p := w.packageHead(d, sourceKey(d))
	for i, it := range items {
		p.Associations = append(p.Associations, Association{Name: "article" + strconv.Itoa(i+1), Item: it})
	}
	return p, nil
}

// packageHead is the package of d, whose source key is key, without its
// associations.
func (w *Writer) packageHead(d *doc.Document, key string) *Item {
	p := &Item{
		URI:                uri(key),
		Standard:           standard,
		Type:               "composite",
		RepresentationType: "full",
		VersionCreated:     w.dateOf(d),
		Language:           d.Lang,
	}
	if t := d.Title(); t != "" {
		p.Headlines = []Text{{Role: "main", Value: t}}
	}
	return p
}

// Items returns one ninjs item per article of d, in order.
func (w *Writer) Items(ctx context.Context, d *doc.Document) ([]*Item, error) {
	key, date := sourceKey(d), w.dateOf(d)
	items := make([]*Item, 0, len(d.Articles))
	for i, a := range d.Articles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		items = append(items, w.item(a, i, key, date, d.Lang))
	}
	return items, nil
}

// item is the item of article a, the i-th (from 0) of a document whose
// source key, date and language are given.
func (w *Writer) item(a *doc.Node, i int, key, date, lang string) *Item {
	it := article(a)
	it.URI = uri(key + "#" + strconv.Itoa(i+1))
	it.VersionCreated = date
	it.Language = lang
	return it
}

// dateOf is versionCreated for d in RFC 3339, UTC, whole seconds.
func (w *Writer) dateOf(d *doc.Document) string {
	t := w.date
	if t.IsZero() {
		t = d.FixedDate()
	}
	return t.UTC().Truncate(time.Second).Format(time.RFC3339)
}

// standard is what every object says it conforms to.
var standard = &Standard{Name: "ninjs", Version: Version, Schema: Schema}
