package fonts

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// loaded caches Load results per spec: each font file is read and parsed
// once per process, however many conversions ask for it.
var loaded sync.Map // spec string → func() (*Face, error)

// Load returns the face named by spec: a TrueType file ("file.ttf"), or face
// N of a TrueType collection ("file.ttc#N", N from 0; plain "file.ttc" means
// #0). A collection face is extracted into a standalone TrueType file, so
// Data can be embedded as is. CFF-outline fonts are refused with ErrCFF.
// Results, errors included, are cached per spec.
func Load(spec string) (*Face, error) {
	if v, ok := loaded.Load(spec); ok {
		return v.(func() (*Face, error))()
	}
	v, _ := loaded.LoadOrStore(spec, sync.OnceValues(func() (*Face, error) { return load(spec) }))
	return v.(func() (*Face, error))()
}

// MaxFileSize is the largest font file Load reads: 256 MiB, four times
// the largest CJK collection in common use (Noto's all-CJK .ttc). A larger
// file is refused before any of it is read.
const MaxFileSize = 256 << 20

// readFontFile reads a font file whole. Only a regular file is read: a
// named pipe would block, a device such as /dev/zero never end. Its size is
// checked before reading, and again by the read, in case it grew.
func readFontFile(path string) ([]byte, error) {
	f, fi, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: %d bytes, larger than the %d MiB a font file may have", path, fi.Size(), MaxFileSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%s: larger than the %d MiB a font file may have", path, MaxFileSize>>20)
	}
	return data, nil
}

// openRegular opens path for reading if it is a regular file. O_NONBLOCK
// keeps the open of a named pipe from waiting for a writer; it changes
// nothing for a regular file.
func openRegular(path string) (*os.File, fs.FileInfo, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	f := os.NewFile(uintptr(fd), path)
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil, fmt.Errorf("%s: not a regular file (a font must be a .ttf, .otf or .ttc file)", path)
	}
	return f, fi, nil
}

// splitSpec separates "file#N"; a '#' not followed by digits is part of the name.
func splitSpec(spec string) (string, int, error) {
	i := strings.LastIndexByte(spec, '#')
	if i < 0 {
		return spec, 0, nil
	}
	n, err := strconv.Atoi(spec[i+1:])
	if err != nil {
		if _, statErr := os.Stat(spec); statErr == nil {
			return spec, 0, nil
		}
		return "", 0, fmt.Errorf("fonts: %q: face index after '#' must be a number", spec)
	}
	if n < 0 {
		return "", 0, fmt.Errorf("fonts: %q: negative face index", spec)
	}
	return spec[:i], n, nil
}

func load(spec string) (*Face, error) {
	path, n, err := splitSpec(spec)
	if err != nil {
		return nil, err
	}
	data, err := readFontFile(path)
	if err != nil {
		return nil, fmt.Errorf("fonts: %w", err)
	}
	f, err := parseData(data, n, path)
	if err != nil {
		return nil, fmt.Errorf("fonts: %s: %w", spec, err)
	}
	return f, nil
}

// parseData parses face n of data, a TrueType font or collection.
func parseData(data []byte, n int, name string) (*Face, error) {
	off, isTTC, err := faceOffset(data, n)
	if err != nil {
		return nil, err
	}
	if isTTC {
		t, version, err := readTables(data, off)
		if err != nil {
			return nil, err
		}
		if err := checkOutlines(t, version); err != nil {
			return nil, err
		}
		// Drop the digital signature: it signs the collection, not this face.
		data = buildSFNT(cloneTables(t, func(tag string) bool { return tag != "DSIG" }))
	}
	return parseFace(data, name)
}
