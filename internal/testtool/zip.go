package testtool

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
)

// ZipEntry returns the text of the first entry of the zip archive data
// (an EPUB) whose name ends in suffix, failing the test if there is none.
func ZipEntry(t testing.TB, data []byte, suffix string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, suffix) {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no zip entry ending in %s", suffix)
	return ""
}
