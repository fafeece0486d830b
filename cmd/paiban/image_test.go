package main

import (
	"bufio"
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testtool"
)

// dockerfile is the instructions of a Dockerfile, one per entry, with
// continuation lines joined and comments dropped.
func dockerfile(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testtool.RepoRoot(), name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var cur strings.Builder
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if s, ok := strings.CutSuffix(line, `\`); ok {
			cur.WriteString(s + " ")
			continue
		}
		cur.WriteString(line)
		out = append(out, cur.String())
		cur.Reset()
	}
	return out
}

// finalStage is the instructions after the last FROM.
func finalStage(ins []string) []string {
	for i := len(ins) - 1; i >= 0; i-- {
		if strings.HasPrefix(ins[i], "FROM ") {
			return ins[i:]
		}
	}
	return nil
}

// dockerIgnored reports whether .dockerignore's patterns exclude p (a
// slash path in the build context): the last pattern matching p or one of
// its parent directories decides, "!" re-includes, as docker reads them.
func dockerIgnored(patterns []string, p string) bool {
	ignored := false
	for _, pat := range patterns {
		neg := strings.HasPrefix(pat, "!")
		pat = path.Clean(strings.TrimPrefix(pat, "!"))
		for q := p; q != "." && q != "/"; q = path.Dir(q) {
			if ok, _ := path.Match(pat, q); ok {
				ignored = !neg
				break
			}
		}
	}
	return ignored
}

// TestImage checks the container image's recipe without a container
// engine (CI has none): the Dockerfile copies what `make image` stages
// (scripts/image.sh stage) and the build context keeps it; the staged
// binary, built by `make build`, is static, as an empty base image needs;
// /tmp is world-writable for the EPUB writer; the fonts' licence and one
// for every module in the binary are there; the image runs as a non-root
// user; Dockerfile.golang ends in the same image. Building and running the
// image itself is `make image image-check` (README).
func TestImage(t *testing.T) {
	root := testtool.RepoRoot()
	ins := dockerfile(t, "Dockerfile")
	if len(ins) == 0 || ins[0] != "FROM scratch" {
		t.Fatalf("Dockerfile does not start FROM scratch: %q", ins)
	}
	script, err := os.ReadFile(filepath.Join(root, "scripts", "image.sh"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^imageroot=(\S+)`).FindSubmatch(script)
	if m == nil {
		t.Fatal("scripts/image.sh names no imageroot")
	}
	if want := "COPY " + string(m[1]) + "/ /"; ins[1] != want {
		t.Errorf("Dockerfile copies %q, image.sh stages %q", ins[1], want)
	}
	var entry string
	for _, in := range ins {
		if u, ok := strings.CutPrefix(in, "USER "); ok && !regexp.MustCompile(`^[1-9]\d*(:[1-9]\d*)?$`).MatchString(u) {
			t.Errorf("USER %s: want a non-root user number (no passwd in the image)", u)
		}
		if e, ok := strings.CutPrefix(in, "ENTRYPOINT "); ok {
			entry = strings.Trim(e, `[]"`)
		}
	}
	if entry == "" {
		t.Fatal("Dockerfile has no ENTRYPOINT")
	}
	golang := finalStage(dockerfile(t, "Dockerfile.golang"))
	final := finalStage(ins)
	if len(golang) != len(final) {
		t.Errorf("Dockerfile.golang's image differs:\n%q\n%q", golang, final)
	} else {
		for i := range final {
			if !strings.HasPrefix(final[i], "COPY ") && golang[i] != final[i] {
				t.Errorf("Dockerfile.golang has %q where Dockerfile has %q", golang[i], final[i])
			}
		}
	}
	ignore, err := os.ReadFile(filepath.Join(root, ".dockerignore"))
	if err != nil {
		t.Fatal(err)
	}
	pats := strings.Fields(string(ignore))
	if p := path.Join(string(m[1]), entry); dockerIgnored(pats, p) {
		t.Errorf(".dockerignore leaves %s out of the build context", p)
	}
	if !dockerIgnored(pats, ".git/config") || !dockerIgnored(pats, "bin/paiban") {
		t.Errorf(".dockerignore sends .git or bin/paiban to the build (%q)", pats)
	}

	if testing.Short() {
		t.Skip("builds paiban")
	}
	testtool.Need(t, "make")
	testtool.Need(t, "bash")
	dir := t.TempDir()
	bin := filepath.Join(dir, "paiban")
	for _, c := range [][]string{
		{"make", "-s", "-C", root, "build", "BIN=" + bin},
		{filepath.Join(root, "scripts", "image.sh"), "stage", bin, filepath.Join(dir, "root")},
	} {
		if out, err := exec.Command(c[0], c[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(c, " "), err, out)
		}
	}
	staged := filepath.Join(dir, "root")
	f, err := elf.Open(filepath.Join(staged, entry))
	if err != nil {
		t.Fatalf("the ENTRYPOINT %s: %v", entry, err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Errorf("%s asks for a dynamic loader: the empty image has none", entry)
		}
	}
	if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
		t.Errorf("%s needs %v", entry, libs)
	}
	if st, err := os.Stat(filepath.Join(staged, "tmp")); err != nil || st.Mode()&(os.ModeDir|os.ModeSticky|0o777) != os.ModeDir|os.ModeSticky|0o777 {
		t.Errorf("/tmp is not a world-writable sticky directory: %v %v", st, err)
	}
	lic := filepath.Join(staged, "usr", "share", "licenses", "paiban")
	ofl, _ := os.ReadFile(filepath.Join(root, "fonts", "data", "LICENSE-OFL.txt"))
	if got, err := os.ReadFile(filepath.Join(lic, "fonts-OFL.txt")); err != nil || len(ofl) == 0 || !bytes.Equal(got, ofl) {
		t.Errorf("the fonts' licence is not in the image: %v", err)
	}
	out, err := exec.Command("go", "version", "-m", bin).Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := 0
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[0] == "dep" {
			deps++
			if ls, _ := filepath.Glob(filepath.Join(lic, "modules", filepath.FromSlash(f[1]), "*")); len(ls) == 0 {
				t.Errorf("no licence for module %s in the image", f[1])
			}
		}
	}
	if deps == 0 {
		t.Errorf("go version -m lists no modules in %s", bin)
	}
}
