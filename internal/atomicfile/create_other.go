//go:build !unix

package atomicfile

import "os"

// createExcl creates name (O_EXCL) for reading and writing.
func createExcl(name string, perm os.FileMode) (*os.File, error) {
	return os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
}

// rename is os.Rename.
func rename(from, to string) error { return os.Rename(from, to) }
