package bulletin

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestPlain checks plain, with its shortcut for characters from U+3000 on,
// against its definition for every character.
func TestPlain(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		want := !(unicode.IsSpace(r) && r != '\u3000' || unicode.IsControl(r))
		if got := plain(string(r)); got != want {
			t.Errorf("plain(%U) = %v, want %v", r, got, want)
		}
	}
}

// hasControlRef is hasControl's definition: a C0 control or DEL byte, a C1
// control (C2 80–C2 9F) or invalid UTF-8.
func hasControlRef(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c == 0xc2 && i+1 < len(s) && s[i+1] < 0xa0 {
			return true
		}
	}
	return !utf8.ValidString(s)
}

// hasControlCases are texts at the edges of hasControl's one-pass decoding.
var hasControlCases = []string{
	"", "a", "中文", "中文\n", "\t中", "中\x7f", "\u0085", "中\u009f文", "\u00a0", "é", "\xc2", "中\xc2",
	"\xe4\xb8", "\xe4\xb8\xad", "\xe4\xb8\x41", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf",
	"\xef\xbf\xbd", "\xef\xbf", "\xf0\x9f\x98\x80", "\xf0\x9f\x98", "\xf4\x90\x80\x80", "\xff", "\x80", "中\xe4",
	"中\xe4\xb8", "\xee\x80\x80", "\xec\xbf\xbf", "\xe1\x80\x80中", "“中”…—",
}

// TestHasControl checks the one-pass hasControl against its definition.
func TestHasControl(t *testing.T) {
	for _, s := range hasControlCases {
		if got, want := hasControl(s), hasControlRef(s); got != want {
			t.Errorf("hasControl(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzHasControl(f *testing.F) {
	for _, s := range hasControlCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasControl(s), hasControlRef(s); got != want {
			t.Errorf("hasControl(%q) = %v, want %v", s, got, want)
		}
	})
}
