package convert

import (
	"context"
	"errors"
	"io"

	"github.com/paiban/paiban/convert/doc"
)

// BookWriter is a Writer that can also render several documents as one
// output, such as a day's pages as one EPUB. Writers opt in by having
// the method; WriteBook uses it.
type BookWriter interface {
	Writer
	WriteBook(ctx context.Context, w io.Writer, docs []*doc.Document) error
}

// CanCombine reports whether format's writer can render several documents
// as one output.
func (r *Registry) CanCombine(format string, o Options) bool {
	w, _, err := r.plainWriter(format, o)
	_, ok := w.(BookWriter)
	return err == nil && ok
}

// WriteBook renders docs, in order, as one output in format; an empty
// format means o.To, as for Write. The format's writer must be a
// BookWriter, else a *FormatError says so.
func (r *Registry) WriteBook(ctx context.Context, out io.Writer, docs []*doc.Document, format string, o Options) error {
	if len(docs) == 0 {
		return errors.New("convert: no documents to combine")
	}
	if format == "" {
		format = o.to()
	}
	w, err := r.newWriter(format, o)
	if err != nil {
		return err
	}
	bw, ok := w.(BookWriter)
	if !ok {
		return &FormatError{Name: format, Reason: "cannot combine several documents into one output"}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	dst := &guardWriter{w: out}
	if err := bw.WriteBook(ctx, dst, docs); err != nil {
		return classify(ctx, err, dst.err, "write")
	}
	return nil
}
