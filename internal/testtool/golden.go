package testtool

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag: golden files are rewritten rather than
// compared. It is registered in every test binary that imports testtool,
// so that `go test ./... -update` runs in every package.
var Update = flag.Bool("update", false, "rewrite golden files")

// Golden compares got with the golden file at path; with update it
// rewrites the file instead (creating its directory), for `go test -update`.
func Golden(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it; review the diff):\n%s", path, got)
	}
}
