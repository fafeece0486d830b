package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNeverOverwritesInputThroughLinks runs the three ways of reaching an
// input by a second path (issue 16): an input directory that is a link to
// the output directory, an output directory that is a link to the input
// directory, and -o naming the file a link input points at. Each must leave
// the input as it was.
func TestNeverOverwritesInputThroughLinks(t *testing.T) {
	symlink := func(t *testing.T, target, link string) {
		t.Helper()
		if err := os.Symlink(target, link); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	intact := func(t *testing.T, path string) {
		t.Helper()
		b, err := os.ReadFile(path)
		if err != nil || string(b) != page {
			t.Fatalf("input %s was overwritten (err %v):\n%.200s", path, err, b)
		}
	}
	t.Run("input dir links to out-dir", func(t *testing.T) {
		d := t.TempDir()
		in := write(t, filepath.Join(d, "archive", "p.txt"), page)
		symlink(t, "archive", filepath.Join(d, "current"))
		t.Chdir(d)
		paiban(t, "", "convert", "-r", "--to", "txt", "--out-dir", "archive", "current/").want(t, 0)
		intact(t, in)
		if !exists(filepath.Join(d, "archive", "p.txt.txt")) {
			t.Error("no p.txt.txt beside the input")
		}
		// A rerun finds p.txt.txt and takes it for this run's output.
		paiban(t, "", "convert", "-r", "--to", "txt", "--out-dir", "archive", "current/").want(t, 0)
		intact(t, in)
		if exists(filepath.Join(d, "archive", "p.txt.txt.txt")) {
			t.Error("the rerun converted its own output")
		}
	})
	t.Run("out-dir links to input dir", func(t *testing.T) {
		d := t.TempDir()
		in := write(t, filepath.Join(d, "in", "p.txt"), page)
		symlink(t, "in", filepath.Join(d, "out"))
		paiban(t, "", "convert", "--to", "txt", "--out-dir", filepath.Join(d, "out"), in).want(t, 0)
		intact(t, in)
		paiban(t, "", "convert", "-r", "--to", "txt,newstext", "--out-dir", filepath.Join(d, "out"), filepath.Join(d, "in")).want(t, 0)
		intact(t, in)
	})
	t.Run("-o the target of a linked input", func(t *testing.T) {
		d := t.TempDir()
		in := write(t, filepath.Join(d, "a2", "p.txt"), page)
		symlink(t, filepath.Join("a2", "p.txt"), filepath.Join(d, "link.txt"))
		t.Chdir(d)
		r := paiban(t, "", "convert", "--to", "json", "-o", "a2/p.txt", "link.txt")
		if r.code == 0 {
			t.Error("-o onto the input through a link succeeded")
		}
		intact(t, in)
		// The same through a linked directory, and with a hard link.
		symlink(t, "a2", filepath.Join(d, "b2"))
		if r := paiban(t, "", "convert", "--to", "json", "-o", "b2/p.txt", "a2/p.txt"); r.code == 0 {
			t.Error("-o onto the input through a linked directory succeeded")
		}
		intact(t, in)
		if err := os.Link(in, filepath.Join(d, "hard.txt")); err == nil {
			if r := paiban(t, "", "convert", "--to", "txt", "-o", "hard.txt", "a2/p.txt"); r.code == 0 {
				t.Error("-o onto a hard link of the input succeeded")
			}
			intact(t, in)
		}
	})
}
