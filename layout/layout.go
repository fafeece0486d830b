// Package layout breaks and justifies paragraphs of CJK and Latin text into
// lines, following W3C clreq (Chinese), jlreq (Japanese) and klreq (Korean).
//
// It knows nothing of PDF or terminals: a Measurer supplies advances in the
// writer's own units (font units for PDF, display columns for bulletins), and
// the result places every glyph at an x position a writer can draw as is.
// One line breaker serves every writer; no writer wraps lines on its own.
package layout

// Measurer gives the advance of each rune in the caller's units.
type Measurer interface {
	// Advance returns the advance width of r. Combining marks and other
	// zero-width runes return 0.
	Advance(r rune) float64
	// Em returns the size of one em in the same units: the font size for
	// PDF, 2 display columns for a terminal.
	Em() float64
}

// Lang selects the rule set.
type Lang string

// Languages with their own rules; anything else is treated as Latin text.
const (
	LangZhHans Lang = "zh-Hans"
	LangZhHant Lang = "zh-Hant"
	LangJa     Lang = "ja"
	LangKo     Lang = "ko"
	LangLatin  Lang = "en"
)

// Kinsoku is the strictness of line-start and line-end prohibitions.
type Kinsoku int

// Kinsoku levels, from clreq/jlreq. Strict is the default.
const (
	KinsokuStrict Kinsoku = iota
	KinsokuNormal
	KinsokuLoose
)

// Align is how a paragraph's lines sit in the measure.
type Align int

// Alignments. Justify stretches every line but the last to both edges.
const (
	AlignJustify Align = iota
	AlignStart
	AlignCenter
	AlignEnd
)

// Options controls one call to Break. The zero value is not useful: Width
// must be set; see DefaultOptions.
type Options struct {
	Width   float64 // the measure, in Measurer units
	Lang    Lang
	Indent  float64 // first-line indent in em (2 for body paragraphs)
	Kinsoku Kinsoku
	Align   Align
	// CompressPunct allows fullwidth punctuation to be set in half an em
	// (pairs such as 。” in 1.5em, an opening bracket at line start, and as
	// the first adjustment when fitting or filling a line). Off for
	// terminals, where a glyph cannot be narrower than its cell.
	CompressPunct bool
	// CJKLatinSpace is the space between Han/kana/Hangul and Latin letters
	// or digits, in em (0.25 by default); 0 disables it.
	CJKLatinSpace float64
	// Hanging lets a line-end 。，、 hang outside the measure.
	Hanging bool
	// Grid, if positive, makes every position and adjustment a multiple of
	// Grid (1 for terminal columns).
	Grid float64
}

// Line is one laid-out line.
type Line struct {
	Glyphs []Glyph
	// Width is the set width of the line, from the first glyph's X to the
	// end of the last glyph's Advance (equal to Options.Width minus any
	// indent for a justified line that is not a paragraph's last).
	Width float64
	// Start and End are byte offsets of the line's text in the paragraph.
	Start, End int
	// Last reports whether this is the paragraph's last line.
	Last bool
}

// Glyph is one rune (or cluster) placed on a line.
type Glyph struct {
	Text    string  // the rune(s) to draw
	X       float64 // left edge of the glyph's cell, from the start of the measure
	Advance float64 // width the glyph occupies after adjustment
	Natural float64 // the Measurer's advance, before adjustment
	// Offset is where to draw the glyph relative to X: negative when the
	// empty left half of an opening bracket is squeezed out.
	Offset float64
}
