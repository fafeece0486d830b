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
	pieces := []string{"a", "中", "文", " ", "  ", "\u3000", "\n", "\r\n", "\t", "\xff", "\u200b", "\ufe0f", "\ufffd", "\U00020BB7", "\u061c", "。", "x y", "\u0301",
		"👉", "❤", "\u200d", "\ufe0e", "\U0001F3FD"}
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
	outlined := false
	for i, r := range text {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			space, outlined = true, false
			continue
		case r == zwj && outlined && set.outlinedAt(text[i+3:]) && set.drawingRune(zwj).outline >= 0:
		case r == utf8.RuneError || invisible(r):
			if r == utf8.RuneError {
				b.warnf(line, "invalid UTF-8 dropped")
			}
			continue
		case unicode.IsSpace(r):
			space, outlined = true, false
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		d := set.drawingRune(r)
		vs := unicode.Is(unicode.Variation_Selector, r)
		if d.stoodInRune(r) {
			if vs && (!outlined || d.outline < 0) {
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
		if r != zwj && !vs {
			outlined = d.outline >= 0
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// TestCleanEmojiSequences: with the default faces, the variation selector
// and the zero width joiner of an emoji sequence stay in the text, to be
// read back from the page; elsewhere they go, as before the emoji face.
// None is warned about.
func TestCleanEmojiSequences(t *testing.T) {
	cfg, err := New().config()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"寒流❤\uFE0F來", "寒流❤\uFE0F來"},             // emoji presentation
		{"樣式❤\uFE0E與", "樣式❤\uFE0E與"},             // text presentation
		{"中\uFE0F文", "中文"},                       // a selector on a character set as text
		{"👨\u200D👩\u200D👧家", "👨\u200D👩\u200D👧家"}, // a family: one emoji
		{"❤\uFE0F\u200D🔥", "❤\uFE0F\u200D🔥"},     // a joiner after a selector
		{"a\u200Db", "ab"},                       // no emoji either side
		{"👨\u200D中", "👨中"},                       // no emoji after
		{"👨 \u200D👩", "👨 👩"},                     // a space between
		{"\uFE0F👉加入", "👉加入"},                     // a selector on nothing
		{"1\uFE0F\u20E3", "1\u20E3"},             // a keycap on a digit set as text
		{"讚👍\U0001F3FD。", "讚👍\U0001F3FD。"},       // a skin tone: a swatch of its own
	}
	for _, tt := range tests {
		b, _ := prepare(cfg, &doc.Document{Lang: "zh-Hant"}, nil)
		for _, set := range b.sets {
			if got := b.clean(tt.in, 1, set); got != tt.want {
				t.Errorf("clean(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		}
		if len(b.warns) != 0 {
			t.Errorf("clean(%+q): warnings %v, want none", tt.in, b.warns)
		}
	}
}
