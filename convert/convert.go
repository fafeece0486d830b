// Package convert is paiban's public entry point: a registry of formats and
// Convert, which reads one input into a document tree and writes it out in
// any registered format.
package convert

import (
	"context"
	"io"

	"github.com/paiban/paiban/convert/doc"
)

// Reader turns an input stream into a document tree. name is the input's
// name for diagnostics and the tree's Source ("" if unknown).
type Reader interface {
	Read(ctx context.Context, r io.Reader, name string) (*doc.Document, error)
}

// Writer renders a document tree to a stream.
type Writer interface {
	Write(ctx context.Context, w io.Writer, d *doc.Document) error
}
