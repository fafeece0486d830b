package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// fifoReader reads a named pipe through the descriptor of the
// non-blocking open that found it to be a pipe. The descriptor sits in the
// runtime's poller, so that a read waits for data without a thread of its
// own and ends at ctx's end (a read deadline in the past).
//
// A pipe without a writer reads as end of file, also before any writer
// came; like `cat`, the reader waits for the first writer instead, and
// ends at that writer's close. Linux tells the two apart: poll reports
// POLLHUP on a descriptor opened without blocking only once a writer has
// come since its open (fs/pipe.c, fifo_open).
type fifoReader struct {
	f    *os.File
	rc   syscall.RawConn
	ctx  context.Context
	stop func() bool
	eof  bool
}

func newFIFOReader(ctx context.Context, f *os.File) (*fifoReader, error) {
	rc, err := f.SyscallConn()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name(), err)
	}
	r := &fifoReader{f: f, rc: rc, ctx: ctx, stop: func() bool { return false }}
	if ctx.Done() != nil {
		r.stop = context.AfterFunc(ctx, func() { f.SetReadDeadline(time.Unix(1, 0)) })
	}
	return r, nil
}

func (r *fifoReader) Read(p []byte) (int, error) {
	if err := r.ctx.Err(); err != nil {
		return 0, err
	}
	if r.eof {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	var n int
	var rerr error
	err := r.rc.Read(func(fd uintptr) bool {
		for {
			n, rerr = syscall.Read(int(fd), p)
			switch {
			case rerr == syscall.EINTR:
				continue
			case rerr == syscall.EAGAIN:
				// A writer is there and has not written yet.
				n, rerr = 0, nil
				return false
			case rerr != nil:
				n = 0
				return true
			case n > 0:
				return true
			}
			// No writer now: the end if one came and went, else wait.
			pfd := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
			if _, err := unix.Poll(pfd, 0); err != nil && err != unix.EINTR {
				rerr = err
				return true
			}
			switch ev := pfd[0].Revents; {
			case ev&unix.POLLIN != 0:
				continue // written since the read
			case ev&unix.POLLHUP != 0:
				r.eof = true
				return true
			}
			return false
		}
	})
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded) && r.ctx.Err() != nil:
		return 0, r.ctx.Err()
	case err != nil:
		return 0, &fs.PathError{Op: "read", Path: r.f.Name(), Err: err}
	case rerr != nil:
		return 0, &fs.PathError{Op: "read", Path: r.f.Name(), Err: rerr}
	case r.eof:
		return 0, io.EOF
	}
	return n, nil
}

func (r *fifoReader) Close() error {
	r.stop()
	return r.f.Close()
}
