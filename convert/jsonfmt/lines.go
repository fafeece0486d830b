package jsonfmt

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/paiban/paiban/convert/doc"
)

// ReadLines reads a JSON Lines stream, one document per line as WriteLine
// writes them; blank lines are skipped. It yields each document in order.
// A line that is not a valid document yields a *doc.InputError whose Line is
// the stream line, and reading goes on with the next line, so one bad record
// does not stop a batch. A read failure or a cancelled ctx yields its error
// and ends the stream.
func (rd *Reader) ReadLines(ctx context.Context, r io.Reader, name string) iter.Seq2[*doc.Document, error] {
	return func(yield func(*doc.Document, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		var line []byte
		for n := 1; ; n++ {
			if err := ctx.Err(); err != nil {
				yield(nil, fmt.Errorf("jsonfmt: %w", err))
				return
			}
			var tooLong bool
			var err error
			line, tooLong, err = rd.readLine(br, line[:0])
			if err != nil && err != io.EOF {
				yield(nil, fmt.Errorf("jsonfmt: read %s: %w", name, err))
				return
			}
			switch {
			case tooLong:
				ie := doc.TooLarge(name, rd.maxSize)
				ie.Line = n
				if !yield(nil, ie) {
					return
				}
			case len(bytes.TrimSpace(line)) > 0:
				d, perr := parse(line)
				if perr != nil {
					perr = lineError(name, n, perr)
				}
				if !yield(d, perr) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}

// readLine appends the next line (without its newline) to buf. A line over
// the size limit is consumed but not kept, and reported as tooLong.
func (rd *Reader) readLine(br *bufio.Reader, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			if rd.maxSize >= 0 && int64(len(buf)) > rd.maxSize+1 {
				tooLong, buf = true, buf[:0]
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte{'\n'})
		return buf, tooLong, err
	}
}

// lineError labels a parse error with the stream line; within a compact
// record the JSON path says where.
func lineError(name string, n int, err error) error {
	var pe *parseError
	if errors.As(err, &pe) {
		err = pe.err
	}
	return &doc.InputError{Name: name, Line: n, Err: err}
}
