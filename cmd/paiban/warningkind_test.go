package main

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// warningKindRE is warningKind as it was first written, with regular
// expressions: the reference the hand-written scan must match.
func warningKindRE(msg string) string {
	if i := strings.Index(msg, ": "); i > 0 {
		msg = msg[:i]
	}
	msg = regexp.MustCompile(`"[^"]*"|“[^”]*”|「[^」]*」|U\+[0-9A-F]{4,6}`).ReplaceAllString(msg, "…")
	return regexp.MustCompile(`[0-9]+`).ReplaceAllString(msg, "N")
}

func TestWarningKind(t *testing.T) {
	tests := []struct{ in, want string }{
		{"paragraph continues from line 12 across a column or page break; joined", "paragraph continues from line N across a column or page break; joined"},
		{"page folio kept as noise: 第3版", "page folio kept as noise"},
		{`font has no glyph for "X" (U+4E00)`, "font has no glyph for … (…)"},
		{"“引号” and 「括号」 and U+1F600x and U+12", "… and … and …x and U+N"},
		{`unclosed "quote 12`, `unclosed "quote N`},
		{"3 stray spaces between CJK characters removed (OCR)", "N stray spaces between CJK characters removed (OCR)"},
	}
	for _, tt := range tests {
		if got := warningKind(tt.in); got != tt.want {
			t.Errorf("warningKind(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := warningKindRE(tt.in); got != tt.want {
			t.Errorf("reference(%q) = %q, want %q (the table is wrong)", tt.in, got, tt.want)
		}
	}
}

// TestWarningKindMatchesRegexp compares warningKind with the regular
// expressions it replaces on random messages made of the pieces that
// matter (quotes, digits, code points, invalid UTF-8).
func TestWarningKindMatchesRegexp(t *testing.T) {
	pieces := []string{`"`, "“", "”", "「", "」", "U+", "U", "+", "0", "12", "4E00", "ABCDEF", "AB", "a", " ", ": ", "字", "\xff", "\xe2\x80", "…"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rng.Intn(12); n >= 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		msg := b.String()
		if got, want := warningKind(msg), warningKindRE(msg); got != want {
			t.Fatalf("warningKind(%q) = %q, regexp gives %q", msg, got, want)
		}
	}
}
