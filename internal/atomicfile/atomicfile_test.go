package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestCommitReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	dest := filepath.Join(dir, "sub", "out.txt")
	for _, want := range []string{"first", "second"} {
		write(t, dest, want)
		got, err := os.ReadFile(dest)
		if err != nil || string(got) != want {
			t.Fatalf("dest = %q, %v; want %q", got, err, want)
		}
	}
	if got := entries(t, filepath.Join(dir, "sub")); len(got) != 1 {
		t.Errorf("directory holds %v, want only out.txt", got)
	}
	st, _ := os.Stat(dest)
	if st.Mode().Perm()&0o044 == 0 {
		t.Errorf("mode %v: output should be readable like any file", st.Mode())
	}
}

func TestAbortLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	dest := filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(dest, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Create(dest, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("half")
	if !IsTemp(filepath.Base(f.Name())) {
		t.Errorf("temp name %s lacks the prefix", f.Name())
	}
	f.Abort()
	f.Abort() // twice is harmless
	if err := f.Commit(); err == nil {
		t.Error("Commit after Abort succeeded")
	}
	got, _ := os.ReadFile(dest)
	if string(got) != "old" {
		t.Errorf("dest = %q, want the old content", got)
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("leftovers: %v", names)
	}
}
