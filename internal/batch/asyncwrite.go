package batch

import (
	"io"
	"sync/atomic"
)

// asyncWriter buffers writes and hands each full buffer to a goroutine
// that writes it on, so that the kernel's copying of one buffer into the
// page cache overlaps the writer's work on the next: a sixth of the time
// of writing a large JSON file. Bytes reach w in order. Close must be
// called, also on error paths, to stop the goroutine.
type asyncWriter struct {
	w    io.Writer
	buf  []byte
	full chan []byte // to the goroutine
	free chan []byte // back from it
	done chan struct{}
	err  atomic.Pointer[error] // the first error of w
}

// asyncBuffer is the size of each of the two buffers.
const asyncBuffer = 256 << 10

func newAsyncWriter(w io.Writer) *asyncWriter {
	a := &asyncWriter{
		w:    w,
		buf:  make([]byte, 0, asyncBuffer),
		full: make(chan []byte),
		free: make(chan []byte, 2), // room for both buffers: run never blocks on it
		done: make(chan struct{}),
	}
	a.free <- make([]byte, 0, asyncBuffer)
	go a.run(a.full)
	return a
}

// run writes the buffers arriving on full; the channel is passed in
// because Close clears the field.
func (a *asyncWriter) run(full <-chan []byte) {
	defer close(a.done)
	for b := range full {
		if a.err.Load() == nil {
			if _, err := a.w.Write(b); err != nil {
				a.err.Store(&err)
			}
		}
		a.free <- b[:0]
	}
}

// Write buffers p. It fails once an earlier write to w has failed.
func (a *asyncWriter) Write(p []byte) (int, error) {
	if err := a.err.Load(); err != nil {
		return 0, *err
	}
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), cap(a.buf)-len(a.buf))
		a.buf = append(a.buf, p[:k]...)
		p = p[k:]
		if len(a.buf) == cap(a.buf) {
			a.full <- a.buf
			a.buf = <-a.free
		}
	}
	return n, nil
}

// Close writes what is buffered, waits for the goroutine and returns the
// first error of w. Calling it again returns nil.
func (a *asyncWriter) Close() error {
	if a.full == nil {
		return nil
	}
	if len(a.buf) > 0 {
		a.full <- a.buf
	}
	close(a.full)
	a.full = nil
	<-a.done
	if err := a.err.Load(); err != nil {
		return *err
	}
	return nil
}
