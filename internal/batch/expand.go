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
	"slices"
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
	// Found is set for files found by walking a directory or matching a
	// glob, rather than named one by one; only those may turn out to be
	// outputs of the same run (see Plan).
	Found bool
	// Arg is the index of the argument that named or found it, for
	// outputs that keep the order of the command line (--combine).
	Arg int
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
	// Skipped, if set, is told of each file found by a walk or a glob that
	// is passed over because it is not a regular file (a named pipe, a
	// device, a socket): reading one could block the batch forever.
	Skipped func(path string, why string)
}

// ErrDirectory reports a directory argument without Recursive.
var ErrDirectory = errors.New("is a directory (use --recursive)")

// Expand turns arguments (files, directories, globs, "-") into inputs,
// sorted by path and without duplicates. One directory alone is placed
// relative to itself, so its files land directly under the output
// directory; anything else (several directories, files, or both) is placed
// relative to the deepest directory holding every argument, so
// "in/2023 in/2024" mirror as 2023/… and 2024/… and files named
// in/a/b/p.txt and in/c.txt as a/b/p.txt and c.txt. A glob wildcard does
// not match hidden names (a pattern part starting with "." may), as in
// shells. Arguments that match nothing are returned as errors, one each;
// the inputs found are still returned.
func Expand(args []string, o ExpandOptions) ([]Input, []error) {
	var (
		errs   []error
		files  []Input  // named directly or by a glob
		dirs   []string // to walk
		dirArg []int    // the argument of each of dirs
		out    []Input
		seen   = map[string]bool{}
	)
	cwd := workDir()
	skip := map[string]bool{}
	for _, s := range o.Skip {
		skip[absIn(cwd, s)] = true
	}
	add := func(in Input) {
		key := in.Path
		if in.Path != Stdin {
			key = absIn(cwd, in.Path)
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, in)
		}
	}
	for ai, arg := range args {
		if arg == Stdin {
			add(Input{Path: Stdin, Rel: "stdin", Arg: ai})
			continue
		}
		paths := []string{arg}
		globbed := false
		if _, err := os.Lstat(arg); err != nil && hasMeta(arg) {
			m, gerr := filepath.Glob(arg)
			if gerr != nil {
				errs = append(errs, fmt.Errorf("%s: %w", arg, gerr))
				continue
			}
			m = slices.DeleteFunc(m, func(p string) bool { return hiddenByGlob(arg, p) })
			if len(m) == 0 {
				errs = append(errs, fmt.Errorf("%s: no file matches", arg))
				continue
			}
			paths, globbed = m, true
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
				if globbed && !st.Mode().IsRegular() {
					o.skipped(p, st.Mode())
					continue
				}
				files = append(files, Input{Path: p, Found: globbed, Arg: ai})
				continue
			}
			if !o.Recursive {
				errs = append(errs, fmt.Errorf("%s: %w", p, ErrDirectory))
				continue
			}
			dirs = append(dirs, p)
			dirArg = append(dirArg, ai)
		}
	}
	// Every argument is placed relative to one base directory, so that
	// outputs of different arguments never meet by accident.
	var containers []string
	for _, f := range files {
		containers = append(containers, filepath.Dir(absIn(cwd, f.Path)))
	}
	for _, d := range dirs {
		containers = append(containers, filepath.Dir(absIn(cwd, d)))
	}
	base := commonDir(containers)
	if len(dirs) == 1 && len(files) == 0 {
		base = absIn(cwd, dirs[0])
	}
	// Files first: a file named on the command line and also found in a
	// directory keeps its own entry (not Found, its own Arg).
	for _, f := range files {
		f.Rel = relTo(cwd, base, f.Path)
		add(f)
	}
	for k, d := range dirs {
		found, err := walk(cwd, d, base, o, skip)
		if err != nil {
			errs = append(errs, err)
		}
		for _, in := range found {
			in.Arg = dirArg[k]
			add(in)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, errs
}

// hiddenByGlob reports whether a wildcard part of pattern matched a hidden
// name or one of our temporary files in match. Parts are compared from the
// end, since Glob cleans the fixed start of the pattern but keeps one name
// per wildcard part.
func hiddenByGlob(pattern, match string) bool {
	pp := splitPath(pattern)
	mp := splitPath(match)
	for i := 1; i <= len(pp) && i <= len(mp); i++ {
		part, name := pp[len(pp)-i], mp[len(mp)-i]
		if part == ".." {
			return false // the alignment is lost; keep what Glob found
		}
		if !hasMeta(part) || strings.HasPrefix(part, ".") {
			continue
		}
		if strings.HasPrefix(name, ".") || atomicfile.IsTemp(name) {
			return true
		}
	}
	return false
}

// splitPath splits p at separators, dropping empty and "." parts.
func splitPath(p string) []string {
	parts := strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == filepath.Separator })
	return slices.DeleteFunc(parts, func(s string) bool { return s == "." })
}

// walk lists the accepted files under dir, relative to base (dir or one
// of its parents). Symbolic links to directories are not followed, so a
// link loop cannot hang it; hidden files and our own temporary files are
// ignored; files that are not regular (named pipes, devices, sockets) are
// passed over and told to o.Skipped.
func walk(cwd, dir, base string, o ExpandOptions, skip map[string]bool) ([]Input, error) {
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
			if skip[absIn(cwd, p)] && p != dir {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || atomicfile.IsTemp(name) {
			return nil
		}
		if o.Accept != nil && !o.Accept(name) {
			return nil
		}
		if t := d.Type(); !t.IsRegular() {
			st, err := os.Stat(p) // a link is followed to what it names
			switch {
			case err != nil:
				// A dangling link: reported when it is opened.
			case st.IsDir():
				return nil // links to directories are not followed
			case !st.Mode().IsRegular():
				o.skipped(p, st.Mode())
				return nil
			}
		}
		out = append(out, Input{Path: p, Rel: relTo(cwd, base, p), Found: true})
		return nil
	})
	return out, err
}

func (o ExpandOptions) skipped(p string, m fs.FileMode) {
	if o.Skipped != nil {
		o.Skipped(p, "skipped: "+fileKind(m)+", not a regular file")
	}
}

func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[`) }

// commonDir returns the deepest directory containing every one of dirs
// (absolute paths).
func commonDir(dirs []string) string {
	if len(dirs) == 0 {
		return ""
	}
	root := dirs[0]
	for _, d := range dirs[1:] {
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

func relTo(cwd, root, f string) string {
	a := absIn(cwd, f)
	if root != "" {
		if rel, err := filepath.Rel(root, a); err == nil && filepath.IsLocal(rel) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(f)
}
