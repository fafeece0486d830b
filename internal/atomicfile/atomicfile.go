// Package atomicfile writes files that appear whole or not at all: data
// goes to a temporary file in the destination's directory, which is renamed
// over the destination on Commit and removed on Abort. A crash, Ctrl-C or
// full disk leaves either the old file or the new one, never a torn one.
//
// A destination that is a character device or a FIFO (/dev/null, a named
// pipe, a terminal) cannot be replaced by a rename and must not be: it is
// written directly, as a shell redirection would. A symbolic link is
// replaced like a file, never written through: a link planted in an output
// directory could otherwise point an output at an input or out of the
// directory.
package atomicfile

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// TempPrefix starts the name of every temporary file, so that leftovers of
// a killed process (kill -9 cannot be caught) are easy to find and clean.
const TempPrefix = ".paiban-tmp-"

// File is a pending output. It is not safe for concurrent use.
type File struct {
	*os.File
	dest   string
	direct bool // dest is a device or FIFO, written in place
	done   bool
	sync   bool
}

// SetSync makes Commit flush the data to stable storage before the rename,
// so that even a power failure leaves the old file or the new one. It
// costs a disk flush per file; without it a crash of paiban, Ctrl-C or a
// full disk still never leave a torn file, only a crash of the machine can.
func (f *File) SetSync(on bool) { f.sync = on }

// Create starts writing dest, creating its directory if needed. A new file
// gets mode perm (before umask); a file replaced keeps its mode.
func Create(dest string, perm os.FileMode) (*File, error) {
	return CreateContext(context.Background(), dest, perm)
}

// CreateContext is Create, except that opening a named pipe, which waits
// for a reader, gives up when ctx is done.
func CreateContext(ctx context.Context, dest string, perm os.FileMode) (*File, error) {
	keepMode := false
	if fi, err := os.Lstat(dest); err == nil {
		switch m := fi.Mode(); {
		case m.IsDir():
			return nil, fmt.Errorf("%s is a directory", dest)
		case m&fs.ModeNamedPipe != 0:
			f, err := openPipeWriter(ctx, dest)
			if err != nil {
				return nil, fmt.Errorf("open %s: %w", dest, err)
			}
			return &File{File: f, dest: dest, direct: true}, nil
		case m&fs.ModeCharDevice != 0:
			f, err := os.OpenFile(dest, os.O_WRONLY, 0)
			if err != nil {
				return nil, fmt.Errorf("open %s: %w", dest, err)
			}
			return &File{File: f, dest: dest, direct: true}, nil
		case m.IsRegular():
			perm, keepMode = m.Perm(), true
		case m&fs.ModeSymlink == 0:
			// A block device or socket: neither written nor replaced.
			return nil, fmt.Errorf("%s is not a regular file", dest)
		}
	}
	dir := filepath.Dir(dest)
	// Not os.CreateTemp: it makes 0600 files, and outputs should get the
	// usual mode under the user's umask, which only the kernel applies
	// race-free.
	madeDir := false
	for range 100 {
		name := filepath.Join(dir, TempPrefix+filepath.Base(dest)+"-"+strconv.FormatUint(rand.Uint64(), 36))
		f, err := createExcl(name, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if errors.Is(err, fs.ErrNotExist) && !madeDir {
			// The directory is made only when missing: one stat less per
			// output of a batch than making sure of it first.
			madeDir = true
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("create output directory: %w", err)
			}
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("create temporary file: %w", err)
		}
		// The umask applies at creation; a replaced file's own mode is
		// restored exactly.
		if keepMode {
			if err := f.Chmod(perm); err != nil {
				f.Close()
				os.Remove(name)
				return nil, fmt.Errorf("create temporary file: %w", err)
			}
		}
		return &File{File: f, dest: dest}, nil
	}
	return nil, fmt.Errorf("create temporary file in %s: too many collisions", dir)
}

// Direct reports whether the destination is written in place (a device
// or FIFO) rather than replaced.
func (f *File) Direct() bool { return f.direct }

// Dest returns the final path.
func (f *File) Dest() string { return f.dest }

// Commit closes the file (flushing it to disk first with SetSync) and
// renames it into place.
func (f *File) Commit() error {
	if f.done {
		return fmt.Errorf("atomicfile: %s already finished", f.dest)
	}
	f.done = true
	if f.direct {
		if err := f.Close(); err != nil {
			return fmt.Errorf("close %s: %w", f.dest, err)
		}
		return nil
	}
	tmp := f.Name()
	if f.sync {
		if err := f.Sync(); err != nil {
			f.Close()
			os.Remove(tmp)
			return fmt.Errorf("sync %s: %w", f.dest, err)
		}
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("close %s: %w", f.dest, err)
	}
	if err := rename(tmp, f.dest); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("rename into %s: %w", f.dest, err)
	}
	return nil
}

// Abort discards the file. It is safe to call after Commit (it does
// nothing then), so callers can defer it.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.Close()
	if !f.direct {
		os.Remove(f.Name())
	}
}

// IsTemp reports whether name (a base name) is one of our temporary files.
func IsTemp(name string) bool { return strings.HasPrefix(name, TempPrefix) }

// openPipeWriter opens a FIFO for writing, which waits until a reader
// opens it. If ctx ends first, a reader of our own is opened and closed so
// that the blocked open returns, and ctx's error is returned.
func openPipeWriter(ctx context.Context, path string) (*os.File, error) {
	type opened struct {
		f   *os.File
		err error
	}
	done := make(chan opened, 1)
	go func() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		done <- opened{f, err}
	}()
	select {
	case o := <-done:
		return o.f, o.err
	case <-ctx.Done():
	}
	for range 100 {
		select {
		case o := <-done:
			if o.f != nil {
				o.f.Close()
			}
			return nil, ctx.Err()
		default:
		}
		if fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0); err == nil {
			defer syscall.Close(fd) // after the writer's open has returned
		}
		time.Sleep(10 * time.Millisecond)
	}
	return nil, ctx.Err()
}
