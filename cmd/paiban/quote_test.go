package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMessagesQuoteHostileNames: file names with a newline, an escape
// sequence or bytes that are not UTF-8, and diagnostics of a JSON tree with
// control characters, never reach stderr raw: each message stays one line
// and no escape sequence reaches the terminal.
func TestMessagesQuoteHostileNames(t *testing.T) {
	d := t.TempDir()
	in := filepath.Join(d, "in")
	folio := "2024年9月3日 星期二 第3版\n\n" + page
	write(t, filepath.Join(in, "a\nb.txt"), folio)                  // a warning
	write(t, filepath.Join(in, "\x1b[2Jclear.txt"), "bin\x00ary\n") // an error
	write(t, filepath.Join(in, "bad\xff.txt"), folio)
	write(t, filepath.Join(in, "tree.json"), `{"type":"document","version":1,"source":{"name":"x\u001b]0;owned\u0007.txt"},"diagnostics":[{"line":2,"severity":"warning","message":"one\nfake.txt:1: error: \u001b[31mtwo"}]}`)
	r := paiban(t, "", "convert", "-r", "-v", "--to", "txt", "--out-dir", filepath.Join(d, "out"), in)
	r.want(t, 1)
	if strings.ContainsRune(r.stderr, 0x1b) || !utf8.ValidString(r.stderr) {
		t.Errorf("stderr holds an escape or invalid UTF-8:\n%q", r.stderr)
	}
	for _, want := range []string{
		`"` + in + `/a\nb.txt":1: warning: page folio`,
		`paiban: "` + in + `/\x1b[2Jclear.txt": `,
		`"` + in + `/bad\xff.txt":1: warning: page folio`,
		`tree.json:2: warning: one\nfake.txt:1: error: \x1b[31mtwo`,
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %s:\n%s", want, r.stderr)
		}
	}
	for _, line := range strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n") {
		summary := strings.HasPrefix(line, "  ") && strings.Contains(line, " × ") // the warnings' summary
		if !strings.HasPrefix(line, "paiban: ") && !strings.HasPrefix(line, `"`+in) && !strings.HasPrefix(line, in) && !summary {
			t.Errorf("a message was split: line %q", line)
		}
	}
	// A usage error naming the argument.
	if err := os.Mkdir(filepath.Join(d, "dir\x1b"), 0o755); err != nil {
		t.Fatal(err)
	}
	r = paiban(t, "", "convert", filepath.Join(d, "dir\x1b"))
	r.want(t, 2)
	if !strings.Contains(r.stderr, `dir\x1b" is a directory`) {
		t.Errorf("usage error: %q", r.stderr)
	}
}

func TestQuoteName(t *testing.T) {
	for in, want := range map[string]string{
		"p.txt": "p.txt", "报纸/第1版.txt": "报纸/第1版.txt", "a b.txt": "a b.txt",
		"a\nb": `"a\nb"`, "\x1b[31m": `"\x1b[31m"`, "\xff": `"\xff"`, "a\u2028b": `"a\u2028b"`, "\u202eevil": `"\u202eevil"`, "tab\t": `"tab\t"`,
	} {
		if got := quoteName(in); got != want {
			t.Errorf("quoteName(%q) = %s, want %s", in, got, want)
		}
	}
	if got := escapeText("行\n\x1b[0m\xff\u0085ok"); got != `行\n\x1b[0m\xff\u0085ok` {
		t.Errorf("escapeText: %s", got)
	}
}
