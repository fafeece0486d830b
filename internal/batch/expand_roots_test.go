package batch

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestExpandRoots checks where each argument is placed: one directory
// alone relative to itself, several arguments relative to their common
// parent, so outputs of different roots never merge.
func TestExpandRoots(t *testing.T) {
	root := t.TempDir()
	touch(t, root, "tree/2023/01/p.txt", "tree/2023/02/p.txt", "tree/2024/01/p.txt", "tree/top.txt",
		"tree/.hidden/h.txt", "tree/2024/.h.txt", "tree/.paiban-tmp-p.txt-1", "other/2023/01/p.txt")
	tree := filepath.Join(root, "tree")
	rec := ExpandOptions{Recursive: true, Accept: txtOnly}
	tests := []struct {
		name string
		args []string
		want []string // nil: no input, one error
	}{
		{"one directory: its contents directly", []string{filepath.Join(tree, "2023")},
			[]string{"01/p.txt", "02/p.txt"}},
		{"two directories mirrored below their parent", []string{filepath.Join(tree, "2023"), filepath.Join(tree, "2024")},
			[]string{"2023/01/p.txt", "2023/02/p.txt", "2024/01/p.txt"}},
		{"same-named directories in different places", []string{filepath.Join(tree, "2023"), filepath.Join(root, "other", "2023")},
			[]string{"other/2023/01/p.txt", "tree/2023/01/p.txt", "tree/2023/02/p.txt"}},
		{"directory and file", []string{filepath.Join(tree, "2024"), filepath.Join(tree, "top.txt")},
			[]string{"2024/01/p.txt", "top.txt"}},
		{"glob of directories mirrored, hidden ones skipped", []string{filepath.Join(tree, "*")},
			[]string{"2023/01/p.txt", "2023/02/p.txt", "2024/01/p.txt", "top.txt"}},
		{"glob matching one directory keeps its contents directly", []string{filepath.Join(tree, "202[3]")},
			[]string{"01/p.txt", "02/p.txt"}},
		{"wildcards matching only hidden names match nothing", []string{filepath.Join(tree, "*", "*.txt")},
			nil},
		{"pattern part starting with a dot matches hidden names", []string{filepath.Join(tree, ".h*", "*.txt")},
			[]string{"h.txt"}},
		{"hidden file only by a dot pattern", []string{filepath.Join(tree, "2024", ".*.txt")},
			[]string{".h.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := Expand(tt.args, rec)
			if len(tt.want) == 0 {
				if len(got) != 0 || len(errs) != 1 {
					t.Errorf("Expand(%v) = %v, %v; want no input and one error", tt.args, rels(got), errs)
				}
				return
			}
			if len(errs) != 0 {
				t.Errorf("errors: %v", errs)
			}
			if r := rels(got); !reflect.DeepEqual(r, tt.want) {
				t.Errorf("Expand(%v) = %v, want %v", tt.args, r, tt.want)
			}
		})
	}
}

func TestHiddenByGlob(t *testing.T) {
	tests := []struct {
		pattern, match string
		want           bool
	}{
		{"tree/*", "tree/.hidden", true},
		{"tree/*", "tree/a", false},
		{"./tree/*", "tree/.hidden", true},
		{"tree/*/x.txt", "tree/.git/x.txt", true},
		{"tree/.*", "tree/.hidden", false},
		{".tree/*", ".tree/a", false},
		{"tree/*", "tree/.paiban-tmp-a.txt-1", true},
		{"tree/*/../*", "tree/.x", true},
		{"a/*/../b", "a/b", false},
	}
	for _, tt := range tests {
		if got := hiddenByGlob(filepath.FromSlash(tt.pattern), filepath.FromSlash(tt.match)); got != tt.want {
			t.Errorf("hiddenByGlob(%q, %q) = %v, want %v", tt.pattern, tt.match, got, tt.want)
		}
	}
}

// TestNamedFileWinsOverFound: a file named on the command line that a
// directory walk also finds keeps its own entry: not Found (so never taken
// for an output of the run), with its own argument index (--combine order).
func TestNamedFileWinsOverFound(t *testing.T) {
	root := t.TempDir()
	touch(t, root, "in/a.txt", "in/p.txt")
	in := filepath.Join(root, "in")
	got, errs := Expand([]string{in, filepath.Join(in, "p.txt")}, ExpandOptions{Recursive: true, Accept: txtOnly})
	if len(errs) > 0 || len(got) != 2 {
		t.Fatalf("Expand = %+v, %v", got, errs)
	}
	for _, g := range got {
		named := filepath.Base(g.Path) == "p.txt"
		if g.Found == named || named && g.Arg != 1 {
			t.Errorf("%s: Found=%v Arg=%d", g.Path, g.Found, g.Arg)
		}
	}
}
