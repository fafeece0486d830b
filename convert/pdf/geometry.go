package pdf

import "github.com/paiban/paiban/layout"

// Page is one built page: every line and rule at its place, in points from
// the page's top-left corner. It is the page builder's output and the
// renderer's only input.
type Page struct {
	Lines []PlacedLine
	Rules []Rule
	Marks []Mark
}

// PlacedLine is one laid-out line on a page. Glyph i is drawn with its left
// edge at X + Glyphs[i].X + Glyphs[i].Offset on the baseline Y.
type PlacedLine struct {
	X, Y  float64
	Size  float64
	Set   *faceSet
	Line  layout.Line
	Gray  bool
	Block int // index of the block (paragraph, heading …) the line belongs to
	// Artifact marks page furniture (running footer) that is not part of
	// the text: it is hidden from text extraction.
	Artifact bool
}

// Rule is a straight line of the given width (points).
type Rule struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Gray           bool
}

// Mark is an outline (bookmark) entry: level 0 for an article, 1 for a section.
type Mark struct {
	Title string
	Level int
	Y     float64
}
