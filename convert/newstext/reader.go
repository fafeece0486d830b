package newstext

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/readall"
	"golang.org/x/text/unicode/norm"
)

// DefaultMaxSize is the largest input Read accepts unless WithMaxSize says
// otherwise: 64 MiB.
const DefaultMaxSize = doc.DefaultMaxSize

// Reader reads newspaper text. A page is split into blocks at blank lines;
// lines within a block are hard wraps and are joined. "# " starts an
// article's headline (with the short unpunctuated kicker lines and any
// editor's note directly above it), a "——" line under it is the
// subheadline and "## " opens a section. Datelines, bylines, captions,
// editor's notes, jump lines and page furniture are recognised by their
// usual newspaper forms, and paragraphs split by a column or page break
// are joined again. Every character of the input ends up in the tree or
// in a diagnostic.
//
// A Reader is safe for concurrent use; it holds only its options.
type Reader struct {
	encoding string // canonical name, "" detects
	encErr   error
	lang     string
	langErr  error
	maxSize  int64
	explain  func(Decision)
}

// Option configures a Reader.
type Option func(*Reader)

// WithEncoding fixes the input encoding instead of detecting it: utf-8,
// utf-16le, utf-16be, gb18030 (gbk and gb2312 are read as GB18030) or big5.
// "" means detect. An unknown name makes Read fail with ErrUnknownEncoding.
func WithEncoding(name string) Option {
	return func(r *Reader) {
		r.encoding, r.encErr = CanonicalEncoding(name)
	}
}

// WithLang sets the document language instead of detecting it from the
// script: zh-Hans, zh-Hant, ja or ko ("" means detect). Region tags such
// as zh-CN or zh-TW are mapped to the script they imply.
func WithLang(tag string) Option {
	return func(r *Reader) {
		r.lang, r.langErr = CanonicalLang(tag)
	}
}

// WithMaxSize sets the largest input in bytes Read accepts; larger input
// is refused with a *doc.InputError wrapping doc.ErrTooLarge, before any
// of it is read when its size is known. 0 means DefaultMaxSize, a
// negative n no limit (the rule of doc.MaxSize).
func WithMaxSize(n int64) Option {
	return func(r *Reader) { r.maxSize = doc.MaxSize(n) }
}

// New returns a Reader with the given options.
func New(opts ...Option) *Reader {
	r := &Reader{maxSize: DefaultMaxSize}
	for _, o := range opts {
		o(r)
	}
	return r
}

// Read is shorthand for New(opts...).Read(ctx, r, name).
func Read(ctx context.Context, r io.Reader, name string, opts ...Option) (*doc.Document, error) {
	return New(opts...).Read(ctx, r, name)
}

// Read parses r into a document tree. name labels the input in the tree's
// Source and in errors. Input that is not convertible text (empty, blank,
// binary, undecodable, larger than the maximum size) gives a
// *doc.InputError; failures of r itself are returned wrapped.
func (rd *Reader) Read(ctx context.Context, r io.Reader, name string) (*doc.Document, error) {
	if rd.encErr != nil {
		return nil, fmt.Errorf("newstext: %w", rd.encErr)
	}
	if rd.langErr != nil {
		return nil, fmt.Errorf("newstext: %w", rd.langErr)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data, err := readall.Read(r, rd.maxSize)
	if err != nil {
		if errors.Is(err, readall.ErrTooLarge) {
			return nil, doc.TooLarge(name, rd.maxSize)
		}
		return nil, fmt.Errorf("newstext: reading %s: %w", displayName(name), err)
	}
	return rd.parse(ctx, data, name, true)
}

// ParseBytes parses data already in memory, as Read does.
func (rd *Reader) ParseBytes(ctx context.Context, data []byte, name string) (*doc.Document, error) {
	if rd.encErr != nil {
		return nil, fmt.Errorf("newstext: %w", rd.encErr)
	}
	if rd.langErr != nil {
		return nil, fmt.Errorf("newstext: %w", rd.langErr)
	}
	if rd.maxSize >= 0 && int64(len(data)) > rd.maxSize {
		return nil, doc.TooLarge(name, rd.maxSize)
	}
	return rd.parse(ctx, data, name, false)
}

// parse reads data; owned says data is the reader's own buffer, which the
// tree's strings may then share instead of copying.
func (rd *Reader) parse(ctx context.Context, data []byte, name string, owned bool) (*doc.Document, error) {
	inputErr := func(err error) error {
		var le lineErr
		if errors.As(err, &le) {
			return &doc.InputError{Name: name, Line: le.line, Err: errors.New(le.msg)}
		}
		return &doc.InputError{Name: name, Err: err}
	}
	if len(data) == 0 {
		return nil, inputErr(errors.New("empty input"))
	}
	text, enc, st, ok := scanRaw(data, rd.encoding, owned)
	if !ok {
		var err error
		text, enc, err = decode(data, rd.encoding, owned)
		if err != nil {
			if errors.Is(err, ErrUnknownEncoding) {
				return nil, fmt.Errorf("newstext: %w", err)
			}
			return nil, inputErr(err)
		}
		if st, err = scan(text); err != nil {
			return nil, inputErr(err)
		}
	}
	if st.nonSpace == 0 {
		return nil, inputErr(errors.New("no text (input is blank)"))
	}
	text = normalizeNFC(text, st)
	if body, line, ok := fencedBody(text); ok {
		return rd.readFenced(ctx, body, line, name, enc)
	}
	d := &doc.Document{
		Lang:   rd.lang,
		Source: doc.Source{Name: name, Encoding: enc},
	}
	if d.Lang == "" {
		d.Lang = detectLang(st, enc)
	}
	b := builder{ctx: ctx, lang: d.Lang, explain: rd.explain}
	if err := b.build(splitLines(text, st.hasCR, st.hasUBreak)); err != nil {
		return nil, err
	}
	d.Articles = b.articles
	d.Diagnostics = b.diags
	if !st.nfcSafe {
		d.WalkDocument(renormalize)
	}
	return d, nil
}

// renormalize puts every text of node n in NFC again. The input is in
// NFC, but a line that opens with a combining mark (OCR's て / ゙ across a
// wrap) composes with the line above once the reader joins the two, and
// the joined text is not NFC: written out and read back, it would come
// back composed, another tree. Only a page with a rune that is not
// nfcInert can need it (scanStats.nfcSafe).
func renormalize(n *doc.Node) bool {
	nfc := func(s string) string {
		if allNFCInert(s) || norm.NFC.IsNormalString(s) {
			return s
		}
		return norm.NFC.String(s)
	}
	n.Text = nfc(n.Text)
	n.Org, n.Place, n.Date = nfc(n.Org), nfc(n.Place), nfc(n.Date)
	for i := range n.Roles {
		n.Roles[i] = nfc(n.Roles[i])
	}
	for i := range n.Names {
		n.Names[i] = nfc(n.Names[i])
	}
	return true
}

func displayName(name string) string {
	if name == "" {
		return "input"
	}
	return name
}
