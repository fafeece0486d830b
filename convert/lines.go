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
	w, _, err := r.plainWriter(format, o)
	_, ok := w.(LineWriter)
	return err == nil && ok
}

// WriteLines writes d in format's JSON Lines form (see LineWriter), with
// the checks and error types of Write. A format without one is a
// *FormatError.
func (r *Registry) WriteLines(ctx context.Context, out io.Writer, d *doc.Document, format string, o Options) error {
	w, name, err := r.plainWriter(format, o)
	if err != nil {
		return err
	}
	lw, ok := w.(LineWriter)
	if !ok {
		return &FormatError{Name: name, Reason: "format has no JSON Lines form"}
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
