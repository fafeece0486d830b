package convert

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sync"

	"github.com/paiban/paiban/convert/doc"
)

// Read reads one input with the registry's reader for o (see
// Registry.InputFormat). An input with neither o.From nor a known extension
// (standard input) that starts as a JSON document tree does
// ({"type": "document" …) is read as JSON. Bad input is reported as a *doc.InputError, a
// failure of in itself as an *IOError, an unknown format as a
// *FormatError and options the reader refuses as an *OptionError.
func (r *Registry) Read(ctx context.Context, in io.Reader, o Options) (*doc.Document, error) {
	src := &guardReader{ctx: ctx, r: in, left: o.maxSize(), max: o.maxSize(), name: o.Name}
	// A file known to be too large is refused before any of it is read.
	if max := o.maxSize(); max >= 0 && src.Size() > max {
		return nil, doc.TooLarge(o.Name, max)
	}
	var from io.Reader = src
	if o.From == "" {
		if _, ok := r.ReaderFor(o.Name); !ok {
			// No format and no telling extension (standard input): a
			// JSON tree is read as one rather than typeset as text.
			br := bufio.NewReaderSize(src, sniffSize)
			if p, _ := br.Peek(sniffSize); isJSONTree(p) {
				if _, err := r.Reader(FormatJSON.Name); err == nil {
					o.From = FormatJSON.Name
				}
			}
			from = br
		}
	}
	c, err := r.InputFormat(o)
	if err != nil {
		return nil, err
	}
	rd, err := c.NewReader(o)
	if err != nil {
		return nil, &OptionError{Format: c.Format.Name, Role: "reader", Err: err}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d, err := rd.Read(ctx, from, o.Name)
	if err != nil {
		return nil, classify(ctx, err, src.err, "read")
	}
	if d == nil {
		return nil, fmt.Errorf("%s reader returned no document", c.Format.Name)
	}
	return d, nil
}

// Write renders d in the format named format to out; an empty format
// means o.To (and so JSON when that is empty too). A tree that breaks
// the rules of doc.Document.Validate is refused before any output, as a
// *doc.InputError wrapping a *doc.TreeError, so that no writer meets a nil
// node. A failure of out is reported as an *IOError, an unknown format as
// a *FormatError, options the writer refuses as an *OptionError.
func (r *Registry) Write(ctx context.Context, out io.Writer, d *doc.Document, format string, o Options) error {
	if format == "" {
		format = o.to()
	}
	w, err := r.newWriter(format, o)
	if err != nil {
		return err
	}
	return write(ctx, out, w, d)
}

// write renders d with w, a writer from newWriter, giving errors their
// types.
func write(ctx context.Context, out io.Writer, w Writer, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	dst := &guardWriter{w: out}
	if err := w.Write(ctx, dst, d); err != nil {
		return classify(ctx, err, dst.err, "write")
	}
	return nil
}

// newWriter makes the writer of format configured by o, wrapped so that
// it refuses invalid trees (see checkedWriter): every write path of the
// registry goes through here. Options the writer refuses are an
// *OptionError.
func (r *Registry) newWriter(format string, o Options) (Writer, error) {
	w, _, err := r.plainWriter(format, o)
	if err != nil {
		return nil, err
	}
	return checked(w), nil
}

// plainWriter makes the writer of format configured by o, unwrapped, for
// asking which interfaces it has; name is the format's registered name.
// An unknown format is a *FormatError, options the writer refuses an
// *OptionError.
func (r *Registry) plainWriter(format string, o Options) (w Writer, name string, err error) {
	c, err := r.Writer(format)
	if err != nil {
		return nil, "", err
	}
	if w, err = c.NewWriter(o); err != nil {
		return nil, "", &OptionError{Format: c.Format.Name, Role: "writer", Err: err}
	}
	return w, c.Format.Name, nil
}

// CheckOptions reports whether the writer of format accepts o, as the
// *FormatError or *OptionError a write would return, without reading or
// writing anything: a command line can refuse bad options before it
// starts on its inputs.
func (r *Registry) CheckOptions(format string, o Options) error {
	_, err := r.newWriter(format, o)
	return err
}

// Ignored returns the names of the fields of o that only some writers use
// (Title, FontBody, FontHeading, Width, AmbiguousNarrow, Brief, Paper,
// Columns, Vertical, EmbedFont) which o sets and which the writer of format
// leaves aside: Columns for "epub", Paper for "txt", FontBody for "epub"
// without EmbedFont. A command line warns of them rather than let a
// setting pass silently. An unknown format gives nil.
func (r *Registry) Ignored(format string, o Options) []string {
	c, err := r.Writer(format)
	if err != nil {
		return nil
	}
	var uses []string
	if c.Uses != nil {
		uses = c.Uses(o)
	}
	var out []string
	for _, f := range o.writerFields() {
		if f.set && !slices.Contains(uses, f.name) {
			out = append(out, f.name)
		}
	}
	return out
}

// Prepare tells the writer of format that a document will be written with
// o, so that it can start work that depends only on o while the input is
// still being read: the EPUB writer has go-epub make the book's frame.
// It is only a hint: unknown formats and writers with nothing to prepare
// are ignored. The returned wait blocks until the work is done; call it
// before the program may exit, also when no document was written (the
// work may hold temporary files).
func (r *Registry) Prepare(format string, o Options) (wait func()) {
	if c, err := r.Writer(format); err == nil && c.Prepare != nil {
		return c.Prepare(o)
	}
	return func() {}
}

// Convert reads in and writes it to out in the format o.To, in one call.
func (r *Registry) Convert(ctx context.Context, in io.Reader, out io.Writer, o Options) error {
	// Make the writer first so that a usage error (format or options)
	// costs no reading.
	w, err := r.newWriter(o.to(), o)
	if err != nil {
		return err
	}
	defer r.Prepare(o.to(), o)()
	d, err := r.Read(ctx, in, o)
	if err != nil {
		return err
	}
	return write(ctx, out, w, d)
}

// classify gives an error from a reader or writer its type: cancellation
// stays as it is, a failure of the underlying stream becomes an *IOError
// (even if the codec wrapped it), anything else is returned unchanged.
func classify(ctx context.Context, err, streamErr error, op string) error {
	if ctxErr := ctx.Err(); ctxErr != nil && errors.Is(err, ctxErr) {
		return err
	}
	var tooLarge *doc.InputError
	if errors.Is(streamErr, ErrTooLarge) && errors.As(streamErr, &tooLarge) {
		return tooLarge
	}
	if streamErr != nil && !errors.Is(streamErr, ErrTooLarge) {
		var ioe *IOError
		if errors.As(err, &ioe) {
			return err
		}
		return &IOError{Op: op, Err: err}
	}
	return err
}

var (
	defaultOnce sync.Once
	defaultReg  *Registry
)

// shared is the registry behind the package-level functions. It is built
// once and never handed out, so nobody can change it; Default returns
// fresh copies for callers who want to add formats.
func shared() *Registry {
	defaultOnce.Do(func() { defaultReg = Default() })
	return defaultReg
}

// Read reads one input with the built-in formats; see Registry.Read.
func Read(ctx context.Context, in io.Reader, o Options) (*doc.Document, error) {
	return shared().Read(ctx, in, o)
}

// Write renders d in format with the built-in formats; see Registry.Write.
func Write(ctx context.Context, out io.Writer, d *doc.Document, format string, o Options) error {
	return shared().Write(ctx, out, d, format, o)
}

// Convert reads in and writes it to out in format o.To with the built-in
// formats; see Registry.Convert.
func Convert(ctx context.Context, in io.Reader, out io.Writer, o Options) error {
	return shared().Convert(ctx, in, out, o)
}

// sniffSize is how much of an unnamed input Read looks at.
const sniffSize = 512

var jsonTreeRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\xEF\xBB\xBF)?\s*\{\s*(?:"[a-z]+"\s*:\s*(?:"[^"]*"|\d+)\s*,\s*)*"type"\s*:\s*"document"`)
})

// isJSONTree reports whether p starts like a JSON document tree: an object
// whose "type" is "document", after at most a few other short fields.
func isJSONTree(p []byte) bool { return jsonTreeRE().Match(p) }
