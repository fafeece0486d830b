package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestBashCompletion runs the bash script in a bash without the
// bash-completion package (a non-interactive shell loads none), paiban
// being this test binary: flags, the values of --paper, --lang and
// --encoding, and the item after a comma in --to are completed.
func TestBashCompletion(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "paiban"), "#!/bin/sh\nPAIBAN_TEST_AS_MAIN=1 exec '"+exe+"' \"$@\"\n")
	if err := os.Chmod(filepath.Join(dir, "paiban"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		line string // the words typed, the last being completed
		want string // candidates, one a line
	}{
		{"paiban convert --pap", "--paper"},
		{"paiban convert --paper A", "A4\nA3\nA5"},
		{"paiban convert --lang zh", "zh-Hans\nzh-Hant"},
		{"paiban convert --encoding G", "GB18030"},
		{"paiban convert --to pdf,e", "pdf,epub"},
		{"paiban convert --to j", "json"},
		{"paiban conv", "convert"},
	} {
		words := strings.Fields(tc.line)
		script := "source <(paiban completion bash)\n" +
			"COMP_WORDS=(" + strings.Join(words, " ") + "); COMP_CWORD=" + strconv.Itoa(len(words)-1) + "\n" +
			"_paiban_complete; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
		cmd := exec.Command(bash, "--norc", "--noprofile", "-c", script)
		cmd.Env = append(os.Environ(), "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", tc.line, err, out)
		}
		if got := strings.TrimSpace(string(out)); got != tc.want {
			t.Errorf("%s⇥: got\n%s\nwant\n%s", tc.line, got, tc.want)
		}
	}
}
