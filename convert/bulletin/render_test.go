package bulletin

import (
	"testing"
	"unicode"
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
