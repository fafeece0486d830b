package pdf

import (
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// role picks the face set: Song/Ming for reading text, Hei for display.
type role int

const (
	roleBody role = iota
	roleHeading
)

// blockStyle is how one kind of node is set in the column flow.
//
// Everything in a column is set at the body size on the body grid, one line
// per slot, with no empty slots: kinds differ by face, alignment, indent,
// colour and rules instead. That keeps a column one text block for
// extraction tools (poppler joins lines into a block only while their sizes
// are within 5% and their baselines within 1.5 sizes of each other), so a
// column is read top to bottom whatever its neighbours hold; a smaller
// caption or an empty slot above a heading would split it into blocks that
// poppler may order across the columns, or take for the cells of a table.
//
// Every kind but the dateline also starts away from the column's left edge
// (indented, centred or flush right), so that a short last line before it
// reads as the end of a block, not as a line that failed to fill the
// measure.
type blockStyle struct {
	role   role
	align  layout.Align
	indent float64 // first-line indent, em
	inset  float64 // space kept clear at both ends of every line, em
	keep   bool    // keep with the next block
	ruled  bool    // rules above and below (editor's note)
	band   bool    // a tinted band behind each line (section heading)
	gray   bool
	scale  float64 // type size as a multiple of the body size (0: the body size)
	maxGap float64 // layout.Options.MaxGap: the widest justification space, em (0: no limit)
}

// typeSize is the style's type size for the body size body.
func (st blockStyle) typeSize(body float64) float64 {
	if st.scale > 0 {
		return st.scale * body
	}
	return body
}

// flowStyle returns the style of a node kind in the column flow.
func flowStyle(k doc.Kind) blockStyle {
	switch k {
	case doc.KindHeading:
		// Inset as far as a paragraph's indent: where the heading has no
		// space above it (see tightenHeads), the short last line before
		// it then reads as a paragraph's end, not as an unfilled line.
		return blockStyle{role: roleHeading, align: layout.AlignCenter, inset: 2, keep: true, band: true}
	case doc.KindHeadline, doc.KindKicker, doc.KindSubheadline:
		return blockStyle{role: roleHeading, align: layout.AlignCenter, inset: 1, keep: true, band: true}
	case doc.KindDateline:
		// Flush left, the one kind that is: the text after it (indented,
		// or a byline set flush right) then starts clear of the edge
		// however short the article's lines are.
		return blockStyle{role: roleHeading, align: layout.AlignJustify, keep: true}
	case doc.KindByline:
		return blockStyle{role: roleHeading, align: layout.AlignEnd, indent: 2}
	case doc.KindCaption:
		return blockStyle{role: roleBody, align: layout.AlignJustify, indent: 2, gray: true}
	case doc.KindNote:
		return blockStyle{role: roleBody, align: layout.AlignJustify, indent: 2, ruled: true}
	case doc.KindJump:
		return blockStyle{role: roleBody, align: layout.AlignEnd, indent: 2}
	case doc.KindVerse:
		// A stanza: each line where the poet broke it, flush left, not
		// justified; a line too long for the column wraps under itself
		// (verseHang). Its lines read as reaching the column's end and
		// the stanza has a grid line of space above it (bodyItems.next).
		return blockStyle{role: roleBody, align: layout.AlignStart}
	case doc.KindNoise:
		// A copyright or source note after the text (noise.go), in
		// small type, justified: its lines make a block of their own
		// (see bodyItems.next), whose full lines read as the column's.
		// A line with too few places to stretch (a web page's stamp of
		// figures wrapped in a narrow column) is set flush start rather
		// than spread more than half an em at each, beside its word
		// spaces: its figures would stand apart as separate items.
		return blockStyle{role: roleBody, align: layout.AlignJustify, indent: 2, gray: true, scale: noiseScale, maxGap: 0.5}
	}
	return blockStyle{role: roleBody, align: layout.AlignJustify, indent: 2}
}

// isHead reports whether a node kind belongs to an article's head, set
// across all columns when it comes before the body.
func isHead(k doc.Kind) bool {
	return k == doc.KindKicker || k == doc.KindHeadline || k == doc.KindSubheadline
}

// pdfLang maps the tree's language tag to the catalog's /Lang.
func pdfLang(tag string) string {
	switch layout.LangOf(tag) {
	case layout.LangZhHans:
		return "zh-CN"
	case layout.LangZhHant:
		return "zh-TW"
	case layout.LangJa:
		return "ja"
	case layout.LangKo:
		return "ko"
	}
	return tag
}
