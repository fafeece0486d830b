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
// made, each block of a tier before the blocks right of it. Only a page of one strip gets it: the separator between two
// strips stands beside every tier of the strip on its right as well, and
// the strip on its left would be read from it first.

// readingStart adds, on a vertical page of one strip, the separator under
// the strip's heads on the baseline y reaching up into the page's top
// margin (the builder's left margin) and down into its bottom margin, the
// anchor at the margins' top-left corner beside its top and the foot at
// their bottom-left corner beside its foot. The anchor's box must end
// above the box poppler gives the tiers' first glyphs, an em above their
// cells; the separator runs from three body sizes above the text area to
// three below it (or to the paper's edges).
func (b *builder) readingStart(y float64) {
	from := max(0, b.left-3*b.cfg.bodySize)
	to := min(b.cfg.paperW, b.left+b.contentW+3*b.cfg.bodySize)
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

// headLinks adds, on a vertical page of one strip, an invisible line
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
