// Package batch turns command-line inputs into conversion jobs and runs
// them: expanding files, directories and globs, mirroring the input tree
// under an output directory, sharding, skipping unchanged inputs and
// running a pool of workers. It never prints: results go to a Reporter.
package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/paiban/paiban/internal/atomicfile"
)

// Input is one file to convert.
type Input struct {
	// Path is the file as found ("-" for standard input).
	Path string
	// Rel is the slash-separated path below its root, which the outputs
	// mirror under the output directory. It is always local: no "..", not
	// absolute.
	Rel string
}

// Stdin is the Path of standard input.
const Stdin = "-"

// ExpandOptions says how to find inputs.
type ExpandOptions struct {
	// Recursive allows directories, walked for files Accept takes.
	Recursive bool
	// Accept reports whether a file found in a directory is an input
	// (by its name). Files named explicitly are always taken.
	Accept func(name string) bool
	// Skip lists directories not to walk (the output directory).
	Skip []string
}

// ErrDirectory reports a directory argument without Recursive.
var ErrDirectory = errors.New("is a directory (use --recursive)")

// Expand turns arguments (files, directories, globs, "-") into inputs,
// sorted by path and without duplicates. Files named directly are placed
// relative to the deepest directory holding them all, a directory's files
// relative to the directory, so in/a/b/p.txt mirrors as a/b/p.txt either
// way. Arguments that match nothing are returned as errors, one each; the
// inputs found are still returned.
func Expand(args []string, o ExpandOptions) ([]Input, []error) {
	var (
		errs  []error
		files []string // named directly (or by glob)
		out   []Input
		seen  = map[string]bool{}
	)
	skip := map[string]bool{}
	for _, s := range o.Skip {
		if a, err := filepath.Abs(s); err == nil {
			skip[a] = true
		}
	}
	add := func(in Input) {
		key := in.Path
		if in.Path != Stdin {
			if a, err := filepath.Abs(in.Path); err == nil {
				key = a
			}
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, in)
		}
	}
	for _, arg := range args {
		if arg == Stdin {
			add(Input{Path: Stdin, Rel: "stdin"})
			continue
		}
		paths := []string{arg}
		if _, err := os.Lstat(arg); err != nil && hasMeta(arg) {
			m, gerr := filepath.Glob(arg)
			if gerr != nil {
				errs = append(errs, fmt.Errorf("%s: %w", arg, gerr))
				continue
			}
			if len(m) == 0 {
				errs = append(errs, fmt.Errorf("%s: no file matches", arg))
				continue
			}
			paths = m
		}
		for _, p := range paths {
			st, err := os.Stat(p)
			if err != nil {
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = fmt.Errorf("%s: %w", p, pe.Err)
				}
				errs = append(errs, err)
				continue
			}
			if !st.IsDir() {
				files = append(files, p)
				continue
			}
			if !o.Recursive {
				errs = append(errs, fmt.Errorf("%s: %w", p, ErrDirectory))
				continue
			}
			found, err := walk(p, o.Accept, skip)
			if err != nil {
				errs = append(errs, err)
			}
			for _, in := range found {
				add(in)
			}
		}
	}
	root := commonDir(files)
	for _, f := range files {
		add(Input{Path: f, Rel: relTo(root, f)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, errs
}

// walk lists the accepted files under dir. Symbolic links to directories
// are not followed, so a link loop cannot hang it; hidden files and our
// own temporary files are ignored.
func walk(dir string, accept func(string) bool, skip map[string]bool) ([]Input, error) {
	var out []Input
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != dir && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
			if a, err := filepath.Abs(p); err == nil && skip[a] && p != dir {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || atomicfile.IsTemp(name) {
			return nil
		}
		if accept != nil && !accept(name) {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		out = append(out, Input{Path: p, Rel: filepath.ToSlash(rel)})
		return nil
	})
	return out, err
}

func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[`) }

// commonDir returns the deepest directory containing every file.
func commonDir(files []string) string {
	if len(files) == 0 {
		return ""
	}
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			return filepath.Clean(p)
		}
		return a
	}
	root := filepath.Dir(abs(files[0]))
	for _, f := range files[1:] {
		d := filepath.Dir(abs(f))
		for !within(root, d) {
			parent := filepath.Dir(root)
			if parent == root {
				break
			}
			root = parent
		}
	}
	return root
}

// within reports whether p is dir or below it.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && filepath.IsLocal(rel) || rel == "."
}

func relTo(root, f string) string {
	a, err := filepath.Abs(f)
	if err == nil && root != "" {
		if rel, err := filepath.Rel(root, a); err == nil && filepath.IsLocal(rel) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(f)
}
