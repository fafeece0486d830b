package layout

import (
	"strings"
	"testing"
)

// TestLeadingJamoRunBreaks: a run of Hangul leading jamo is one grapheme
// cluster but shows as many characters; it must be measured and broken
// one jamo at a time, so no line is wider than the measure.
func TestLeadingJamoRunBreaks(t *testing.T) {
	text := "한국어 " + strings.Repeat("\u1100", 40) + "\u1161 끝."
	for _, lang := range []Lang{LangKo, LangZhHans} {
		lines := Break(text, Columns{}, Options{Width: 20, Lang: lang, Align: AlignJustify, Grid: 1})
		if len(lines) < 4 {
			t.Errorf("%v: %d lines, want the run spread over several", lang, len(lines))
		}
		for i, l := range lines {
			if l.Width > 20 {
				t.Errorf("%v: line %d is %v columns wide", lang, i, l.Width)
			}
		}
	}
	// A well-formed syllable of conjoining jamo stays whole.
	lines := Break(strings.Repeat("\u1112\u1161\u11ab", 30), Columns{}, Options{Width: 20, Lang: LangKo, Grid: 1})
	for _, l := range lines {
		for _, g := range l.Glyphs {
			if g.Text != "\u1112\u1161\u11ab" {
				t.Fatalf("syllable split: %q", g.Text)
			}
		}
	}
}
