package main

import (
	"strings"
	"testing"
)

func TestClosest(t *testing.T) {
	formats := []string{"epub", "json", "newstext", "pdf", "txt"}
	for _, tc := range []struct {
		word string
		want string
	}{
		{"pfd", "pdf"}, {"PDF", "pdf"}, {"epbu", "epub"}, {"jsno", "json"}, {"newtext", "newstext"},
		{"docx", ""}, {"html", ""}, {"tx", ""},
	} {
		if got := closest(tc.word, formats); got != tc.want {
			t.Errorf("closest(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

// TestSuggestions checks that a mistyped command, format or flag is
// answered with the one meant, and that the error points to the help of
// the command in use.
func TestSuggestions(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"conver", "x.txt"}, []string{`unknown command "conver"; did you mean convert?`, "Run 'paiban --help'"}},
		{[]string{"convert", "--to", "pfd", "x.txt"}, []string{"did you mean pdf?", "Run 'paiban convert --help'"}},
		{[]string{"convert", "--to", "pdf,epbu", "x.txt"}, []string{"did you mean epub?"}},
		{[]string{"convert", "--from", "jsno", "x.txt"}, []string{"did you mean json?"}},
		{[]string{"help", "conver"}, []string{`help: unknown command "conver"; did you mean convert?`}},
		{[]string{"help", "fromats"}, []string{`did you mean formats?`}},
		{[]string{"convert", "--colums", "3", "x.txt"}, []string{"unknown flag --colums; did you mean --columns?", "Run 'paiban convert --help'"}},
	} {
		r := paiban(t, "", tc.args...)
		r.want(t, exitUsage)
		for _, w := range tc.want {
			if !strings.Contains(r.stderr, w) {
				t.Errorf("%v: stderr %q lacks %q", tc.args, r.stderr, w)
			}
		}
	}
}
