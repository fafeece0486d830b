// Package pdf writes a document tree as newspaper pages: a headline spanning
// the columns, body text flowing down columns and across pages, every line
// set by package layout and every glyph placed at its computed position.
//
// The work is split in two. The page builder (build*.go, flow.go) turns the
// tree into positioned lines and rules — pure geometry, tested as such. The
// renderer (render.go) draws them with go-pdf/fpdf, one Text call per run of
// glyphs that share font and spacing, and never lets fpdf wrap text itself.
package pdf
