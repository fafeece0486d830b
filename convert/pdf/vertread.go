package pdf

// Reading order of a vertical newspaper page in text extraction.
//
// Poppler (pdftotext) groups a vertical page's glyphs into blocks, then
// sorts the blocks with Breuel's rules turned for rotated text: a block
// comes before another that it overlaps down the page if it stands to
// its right (rule 1), and before any block whose foot is below its top
// unless a third block stands between the two, overlapping both down the
// page (rule 2; poppler compares the one's top with the other's foot, so
// of two blocks side by side each comes before the other by one rule or
// the other). It sorts by a depth-first search that visits the blocks in
// the order it made them, the leftmost first (the topmost of those
// within 16pt), and puts a block out once all blocks before it are out.
//
// The invisible separator under a strip's heads runs down the whole page
// between the heads and the tiers (placeStrip): it keeps each tier from
// counting as before the heads it overlaps. But the tiers' first columns
// all stand beside it, so each tier counts as before it, and it as
// before each tier. The search starts from the leftmost block, in the
// first tier, which needs the separator out first; the separator needs
// every tier beside it out first, and all of them but the first came
// out ahead of it: the first tier was read last on most pages.
//
// readingStart makes the search start from the separator instead: it
// reaches up into the top margin, and an invisible anchor stands at the
// page's top-left corner, left of everything (so poppler makes it first)
// and above every tier (so no tier counts as before it), beside the
// separator's top (so the separator does). The separator is then put out
// after the tiers beside it, which the search visits in the order made,
// the top tier first, each after its heads: heads, then the tiers top to
// bottom.
//
// A tier of two blocks side by side (a note in small type beside the
// text's last lines) is read in order only when the search enters it
// from the left block: each comes before the other (the right one by
// rule 1, the left one by rule 2), and the first entered is put out last.
// From the separator, the search entered it from the right block, the
// left one standing behind it. So the separator also reaches below the
// text, where a foot mark stands at the margins' bottom-left corner,
// drawn after the anchor: poppler makes it second, and the separator
// finds it before any tier; below everything, every block comes before
// it by rule 2 with nothing between, so it visits them all in the order
// made, each block of a tier before the blocks right of it.
//
// A page of several strips (placed right to left) is read the same way,
// strip by strip from the right. Each strip's separator under its heads
// reaches into both margins; its last strip (the leftmost) gets the
// anchor and the foot in the page's left margin, as a page of one strip
// does; every other strip gets a mark of its own at the top (stripGate),
// in the gap row left of it, right of the separator between it and the
// strip on its left, which reaches into both margins too. The search
// enters the page at the anchor and reads the last strip from its
// separator; the strip's blocks have the separator right of the strip
// before them (rule 1), and that separator the mark right of it (rule 2:
// the mark stands above and right of it, which nothing between can undo),
// made before any of the next strip's blocks and leading to that strip's
// separator under the heads as the anchor does. So each strip is entered
// from its mark, with the separator on its left, the only block through
// which the strips on the left come before its tiers (rule 2), already on
// the search's path: the strips on the right are put out first, each
// tier by tier. (A strip's heads side by side with that separator come
// before each other and it in a ring: the heads of a strip of several
// blocks are put out together, the first block's last.) The separator
// between two strips reaches higher than the mark beside it, so that
// poppler, which starts a block from the topmost word of the lines within
// 16pt of the leftmost, makes the separator first. Before, the search
// entered each strip from its first tier, which came out after the rest
// of the strip. A tier of two blocks side by side in a strip that is not
// the page's last is still entered from the separator under the heads,
// not from a foot: a foot in the gap row would be made after the strip's
// tiers, whose lines stand within 16pt of it.

