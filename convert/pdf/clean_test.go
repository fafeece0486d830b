package pdf

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
)

// TestCleanMatchesCopy: clean, which returns text needing no change as it
// is, gives what copying every kept rune gives (cleanCopy, the way it was
// written before), with the same warnings, on random text of spaces,
// breaks, controls, invalid bytes, variation selectors and characters no
// face has.
func TestCleanMatchesCopy(t *testing.T) {
	cfg, err := New().config()
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Lang: "zh-Hans"}
	pieces := []string{"a", "中", "文", " ", "  ", "\u3000", "\n", "\r\n", "\t", "\xff", "\u200b", "\ufe0f", "\ufffd", "\U00020BB7", "\u061c", "。", "x y", "\u0301"}
	rng := rand.New(rand.NewPCG(7, 16))
	texts := []string{"", " ", "中文", " 中文 ", "a b", "a  b", "a\u3000b", "a \ufe0f", "a \ufe0f\u3000b", "\ufe0f a"}
	for range 3000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	for _, text := range texts {
		b1, _ := prepare(cfg, d, nil)
		b2, _ := prepare(cfg, d, nil)
		for _, set := range b1.sets {
			got := b1.clean(text, 1, set)
			want := cleanCopy(b2, text, 1, b2.sets[0])
			if set == b1.sets[1] {
				want = cleanCopy(b2, text, 1, b2.sets[1])
			}
			if got != want {
				t.Fatalf("clean(%q) = %q, want %q", text, got, want)
			}
		}
		if len(b1.warns) != len(b2.warns) {
			t.Fatalf("clean(%q): warnings %v, want %v", text, b1.warns, b2.warns)
		}
		for i := range b1.warns {
			if b1.warns[i] != b2.warns[i] {
				t.Fatalf("clean(%q): warnings %v, want %v", text, b1.warns, b2.warns)
			}
		}
	}
}

// cleanCopy is clean as it was, copying every kept rune.
func cleanCopy(b *builder, text string, line int, set *faceSet) string {
	var sb strings.Builder
	space := false
	for _, r := range text {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			space = true
			continue
		case r == utf8.RuneError || invisible(r):
			if r == utf8.RuneError {
				b.warnf(line, "invalid UTF-8 dropped")
			}
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		if d := set.drawingRune(r); d.stoodInRune(r) {
			if unicode.Is(unicode.Variation_Selector, r) {
				continue
			}
			if d.outline < 0 {
				stand := d.text
				if stand == "" {
					stand = "an empty box"
				}
				b.warnf(line, "no font has %q (U+%04X); drawn as %s", r, r, stand)
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
