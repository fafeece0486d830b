package convert

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"io/fs"

	"github.com/paiban/paiban/convert/doc"
)

// guardReader sits between the caller's stream and a reader. It stops at
// the size limit, notices cancellation between reads and remembers the
// first failure of the stream, so that Read can tell I/O errors from bad
// input whatever the codec did with them.
type guardReader struct {
	ctx  context.Context
	r    io.Reader
	left int64 // bytes still allowed; negative: no limit
	max  int64 // the limit, for the message
	name string
	err  error
}

func (g *guardReader) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if err := g.ctx.Err(); err != nil {
		return 0, err
	}
	if g.left >= 0 && int64(len(p)) > g.left+1 {
		p = p[:g.left+1]
	}
	n, err := g.r.Read(p)
	if g.left >= 0 {
		if int64(n) > g.left {
			g.err = &doc.InputError{Name: g.name, Err: fmt.Errorf("%w (limit %d bytes; see --max-size)", ErrTooLarge, g.max)}
			return 0, g.err
		}
		g.left -= int64(n)
	}
	if err != nil && err != io.EOF {
		g.err = err
	}
	return n, err
}

// Size is a hint for readers that read everything: the bytes the caller's
// stream still holds, or -1 when it cannot tell. It lets a reader allocate
// its buffer once (the guard itself hides the stream's own methods).
func (g *guardReader) Size() int64 {
	switch v := g.r.(type) {
	case *bufio.Reader: // its Size is the buffer's, not the stream's
		return -1
	case interface{ Len() int }: // bytes.Reader, strings.Reader, bytes.Buffer
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

// guardWriter remembers the first failure of the caller's stream.
type guardWriter struct {
	w   io.Writer
	err error
}

func (g *guardWriter) Write(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	n, err := g.w.Write(p)
	if err != nil {
		g.err = err
	}
	return n, err
}
