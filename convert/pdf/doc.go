// Package pdf writes a document tree as newspaper pages: a headline spanning
// the columns, body text flowing down columns and across pages, every line
// set by package layout and every glyph placed at its computed position.
//
// The work is split in two. The page builder (build.go, flow.go, folio.go)
// turns the tree into positioned lines, rules and bands — pure geometry,
// tested as such. The renderer (render.go) draws them with go-pdf/fpdf, one
// Text call per run of glyphs that share font and spacing, and never lets
// fpdf wrap text itself.
//
// Pages must also read right when their text is extracted (pdftotext and
// the like group lines into blocks and order the blocks by their boxes), so
// the geometry keeps every column one block: everything in a column is set
// at the body size on the body grid with no empty slots (style.go), the
// column's first line, a heading and an article's head are given
// extraction boxes across their column, band or measure (renderer.reached),
// and all faces share one ascent and descent (metrics.go).
package pdf
