package fonts

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fontDir makes a PAIBAN_FONT_PATH directory: two TrueType files, a
// two-face collection, and files Fallbacks must skip.
func fontDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	body, heading := mustBody(t), mustHeading(t)
	writeFile(t, dir, "b.ttf", subsetOf(t, body, "甲"))
	writeFile(t, dir, "a.TTF", subsetOf(t, heading, "乙"))
	writeFile(t, dir, "c.ttc", makeTTC(subsetOf(t, body, "丙"), subsetOf(t, body, "丁")))
	writeFile(t, dir, "d.otf", append([]byte("OTTO"), make([]byte, 8)...)) // CFF: skipped
	writeFile(t, dir, "e.ttf", []byte("not a font"))                       // corrupt: skipped
	writeFile(t, dir, "readme.txt", []byte("甲乙丙丁"))
	if err := os.Mkdir(filepath.Join(dir, "sub.ttf"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// covered is what each face covers of 甲乙丙丁, in order.
func covered(faces []*Face) string {
	var out []string
	for _, f := range faces {
		var s []rune
		for _, r := range "甲乙丙丁" {
			if f.Has(r) {
				s = append(s, r)
			}
		}
		out = append(out, string(s))
	}
	return strings.Join(out, ",")
}

func TestFallbacksFontPath(t *testing.T) {
	dir := fontDir(t)
	t.Setenv("PAIBAN_FONT_PATH", "")
	tests := []struct {
		name string
		env  string
		opts []Option
		want string
	}{
		{"option", "", []Option{WithFontPath(dir), WithoutFontconfig()}, "乙,甲,丙,丁"},
		{"env", dir, []Option{WithoutFontconfig()}, "乙,甲,丙,丁"},
		{"env list, duplicate dir", dir + string(os.PathListSeparator) + dir, []Option{WithoutFontconfig()}, "乙,甲,丙,丁"},
		{"option replaces env", dir, []Option{WithFontPath(), WithoutFontconfig()}, ""},
		{"nothing", "", []Option{WithoutFontconfig()}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("PAIBAN_FONT_PATH", tc.env)
			faces, err := Fallbacks(tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			if got := covered(faces); got != tc.want {
				t.Errorf("faces cover %q, want %q", got, tc.want)
			}
		})
	}
	if _, err := Fallbacks(WithFontPath(filepath.Join(dir, "nope")), WithoutFontconfig()); err == nil {
		t.Error("a missing font directory is not reported")
	}
}

// fakeFCMatch writes a script standing in for fc-match that prints lines.
func fakeFCMatch(t *testing.T, lines ...string) string {
	t.Helper()
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	p := filepath.Join(t.TempDir(), "fc-match")
	script := "#!/bin/sh\n"
	if lines == nil {
		script += "echo fc-match should not run >&2; exit 3\n"
	}
	for _, l := range lines {
		script += "printf '%s\\n' '" + l + "'\n"
	}
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFallbacksFontconfig(t *testing.T) {
	dir := fontDir(t)
	ttc := filepath.Join(dir, "c.ttc")
	fc := fakeFCMatch(t,
		filepath.Join(dir, "d.otf")+"\t0", // CFF: skipped
		filepath.Join(dir, "b.ttf")+"\t0", // covers 甲
		filepath.Join(dir, "a.TTF")+"\t0", // covers nothing still missing: left out
		ttc+"\t65537",                     // variable-instance bits: face #1, covers 丁
		ttc+"\t0",                         // nothing left to find by then
	)
	faces, err := Fallbacks(WithFontPath(), WithFCMatch(fc), WithRunes('甲', '丁'))
	if err != nil {
		t.Fatal(err)
	}
	if got := covered(faces); got != "甲,丁" {
		t.Errorf("faces cover %q, want %q", got, "甲,丁")
	}

	// Runes the font path covers never reach fontconfig (the fake fails if run).
	never := fakeFCMatch(t)
	faces, err = Fallbacks(WithFontPath(dir), WithFCMatch(never), WithRunes('丙'))
	if err != nil || len(faces) != 4 {
		t.Errorf("covered runes: %d faces, err %v; want 4 faces and no fc-match run", len(faces), err)
	}
	// A failing fc-match is an error that says so.
	if _, err := Fallbacks(WithFontPath(), WithFCMatch(never), WithRunes('丙')); err == nil || !strings.Contains(err.Error(), "fc-match") {
		t.Errorf("failing fc-match: err = %v", err)
	}
}

// TestFallbacksRealFontconfig runs the machine's fc-match when it exists;
// which fonts it finds depends on the machine, so only sanity is checked.
func TestFallbacksRealFontconfig(t *testing.T) {
	if _, err := exec.LookPath("fc-match"); err != nil {
		t.Skip("no fc-match")
	}
	faces, err := Fallbacks(WithFontPath(), WithRunes('\u0E01', '龘'))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range faces {
		if !f.Has('\u0E01') && !f.Has('龘') {
			t.Errorf("%s covers none of the runes asked for", f.Name())
		}
	}
	t.Logf("fontconfig fallbacks: %v", faces)
}
