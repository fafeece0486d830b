package layout

import (
	"strings"
	"unicode"
)

// RunInTrailer returns last, a paragraph's last line, with trailer set at
// its end, as newspapers set the credit that closes an article after its
// last sentence when the line has room for it ((山田太郎), /이나래기자
// nr@…, （记者 王某）): the credit flush with the measure's end, the text
// where it was. trailer is the credit laid out alone on a line of the same
// measure, aligned to its end (AlignEnd), so its glyphs already stand where
// they go; it must be one line. The two must stand at least gap apart, so
// that the credit reads as apart from the sentence. RunInTrailer reports
// false, and returns last, when they do not fit so; the credit then takes a
// line of its own.
func RunInTrailer(last, trailer Line, gap float64) (Line, bool) {
	if len(last.Glyphs) == 0 || len(trailer.Glyphs) == 0 {
		return last, false
	}
	end := 0.0 // where last's ink ends: its last glyph's cell
	for i := len(last.Glyphs) - 1; i >= 0; i-- {
		if g := last.Glyphs[i]; !isBlankText(g.Text) {
			end = g.X + g.Advance
			break
		}
	}
	start := -1.0 // where the trailer's first glyph's cell starts
	for _, g := range trailer.Glyphs {
		if !isBlankText(g.Text) {
			start = g.X + g.Offset
			break
		}
	}
	if start < 0 || start-end < gap {
		return last, false
	}
	out := last
	out.Glyphs = make([]Glyph, 0, len(last.Glyphs)+len(trailer.Glyphs))
	out.Glyphs = append(append(out.Glyphs, last.Glyphs...), trailer.Glyphs...)
	out.Width = trailer.Width
	return out, true
}

// isBlankText reports a glyph that draws nothing: a space of any width
// (U+3000 included: unicode.IsSpace holds it).
func isBlankText(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}