// readingStart adds, for the last strip of a vertical page (its only one,
// or its leftmost), the separator under the strip's heads on the baseline y reaching up into the page's top
// margin (the builder's left margin) and down into its bottom margin, the
// anchor at the margins' top-left corner beside its top and the foot at
// their bottom-left corner beside its foot. The anchor's box must end
// above the box poppler gives the tiers' first glyphs, an em above their
// cells; the separator runs from three body sizes above the text area to
// three below it (or to the paper's edges).
func (b *builder) readingStart(y float64) {
	from, to := b.reach()
	b.separatorSpan(from, y, to-from, '一')
	// The anchor: two glyphs side by side, in the middle of the page's
	// left margin (the builder's bottom margin). Hyphens, not the
	// separators' 一: a tool that reads the invisible glyphs too (MuPDF)
	// would count two more ideographs standing in no vertical line.
	w := measurer{set: b.sets[roleBody], size: sepSize * b.cfg.bodySize}.Advance('-')
	mid := (b.bottom + b.cfg.paperH) / 2
	b.separatorSpan(from, mid, 2*w, '-')
	// The foot: the same below the text, beside the separator's foot,
	// drawn after the anchor (poppler makes the first-drawn of two
	// glyphs on one line first).
	b.separatorSpan(to-2*w, mid, 2*w, '-')
}

// headLinks adds, for a strip of a vertical page, an invisible line
// beside the separator under the heads (right of it, on the page) over
// the tiers of each block with a head: a link from the block's tiers to
// its head. Entered from the separator, the search visits the first tier
// before the heads (it comes first in the order made, and the separator
// stands between it and them); with nothing between the tier and its
// head, the tier reaches the head only by overlapping it down the page
// (rule 1), and a short head centred below the first tier's foot was
// read after the first tier (ko-khan, my-sinchew). The link overlaps the
// block's tiers and its head down the page and stands between them, so
// the tier comes after it and it after the head by rule 1, whatever the
// head's height. It reaches no other block's head: each block its own.
// Half a body size right of the separator, further than poppler joins
// the two into one block (1.5 of their size). Hyphens, as the anchor's:
// MuPDF reads invisible glyphs too, and would count two ideographs
// standing in no vertical line.
func (b *builder) headLinks(p strip, sy float64, lead bool) {
	col := 0
	for i, st := range p.stories {
		w := p.widths[i]
		if _, hr := b.blockHead(st, w, lead && i == 0); hr > 0 {
			b.separatorSpan(b.xs[col], sy-0.5*b.cfg.bodySize, b.blockWidth(w), '-')
		}
		col += w
	}
}

// reach returns where the separators of the reading marks run, in the
// builder's x (the page's y): from three body sizes above the text area
// (or the paper's edge) to three below it.
func (b *builder) reach() (from, to float64) {
	return max(0, b.left-3*b.cfg.bodySize), min(b.cfg.paperW, b.left+b.contentW+3*b.cfg.bodySize)
}

// stripGate adds, in the gap row from the builder y between two strips of
// a vertical page, the separator between them reaching into both margins,
// and the mark of the strip above it (on the page, right of it): a short
// separator at the top, three tenths of a body size lower than the
// separator's top, in the row's half towards that strip, more than 1.5 of
// its size from the separator (which poppler would join it to) and from
// the strip's last line.
func (b *builder) stripGate(y float64) {
	from, to := b.reach()
	size := sepSize * b.cfg.bodySize
	b.separatorSpan(from, y+0.5*b.pitch+0.38*size, to-from, '一')
	w := measurer{set: b.sets[roleBody], size: size}.Advance('-')
	axis := y + 0.5*b.pitch - 0.55*b.cfg.bodySize
	b.separatorSpan(from+0.3*b.cfg.bodySize, axis+0.38*size, 2*w, '-')
}

// stripStart adds the separator under the heads of a strip of a vertical
// page that is not the page's last, on the baseline y, reaching into both
// margins beside the strip's mark (stripGate).
func (b *builder) stripStart(y float64) {
	from, to := b.reach()
	b.separatorSpan(from, y, to-from, '一')
}
