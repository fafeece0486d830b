package fonts

import (
	"bytes"
	"math"
	"testing"
)

// TestEmojiCovered: web copy's emoji, astral (👉 🔥) or in the BMP (❤ ✅
// ⚠, which the CJK faces lack), have outlines in both default faces, from
// the one shared emoji face: one em wide, their ink inside the ideographic
// em box, never text for fpdf (Has is false). The characters emoji
// sequences carry — the presentation selectors U+FE0F and U+FE0E and the
// zero width joiner — have blank outlines of no width, so a sequence is
// drawn whole and they are never reported missing; a skin-tone modifier is
// a swatch of its own.
func TestEmojiCovered(t *testing.T) {
	sets := map[string]*Face{"body": mustBody(t), "heading": mustHeading(t)}
	tests := []struct {
		r     rune
		blank bool
	}{
		{'👉', false}, {'❤', false}, {'✅', false}, {'🔥', false},
		{'⚠', false}, {'📌', false}, {'☀', false}, {'🏽', false},
		{'\uFE0F', true}, {'\uFE0E', true}, {'\u200D', true},
	}
	for _, tt := range tests {
		var paths []Path
		for name, f := range sets {
			if f.Has(tt.r) {
				t.Errorf("%s: Has(%U) = true; want it drawn as an outline, not text", name, tt.r)
			}
			if !f.HasOutline(tt.r) {
				t.Errorf("%s: HasOutline(%U) = false", name, tt.r)
				continue
			}
			p, ok := f.Outline(tt.r)
			if !ok {
				t.Errorf("%s: Outline(%U) failed", name, tt.r)
				continue
			}
			paths = append(paths, p)
			lo, hi, inked := p.Bounds()
			switch {
			case tt.blank && (inked || p.Advance != 0):
				t.Errorf("%s: %U has ink %v or advance %v; want a blank of no width", name, tt.r, inked, p.Advance)
			case tt.blank:
			case !inked || p.Advance != 1:
				t.Errorf("%s: %U: ink %v, advance %v; want ink, one em", name, tt.r, inked, p.Advance)
			case lo.X < -0.05 || hi.X > 1.05 || lo.Y < -0.12 || hi.Y > 0.88:
				t.Errorf("%s: %U's ink %v–%v is outside the em box", name, tt.r, lo, hi)
			}
		}
		if len(paths) == 2 && !samePath(paths[0], paths[1]) {
			t.Errorf("%U: body and heading draw it differently; want the one emoji face", tt.r)
		}
	}
	// Faces before the emoji face win: ★ is the serif face's own glyph.
	if f := sets["body"]; !f.Has('★') {
		t.Error("body: Has(★) = false")
	}
}

// TestEmojiInk: the emoji's square of ink, 😀's face, is mkfonts.py's
// EMOJI_INK (0.86 em) high, centred on the ideographic em box's centre
// 0.38 em above the baseline, like an ideograph's.
func TestEmojiInk(t *testing.T) {
	p, ok := mustBody(t).Outline('😀')
	if !ok {
		t.Fatal("no outline for 😀")
	}
	lo, hi, _ := p.Bounds()
	if h, c := hi.Y-lo.Y, (hi.Y+lo.Y)/2; math.Abs(h-0.86) > 0.01 || math.Abs(c-0.38) > 0.01 {
		t.Errorf("😀's ink is %.3f em high, centred %.3f em up; want 0.86 and 0.38", h, c)
	}
}

// TestEmojiFileSmall guards the emoji face's size (about 750 KB: every
// Noto Emoji character, no ligatures) and that it is outline-only, and
// that the licence names it.
func TestEmojiFileSmall(t *testing.T) {
	f, err := emoji()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(f.Data()); n == 0 || n >= 1<<20 {
		t.Errorf("emoji face: %d bytes, want 1 … %d", n, 1<<20-1)
	}
	if f.cmap.seg != 0 || f.Has('👉') || !f.HasOutline('👉') {
		t.Errorf("emoji face: format-4 cmap %v, Has(👉)=%v HasOutline(👉)=%v", f.cmap.seg != 0, f.Has('👉'), f.HasOutline('👉'))
	}
	if !bytes.Contains(License(), []byte("Noto Emoji")) {
		t.Error("LICENSE-OFL.txt does not name Noto Emoji")
	}
}

func samePath(a, b Path) bool {
	if a.Advance != b.Advance || len(a.Segments) != len(b.Segments) {
		return false
	}
	for i := range a.Segments {
		if a.Segments[i] != b.Segments[i] {
			return false
		}
	}
	return true
}
