package newstext

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestScanRawMatchesTwoPass: the one-pass path must take exactly the
// valid UTF-8 inputs without a byte order mark or control bytes, and give
// what decoding and scanning give for them.
func TestScanRawMatchesTwoPass(t *testing.T) {
	cases := []struct {
		in   string
		fast bool
	}{
		{"# 标题\n正文。\n", true},
		{"plain ASCII\r\nCRLF\r\n", true},
		{"かな、カナ、한국어 — “quotes” \U0001F600\n", true},
		{"literal \uFFFD is text\n", true},
		{"\u2028line separator\n", true},
		{"\xEF\xBB\xBF# BOM\n", false},
		{"\xFF\xFE#\x00 \x00", false},
		{"NUL \x00 byte\n", false},
		{"bell \x07\n", false},
		{"C1 \u0085 is a break, \u0090 is binary\n", false},
		{"\xD6\xD0\xCE\xC4 GB18030\n", false},
		{"\xA4\xA4\xA4\xE5 Big5\n", false},
		{"overlong \xE0\x80\xAF\n", false},
		{"surrogate \xED\xA0\x80\n", false},
		{"truncated \xE4\xB8", false},
		{"stray \x80 continuation\n", false},
		{"bad continuation \xE4\x41\x42\n", false},
	}
	for _, tc := range cases {
		checkScanRaw(t, []byte(tc.in), &tc.fast)
	}
	// Random mixes of valid and invalid pieces.
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"中", "文", "。", "a", " ", "\n", "\r", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xED\xA0\x80", "\xE0\x80\x80", "\xC3", "\xA9", "\xF0\x9F\x98\x80", "\xF4\x90\x80\x80", "\x00", "\t", "\uFFFD", "\u3000"}
	for range 5000 {
		var b []byte
		for range rng.IntN(12) + 1 {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		checkScanRaw(t, b, nil)
	}
}

// checkScanRaw compares scanRaw on data with decode and scan; wantFast,
// if given, is whether the one-pass path must take it.
func checkScanRaw(t *testing.T, data []byte, wantFast *bool) {
	t.Helper()
	text, enc, st, ok := scanRaw(data, "", false)
	if wantFast != nil && ok != *wantFast {
		t.Errorf("%q: one-pass path taken %v, want %v", data, ok, *wantFast)
	}
	if !ok {
		return
	}
	if !utf8.Valid(data) {
		t.Errorf("%q: invalid UTF-8 taken by the one-pass path", data)
	}
	text2, enc2, err := decode(data, "", false)
	if err != nil {
		t.Errorf("%q: one-pass ok, decode fails: %v", data, err)
		return
	}
	st2, err := scan(text2)
	if err != nil {
		t.Errorf("%q: one-pass ok, scan fails: %v", data, err)
		return
	}
	if text != text2 || enc != enc2 || st != st2 {
		t.Errorf("%q: one-pass (%q, %v) differs from two-pass (%q, %v)", data, enc, st, enc2, st2)
	}
}
