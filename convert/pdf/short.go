package pdf

import (
	"math"

	"github.com/paiban/paiban/convert/doc"
)

// minColumnRows is the fewest lines a column of a short article holds in
// the flow layout: an article too short to give every column of the page
// this many lines is set across fewer columns, its head over them, as
// papers set a short item (a brief is not spread across the page in
// stubs of two or three lines, and its columns stay deep enough for a
// reader's eye, and for text extraction, to find their edges).
const minColumnRows = 5

// shortArticle decides how many of the page's columns an article's body
// takes in the flow layout. A long article takes every column (cols ==
// len(b.xs), and head and need are left for the caller). A short one, its
// whole body made into q's items, takes as many columns as give each
// about minColumnRows lines, when it fits whole in the space left on the
// page (or on a fresh page) so set; head is then set across those columns
// and need is the height of the whole article (without a rule above it),
// so that it is never split between pages.
func (b *builder) shortArticle(q *itemQueue, headNodes []*doc.Node, headBlock int, noise []*doc.Node) (cols int, head headSet, need float64) {
	n := len(b.xs)
	if n == 1 || b.cfg.vertical {
		return n, headSet{}, 0
	}
	q.fill(n * minColumnRows)
	if !q.done {
		return n, headSet{}, 0
	}
	total := 0.0
	for _, it := range q.items {
		total += it.h
	}
	k := max(1, int(total/b.pitch+eps)/minColumnRows)
	if k >= n {
		return n, headSet{}, 0
	}
	bodyH, ok := balance(q.items, 0, k, math.Floor((b.bottom-b.top)/b.pitch+eps)*b.pitch, b.pitch)
	if !ok {
		return n, headSet{}, 0
	}
	head = b.headAt(headNodes, b.blockWidth(k), headBlock)
	need = head.h + b.inlineFolioHeight(noise) + bodyH
	if b.top+need > b.bottom+eps {
		return n, headSet{}, 0 // not whole even on a fresh page
	}
	return k, head, need
}

// flowStrip is a row of short articles side by side in the flow layout:
// from top, the columns before col taken, down to bottom (the deepest
// article's foot so far), on page number page.
type flowStrip struct {
	on          bool
	top, bottom float64
	col         int
	page        int
	headH       float64 // the first article's head: the others' columns start under it too
	sep         bool    // the separator under the heads is set
	rules       []int   // the page's rules between the strip's articles
}

// beside sets a short article (its body q, head and need as
// shortArticle made them, cols columns wide) beside the articles of the
// current strip, when the page has columns left beside them and the
// article fits there whole, and reports whether it did. The strip grows
// down to its deepest article, a light rule between the articles, as a
// paper sets briefs side by side under one rule rather than each alone
// across the page.
func (b *builder) beside(q *itemQueue, head headSet, need float64, cols int, noise []*doc.Node, title string) bool {
	s := &b.strip
	if !s.on || s.page != b.npages || s.col+cols > len(b.xs) || len(noise) > 0 || head.h > s.headH+eps {
		return false
	}
	// Its head sits at the foot of the first head's space, so that the
	// strip's columns start on one line: heads side by side then share
	// their lines' heights, and text extraction reads each article's
	// columns in turn rather than across the strip.
	drop := s.headH - head.h
	if s.top+drop+need > b.bottom+eps {
		return false
	}
	if !s.sep {
		// Between the heads and the columns: else poppler takes the
		// heads and the first columns under them for a table's cells.
		b.separatorAt(s.top + s.headH - 1.5)
		s.sep = true
	}
	b.y = s.top + drop
	if title != "" {
		b.page.Marks = append(b.page.Marks, outlineMark{Title: title, Level: 0, Y: b.y})
	}
	x := b.xs[s.col] - b.gap/2
	s.rules = append(s.rules, len(b.page.Rules))
	b.page.Rules = append(b.page.Rules, ruleLine{X1: x, Y1: s.top, X2: x, Y2: s.top, Width: 0.6})
	b.placeHead(head, b.xs[s.col]-b.left)
	b.flow(q, b.xs[s.col:s.col+cols])
	s.col += cols
	s.bottom = max(s.bottom, b.y)
	for _, r := range s.rules {
		b.page.Rules[r].Y2 = s.bottom
	}
	b.y = s.bottom
	return true
}
