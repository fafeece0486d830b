// Package testtool helps tests that use external programs (pdftotext, qpdf,
// epubcheck) and the shared seed page: they skip on a bare laptop and fail
// in CI, where PAIBAN_REQUIRE_TOOLS=1 makes the programs mandatory.
package testtool

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Required reports whether missing external tools must fail tests.
func Required() bool { return os.Getenv("PAIBAN_REQUIRE_TOOLS") == "1" }

// Need returns the path of the program name, skipping the test when it is
// not installed, or failing it when tools are required.
func Need(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if Required() {
			t.Fatalf("%s is required (PAIBAN_REQUIRE_TOOLS=1) but not installed: %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// NeedFile returns path if it exists, skipping or failing like Need.
func NeedFile(t testing.TB, path string) string {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		if Required() {
			t.Fatalf("%s is required (PAIBAN_REQUIRE_TOOLS=1): %v", path, err)
		}
		t.Skipf("%s not present", path)
	}
	return path
}

// RepoRoot returns the repository's top directory.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// Seed returns the path of the shared seed page ../shared/seed/frontpage.txt
// beside the checkout, skipping the test when it is absent. The seed is not
// ours to redistribute, so it is never required.
func Seed(t testing.TB) string {
	t.Helper()
	p := filepath.Join(RepoRoot(), "..", "shared", "seed", "frontpage.txt")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("seed page not present: %v", err)
	}
	return p
}

// Samples returns the sample inputs under samples/ (*.txt), sorted.
func Samples(t testing.TB) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(RepoRoot(), "samples", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}
