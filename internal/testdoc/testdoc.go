// Package testdoc gives writer tests their input trees: a newspaper text file
// read with the real newstext reader, so every writer is tested on what users
// will feed it. It lives apart from testtool because the reader's own tests
// use testtool and cannot import the reader through it.
package testdoc

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/newstext"
	"github.com/paiban/paiban/internal/testtool"
)

// Read reads the newspaper text file at path, failing the test on error.
func Read(t testing.TB, path string) *doc.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := newstext.New().Read(context.Background(), f, filepath.Base(path))
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return d
}

// Seed reads the shared seed page, skipping the test when it is absent.
func Seed(t testing.TB) *doc.Document {
	t.Helper()
	return Read(t, testtool.Seed(t))
}
