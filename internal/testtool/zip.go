package testtool

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
)

// ZipEntries returns the files of a zip archive (an EPUB) in zip order,
// and their contents by name.
func ZipEntries(t testing.TB, data []byte) ([]*zip.File, map[string]string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	files := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = string(b)
	}
	return zr.File, files
}

// ZipEntry returns the text of the first entry of the zip archive data
// whose name ends in suffix, failing the test if there is none.
func ZipEntry(t testing.TB, data []byte, suffix string) string {
	t.Helper()
	list, files := ZipEntries(t, data)
	for _, f := range list {
		if strings.HasSuffix(f.Name, suffix) {
			return files[f.Name]
		}
	}
	t.Fatalf("no zip entry ending in %s", suffix)
	return ""
}
