package batch

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// OpenInput opens a named input without ever blocking on the open: a
// regular file is opened as usual; a named pipe is read as `cat` reads it,
// from its first writer's data to that writer's close, its reads waiting
// for the writer only until ctx is done; a directory or socket is refused. The reader it
// returns stops at ctx's end even in the middle of a read from a pipe,
// a terminal or a device (see Interruptible); size is the file's size for
// a regular file, else -1.
func OpenInput(ctx context.Context, path string) (r io.ReadCloser, size int64, err error) {
	// O_NONBLOCK makes the open itself return at once, also for a FIFO
	// without a writer; it means nothing for a regular file.
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, -1, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	var st syscall.Stat_t
	if err := ignoringEINTR(func() error { return syscall.Fstat(fd, &st) }); err != nil {
		syscall.Close(fd)
		return nil, -1, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	if st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		return &regularFile{fd: fd, name: path}, st.Size, nil
	}
	f := os.NewFile(uintptr(fd), path)
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, -1, err
	}
	switch m := fi.Mode(); {
	case m.IsRegular():
		return f, fi.Size(), nil
	case m.IsDir():
		f.Close()
		return nil, -1, fmt.Errorf("%s: is a directory", path)
	case m&fs.ModeNamedPipe != 0:
		// The probe is the reader: closed and opened again, a writer
		// that had written and closed meanwhile would be gone with its
		// data, and the second open would wait for a writer that never
		// comes.
		r, err := newFIFOReader(ctx, f)
		if err != nil {
			f.Close()
			return nil, -1, err
		}
		return r, -1, nil
	case m&fs.ModeCharDevice != 0:
		// Opened without blocking, a terminal would read as empty: open
		// it again the usual way, interruptibly.
		f.Close()
		pf, err := openWaiting(ctx, path)
		if err != nil {
			return nil, -1, err
		}
		return readCloser{Interruptible(ctx, pf), pf}, -1, nil
	default:
		f.Close()
		return nil, -1, fmt.Errorf("%s: not a regular file (%s)", path, fileKind(m))
	}
}

// openWaiting opens a device for reading the usual way (a terminal's open
// may wait for a carrier). If ctx ends first, the open is abandoned and
// closed whenever it returns.
func openWaiting(ctx context.Context, path string) (*os.File, error) {
	type opened struct {
		f   *os.File
		err error
	}
	done := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		done <- opened{f, err}
	}()
	select {
	case o := <-done:
		return o.f, o.err
	case <-ctx.Done():
	}
	go func() {
		if o := <-done; o.f != nil {
			o.f.Close()
		}
	}()
	return nil, ctx.Err()
}

// regularFile reads a regular file through its descriptor. An *os.File
// would first try to add it to the runtime's poller, which refuses
// regular files (fcntl and a failed epoll_ctl for every input of a
// batch), and reads from a regular file never wait for a writer anyway.
type regularFile struct {
	fd   int
	name string
}

func (f *regularFile) Read(p []byte) (int, error) {
	if f.fd < 0 {
		return 0, &fs.PathError{Op: "read", Path: f.name, Err: fs.ErrClosed}
	}
	if len(p) == 0 {
		return 0, nil
	}
	var n int
	err := ignoringEINTR(func() (err error) { n, err = syscall.Read(f.fd, p); return err })
	switch {
	case err != nil:
		return 0, &fs.PathError{Op: "read", Path: f.name, Err: err}
	case n == 0:
		return 0, io.EOF
	}
	return n, nil
}

func (f *regularFile) Close() error {
	if f.fd < 0 {
		return &fs.PathError{Op: "close", Path: f.name, Err: fs.ErrClosed}
	}
	fd := f.fd
	f.fd = -1
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

func ignoringEINTR(f func() error) error {
	for {
		if err := f(); err != syscall.EINTR {
			return err
		}
	}
}

type readCloser struct {
	io.Reader
	io.Closer
}

// fileKind names a file mode that is not a regular file, for messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a directory"
	}
	return "not a regular file"
}

// Interruptible returns a reader of r whose Read returns ctx's error as
// soon as ctx is done, even while r's Read is blocked (standard input from
// a terminal or an idle pipe). The blocked read is left to finish on its
// own; r must not be used again afterwards. A Read of r happens in a
// goroutine into a buffer of the reader's own, so p is never written
// after Read returned.
func Interruptible(ctx context.Context, r io.Reader) io.Reader {
	if ctx.Done() == nil {
		return r
	}
	return &ctxReader{ctx: ctx, r: r, res: make(chan readResult, 1)}
}

type readResult struct {
	buf []byte
	n   int
	err error
}

type ctxReader struct {
	ctx   context.Context
	r     io.Reader
	res   chan readResult
	spare []byte // the last buffer, for the next read
	err   error  // sticky: after ctx's end r may still be in a read
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if err := c.ctx.Err(); err != nil {
		c.err = err
		return 0, err
	}
	if len(p) == 0 {
		return 0, nil
	}
	buf := c.spare
	if cap(buf) < len(p) {
		buf = make([]byte, len(p))
	}
	buf = buf[:len(p)]
	go func() {
		n, err := c.r.Read(buf)
		c.res <- readResult{buf, n, err}
	}()
	select {
	case r := <-c.res:
		c.spare = r.buf
		return copy(p, r.buf[:r.n]), r.err
	case <-c.ctx.Done():
		c.err = c.ctx.Err()
		return 0, c.err
	}
}
