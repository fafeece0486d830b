package fonts

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Option configures Fallbacks.
type Option func(*fallbackConfig)

type fallbackConfig struct {
	dirs    []string
	dirsSet bool
	runes   []rune
	fcMatch string
	noFC    bool
}

// WithFontPath sets the directories searched for fallback fonts, replacing
// PAIBAN_FONT_PATH.
func WithFontPath(dirs ...string) Option {
	return func(c *fallbackConfig) { c.dirs, c.dirsSet = dirs, true }
}

// WithRunes names the characters that still need a font; fontconfig is asked
// only for these, and only when some are not covered by the font-path faces.
func WithRunes(rs ...rune) Option {
	return func(c *fallbackConfig) { c.runes = append(c.runes, rs...) }
}

// WithFCMatch sets the fc-match program (default: "fc-match" on PATH).
func WithFCMatch(path string) Option {
	return func(c *fallbackConfig) { c.fcMatch = path }
}

// WithoutFontconfig disables the fc-match lookup, for reproducible output
// that must not depend on the fonts installed on a machine.
func WithoutFontconfig() Option {
	return func(c *fallbackConfig) { c.noFC = true }
}

// fcTimeout bounds one fc-match run; a cold font cache can take seconds.
const fcTimeout = 20 * time.Second

// Fallbacks returns fallback faces in priority order: every TrueType face
// in the PAIBAN_FONT_PATH directories (a list like PATH; files in name
// order, collection faces by index), then, for the WithRunes characters
// none of those covers, the fonts fontconfig's fc-match suggests, when
// fc-match exists. Files that are not usable TrueType (CFF outlines,
// corrupt) are skipped; a directory that cannot be read is an error.
// Faces come from Load, so they are cached per process.
func Fallbacks(opts ...Option) ([]*Face, error) {
	var c fallbackConfig
	for _, o := range opts {
		o(&c)
	}
	if !c.dirsSet {
		c.dirs = filepath.SplitList(os.Getenv("PAIBAN_FONT_PATH"))
	}
	var faces []*Face
	seen := map[string]bool{}
	for _, dir := range c.dirs {
		if dir == "" {
			continue
		}
		found, err := dirFaces(dir, seen)
		if err != nil {
			return nil, err
		}
		faces = append(faces, found...)
	}
	if c.noFC || len(c.runes) == 0 {
		return faces, nil
	}
	missing := uncovered(c.runes, faces)
	if len(missing) == 0 {
		return faces, nil
	}
	prog := c.fcMatch
	if prog == "" {
		p, err := exec.LookPath("fc-match")
		if err != nil {
			return faces, nil // no fontconfig: nothing more to try
		}
		prog = p
	}
	specs, err := fcMatch(prog, missing)
	if err != nil {
		return nil, err
	}
	for _, spec := range specs {
		if len(missing) == 0 {
			break
		}
		if seen[spec] {
			continue
		}
		seen[spec] = true
		f, err := Load(spec)
		if err != nil {
			continue // CFF or unreadable: fpdf could not use it anyway
		}
		if rest := uncovered(missing, []*Face{f}); len(rest) < len(missing) {
			faces = append(faces, f)
			missing = rest
		}
	}
	return faces, nil
}

// dirFaces loads the TrueType faces of the font files directly in dir.
func dirFaces(dir string, seen map[string]bool) ([]*Face, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("fonts: PAIBAN_FONT_PATH: %w", err)
	}
	var out []*Face
	for _, e := range ents { // ReadDir sorts by name
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || (ext != ".ttf" && ext != ".ttc" && ext != ".otf") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		n := 1
		if ext == ".ttc" {
			n = collectionSize(path)
		}
		for i := 0; i < n; i++ {
			spec := path
			if ext == ".ttc" {
				spec = path + "#" + strconv.Itoa(i)
			}
			if seen[spec] {
				continue
			}
			seen[spec] = true
			if f, err := Load(spec); err == nil {
				out = append(out, f)
			}
		}
	}
	return out, nil
}

// collectionSize reads a .ttc header's face count (0 if unreadable).
func collectionSize(path string) int {
	fh, _, err := openRegular(path)
	if err != nil {
		return 0
	}
	defer fh.Close()
	var h [12]byte
	if _, err := fh.Read(h[:]); err != nil || string(h[:4]) != "ttcf" {
		return 0
	}
	return int(u32(h[:], 8))
}

// uncovered returns the runes of rs that no face has.
func uncovered(rs []rune, faces []*Face) []rune {
	s := Set{Faces: faces}
	var out []rune
	for _, r := range rs {
		if _, ok := s.FaceFor(r); !ok {
			out = append(out, r)
		}
	}
	return out
}

// maxFCRunes bounds the charset passed to one fc-match run.
const maxFCRunes = 256

// fcMatch asks fontconfig for fonts covering rs, best first, as Load specs.
func fcMatch(prog string, rs []rune) ([]string, error) {
	var cs strings.Builder
	n := 0
	for _, r := range rs {
		if r > 0xFFFF || n == maxFCRunes {
			continue // only BMP runes can be used from a face anyway
		}
		if n > 0 {
			cs.WriteByte(' ')
		}
		cs.WriteString(strconv.FormatInt(int64(r), 16))
		n++
	}
	if n == 0 {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), fcTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, "-s", "--format=%{file}\t%{index}\n", ":charset="+cs.String())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("fonts: fc-match: %w: %s", err, strings.TrimSpace(stderr.String()))
		}
		return nil, fmt.Errorf("fonts: fc-match: %w", err)
	}
	var specs []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		file, idx, ok := strings.Cut(sc.Text(), "\t")
		if !ok || file == "" {
			continue
		}
		spec := file
		if strings.HasSuffix(strings.ToLower(file), ".ttc") {
			n, _ := strconv.Atoi(idx)
			spec = file + "#" + strconv.Itoa(n&0xFFFF) // high bits: a variable font's named instance

		}
		specs = append(specs, spec)
	}
	return specs, nil
}
