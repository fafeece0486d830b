// Package readall reads a whole input under a size limit, the one way
// every reader of paiban does (newspaper text, JSON trees): a size the
// stream can tell is refused before anything is read, and a buffer is
// allocated once from it.
package readall

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"math"
)

// ErrTooLarge is returned for an input longer than the limit; readers
// turn it into their own *doc.InputError.
var ErrTooLarge = errors.New("input too large")

// maxPrealloc bounds the buffer Read allocates on a size hint alone: a
// larger size is trusted only as far as the data comes.
const maxPrealloc = 1 << 30

// Size is the number of bytes r still holds when r can tell it, else -1:
// bytes and strings readers, bytes.Buffer, a Size method (convert's
// guarded streams pass theirs on this way), or a regular *os.File.
func Size(r io.Reader) int64 {
	switch v := r.(type) {
	case *bufio.Reader: // its Size is the buffer's, not the stream's
		return -1
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

// Read reads r to its end, at most max bytes (any number if max is
// negative), else ErrTooLarge. When r tells its size the buffer is
// allocated once, with room for the EOF probe, so a large input is
// neither copied while growing nor cleared twice.
func Read(r io.Reader, max int64) ([]byte, error) {
	if max < 0 {
		max = math.MaxInt64 - 1
	}
	hint := Size(r)
	if hint > max {
		return nil, ErrTooLarge
	}
	size := 512
	if hint > 0 && hint <= maxPrealloc {
		size = int(hint) + 512
	}
	buf := make([]byte, 0, size)
	limit := max + 1
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		room := buf[len(buf):cap(buf)]
		if left := limit - int64(len(buf)); int64(len(room)) > left {
			room = room[:left]
		}
		n, err := r.Read(room)
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return nil, ErrTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
