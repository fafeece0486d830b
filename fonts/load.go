package fonts

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
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
	data, err := os.ReadFile(path)
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
