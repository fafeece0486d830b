package pdf

import "github.com/paiban/paiban/layout"

// pageLayout is one built page: every line and rule at its place, in points from
// the page's top-left corner. It is the page builder's output and the
// renderer's only input.
type pageLayout struct {
	Lines []placedLine
	Rules []ruleLine
	Boxes []fillBox
	Marks []outlineMark
	// Blocks are the article blocks of a newspaper page (none in the
	// flow layout): geometry for checks, not drawn.
	Blocks []articleBlock
	// joins are the bridges column.emit draws between lines (see
	// builder.joinBridge), put after every other line when the page is
	// finished: text read in drawing order (pdftotext -raw) then finds
	// their hyphens after the page's text, not inside a sentence that
	// runs on into the next tier.
	joins []placedLine
}

// placedLine is one laid-out line on a page. Glyph i is drawn with its left
// edge at X + Glyphs[i].X + Glyphs[i].Offset on the baseline Y.
type placedLine struct {
	X, Y  float64
	Size  float64
	Set   *faceSet
	Line  layout.Line
	Gray  bool
	Block int // index of the block (paragraph, heading …) the line belongs to
	// Artifact marks page furniture (running footer) that is not part of
	// the text: it is hidden from text extraction.
	Artifact bool
	// Reach, when positive, is the x from which text extraction is told
	// that the line starts, and ReachEnd, when positive, where it ends
	// (see renderer.reached). Like X they are relative to the column in
	// flow items and absolute on a page.
	Reach, ReachEnd float64
	// Vertical marks a line set top to bottom: X is then the centre of
	// its column and Y its top, and glyph i's cell starts at
	// Y + Glyphs[i].X + Glyphs[i].Offset (see vertical.go).
	Vertical bool
	// Bold is the number of glyphs from the line's start drawn with
	// BoldSet instead of Set: a run-in dateline and its credit, set in
	// bold before the paragraph they lead (measured with BoldSet too:
	// layout.Options.LeadBytes).
	Bold    int
	BoldSet *faceSet
	// Tail is the number of glyphs at the line's end drawn with BoldSet:
	// the byline closing an article, run into its last line
	// (bodyItems.runInTrailer).
	Tail int
	// Separator marks an invisible line between the strips of a newspaper
	// page that only orders text extraction (see renderer.separator): its
	// two glyphs mark its ends.
	Separator bool
	// Actual, when set, is the line's text as text extraction should read
	// it: a table row's fields with the spaces between them. Drawn glyph
	// by glyph, a row's gaps between fields (wider than poppler joins
	// into a line) made each field a line of its own, and a figure such
	// as -4.8% a line opening with a hyphen.
	Actual string
	// Row marks a table row (doc.Node.Row): its gaps are the table's
	// columns, not justification.
	Row bool
	// Fields marks a line of a table row set as text, its table too wide
	// for the column: its gaps part its fields (layout.Options.Fields),
	// the last line's too.
	Fields bool
}

// setAt returns the face set that draws glyph i.
func (l *placedLine) setAt(i int) *faceSet {
	if (i < l.Bold || i >= len(l.Line.Glyphs)-l.Tail) && l.BoldSet != nil {
		return l.BoldSet
	}
	return l.Set
}

// ruleLine is a straight line of the given width (points).
type ruleLine struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Gray           bool
}

// fillBox is a filled rectangle drawn under the text, such as the tinted band
// behind a section heading. Gray is the fill's lightness, 0 black to 1 white.
type fillBox struct {
	X, Y, W, H float64
	Gray       float64
}

// outlineMark is an outline (bookmark) entry: level 0 for an article, 1 for a section.
type outlineMark struct {
	Title string
	Level int
	Y     float64
}
