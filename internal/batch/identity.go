package batch

import (
	"os"
	"path/filepath"
	"syscall"
)

// fileID is a file's identity: its device and inode. Two paths with one
// identity are one file, whatever links lie between them.
type fileID struct{ dev, ino uint64 }

func idOf(fi os.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(st.Dev), uint64(st.Ino)}, true
}

// claims records which files a run reads and writes, by resolved path and
// by identity, so that no output can replace an input (or another output)
// reached by a second path: a linked input or output directory, a
// symbolic or hard link to the input, -o naming a link's target.
type claims struct {
	byPath map[string]string // resolved path → who claims it
	byID   map[fileID]string
	dirs   map[string]string // directory → resolved, a cache
	cwd    string            // the working directory, for abs
}

func newClaims() *claims {
	return &claims{byPath: map[string]string{}, byID: map[fileID]string{}, dirs: map[string]string{}, cwd: workDir()}
}

func (c *claims) abs(p string) string { return absIn(c.cwd, p) }

// real returns p made absolute with every symbolic link in its directory
// resolved, so far as the directories exist (an output's directory may
// not yet). The last element is kept as it is: an output replaces the
// directory entry, never writes through a link there.
func (c *claims) real(p string) string {
	a := c.abs(p)
	dir := filepath.Dir(a)
	r, ok := c.dirs[dir]
	if !ok {
		r = resolveExisting(dir)
		c.dirs[dir] = r
	}
	return filepath.Join(r, filepath.Base(a))
}

// resolveExisting resolves the links of the longest existing part of the
// absolute path p and appends the rest.
func resolveExisting(p string) string {
	var rest []string
	for {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			for i := len(rest) - 1; i >= 0; i-- {
				r = filepath.Join(r, rest[i])
			}
			return r
		}
		parent := filepath.Dir(p)
		if parent == p {
			return filepath.Join(append([]string{p}, rest...)...)
		}
		rest = append(rest, filepath.Base(p))
		p = parent
	}
}

// input claims the file an input path reads, under every name it has.
func (c *claims) input(p, who string) {
	c.byPath[c.abs(p)] = who
	c.byPath[c.real(p)] = who
	fi, err := os.Lstat(p)
	if err != nil {
		return
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		// A link: its target, under its own name and identity. (For any
		// other entry both are what real and Lstat gave: one stat rather
		// than one per element of the path and one more.)
		if r, err := filepath.EvalSymlinks(p); err == nil {
			c.byPath[c.abs(r)] = who
		}
		if fi, err = os.Stat(p); err != nil {
			return
		}
	}
	if id, ok := idOf(fi); ok {
		c.byID[id] = who
	}
}

// output claims an output path, so that no other output takes it.
func (c *claims) output(p, who string) {
	c.byPath[c.abs(p)] = who
	c.byPath[c.real(p)] = who
}

// owner reports who claims the file that writing p would replace: the
// entry p names (through linked directories), or, when that entry is
// itself a link or a hard link, the file it shares.
func (c *claims) owner(p string) (string, bool) {
	if who, ok := c.byPath[c.abs(p)]; ok {
		return who, true
	}
	if who, ok := c.byPath[c.real(p)]; ok {
		return who, true
	}
	if len(c.byID) == 0 {
		return "", false
	}
	fi, err := os.Lstat(p)
	if err != nil {
		return "", false // no entry: no link to follow either
	}
	if who, ok := c.claimedID(fi); ok {
		return who, true
	}
	if fi.Mode()&os.ModeSymlink == 0 {
		return "", false // os.Stat would find the same file
	}
	if fi, err := os.Stat(p); err == nil {
		return c.claimedID(fi)
	}
	return "", false
}

// claimedID reports who claims the file fi describes, by identity.
func (c *claims) claimedID(fi os.FileInfo) (string, bool) {
	if id, ok := idOf(fi); ok {
		if who, ok := c.byID[id]; ok {
			return who, true
		}
	}
	return "", false
}
