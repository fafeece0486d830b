// Package bulletin writes a document tree as a fixed-width plain-text
// bulletin (format "txt"): for terminals, mail, wire feeds and SMS.
//
// Every line is broken and justified by package layout on a grid of display
// columns (UAX #11), so CJK text follows the same kinsoku rules as the PDF
// pages. Body paragraphs are indented with two U+3000 and fill the width
// exactly when it allows (with an odd width a line of fullwidth characters
// may end one column short); no line is ever wider than the width.
package bulletin

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/paiban/paiban/convert/doc"
)

// DefaultWidth is the line width in display columns when none is given.
const DefaultWidth = 72

// MinWidth is the narrowest width accepted; narrower requests use it.
const MinWidth = 8

// Writer renders documents as plain-text bulletins. It is safe for
// concurrent use: Write keeps its state on the stack.
type Writer struct {
	width     int
	ambNarrow bool
	brief     bool
}

// Option configures a Writer.
type Option func(*Writer)

// WithWidth sets the line width in display columns (default 72). Values
// below MinWidth are raised to it; 0 keeps the default.
func WithWidth(n int) Option {
	return func(w *Writer) {
		switch {
		case n == 0:
			w.width = DefaultWidth
		case n < MinWidth:
			w.width = MinWidth
		default:
			w.width = n
		}
	}
}

// WithAmbiguousNarrow counts East Asian ambiguous characters (“”‘’…—·■)
// as one column instead of two. By default they take two columns in
// Chinese, Japanese and Korean documents, as CJK terminals show them, and
// one in others.
func WithAmbiguousNarrow(narrow bool) Option {
	return func(w *Writer) { w.ambNarrow = narrow }
}

// WithBrief writes a news bulletin: per article only the kicker, headline,
// dateline and first paragraph.
func WithBrief(brief bool) Option {
	return func(w *Writer) { w.brief = brief }
}

// New returns a Writer with the given options.
func New(opts ...Option) *Writer {
	w := &Writer{width: DefaultWidth}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Write renders d to out as UTF-8 text with LF line ends.
func (w *Writer) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	if d == nil {
		return fmt.Errorf("bulletin: nil document")
	}
	bw := bufio.NewWriter(out)
	r := newRenderer(w, d, bw)
	for i, a := range d.Articles {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("bulletin: %w", err)
		}
		if i > 0 {
			r.rule()
		}
		r.article(a)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("bulletin: write: %w", err)
	}
	return nil
}
