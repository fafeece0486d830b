package jsonfmt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/paiban/paiban/convert/doc"
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
	data, err := rd.readAll(r)
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

func (rd *Reader) readAll(r io.Reader) ([]byte, error) {
	if rd.maxSize < 0 {
		return io.ReadAll(r)
	}
	if n := sizeOf(r); n > rd.maxSize {
		return nil, doc.TooLarge("", rd.maxSize)
	}
	data, err := io.ReadAll(io.LimitReader(r, rd.maxSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > rd.maxSize {
		return nil, doc.TooLarge("", rd.maxSize)
	}
	return data, nil
}

// sizeOf is the size of r's input when r can tell it, else -1.
func sizeOf(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len())
	case interface{ Size() int64 }:
		return v.Size()
	case interface{ Stat() (fs.FileInfo, error) }: // *os.File
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return -1
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
