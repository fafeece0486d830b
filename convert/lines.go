package convert

import (
	"context"
	"io"

	"github.com/paiban/paiban/convert/doc"
)

// LineWriter is a Writer whose format has a JSON Lines form of its own:
// the ninjs writer writes each article as one object on a line. A --jsonl
// stream carries such lines as they are, instead of wrapping the output in
// a record.
type LineWriter interface {
	Writer
	WriteLines(ctx context.Context, out io.Writer, d *doc.Document) error
}

// HasLines reports whether the writer of format is a LineWriter.
func (r *Registry) HasLines(format string, o Options) bool {
	c, err := r.Writer(format)
	if err != nil {
		return false
	}
	w, err := c.NewWriter(o)
	if err != nil {
		return false
	}
	_, ok := w.(LineWriter)
	return ok
}

// WriteLines writes d in format's JSON Lines form (see LineWriter), with
// the checks and error types of Write. A format without one is a
// *FormatError.
func (r *Registry) WriteLines(ctx context.Context, out io.Writer, d *doc.Document, format string, o Options) error {
	c, err := r.Writer(format)
	if err != nil {
		return err
	}
	w, err := c.NewWriter(o)
	if err != nil {
		return &OptionError{Format: c.Format.Name, Role: "writer", Err: err}
	}
	lw, ok := w.(LineWriter)
	if !ok {
		return &FormatError{Name: c.Format.Name, Reason: "format has no JSON Lines form"}
	}
	if err := validate(d, ""); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	dst := &guardWriter{w: out}
	if err := lw.WriteLines(ctx, dst, d); err != nil {
		return classify(ctx, err, dst.err, "write")
	}
	return nil
}
