package jsonfmt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/readall"
)

// Read parses one JSON document from r and validates it: unknown types or
// fields, a version other than 1, text on a container, children on a text
// node or a section not starting with a heading give a *doc.InputError
// whose message names the JSON path (children[0].children[3]) and whose
// Line is the input line. name labels errors; it does not replace the
// source name recorded in the JSON.
func (rd *Reader) Read(ctx context.Context, r io.Reader, name string) (*doc.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("jsonfmt: %w", err)
	}
	data, err := readall.Read(r, rd.maxSize)
	if errors.Is(err, readall.ErrTooLarge) {
		return nil, doc.TooLarge(name, rd.maxSize)
	}
	if err != nil {
		var ie *doc.InputError
		if errors.As(err, &ie) {
			ie.Name = name
			return nil, ie
		}
		return nil, fmt.Errorf("jsonfmt: read %s: %w", name, err)
	}
	d, err := parse(data)
	if err != nil {
		return nil, inputError(name, data, err)
	}
	return d, nil
}

// inputError turns a parse failure into a *doc.InputError with the input
// line of the failure.
func inputError(name string, data []byte, err error) error {
	var pe *parseError
	if errors.As(err, &pe) {
		return &doc.InputError{Name: name, Line: lineAt(data, pe.off), Err: pe.err}
	}
	return &doc.InputError{Name: name, Err: err}
}

// lineAt returns the 1-based line of byte offset off in data.
func lineAt(data []byte, off int64) int {
	if off < 0 {
		off = 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}
