package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// A folio is the line newspapers carry at the head of a page: date, page,
// section, editor. The reader keeps such lines as noise nodes; the writer
// sets them (the noise that is page furniture, see noise.go) in a small gray line over a hairline in the top margin of the
// page where their article starts, outside the column flow, so that they
// are seen and extracted without ever interrupting the body text.

// folioSize is the folio's type size as a multiple of the body size.
const folioSize = 0.8

// folioGap is the space between the folio's fields, in folio ems. It stays
// under one em because poppler joins words on a line into one text block
// only while the gap between them is under the type size; a wider gap would
// split the folio into blocks that can be read out of order.
const folioGap = 0.8

// noiseOf returns the noise of an article that goes into its folio, in
// document order (see arrangeNoise).
func noiseOf(a *doc.Node) []*doc.Node {
	folio, _ := arrangeNoise(a)
	return folio
}

// folioLines sets noise texts as folio rows across the measure: every
// white-space-separated field is set on its own and the fields follow one
// another folioGap apart, a new row starting when the measure is full.
// Fields a row may not part (one ending in an opening bracket, or one
// starting with a mark that may not begin a line: "》（" before a date)
// move to the next row together, so that no row breaks the kinsoku rules.
// The lines' X is relative to the measure's left edge, Y is 0.
func (b *builder) folioLines(noise []*doc.Node) [][]placedLine {
	fs := folioSize * b.cfg.bodySize
	set := b.sets[roleBody]
	gap := folioGap * fs
	var groups [][]layout.Line // fields no row break may separate
	var last rune
	for _, n := range noise {
		text := b.clean(n.Text, n.Line, set)
		for _, field := range strings.Fields(text) {
			first, _ := utf8.DecodeRuneInString(field)
			join := len(groups) > 0 && (layout.NotEnd(last) || layout.NotStart(first, layout.KinsokuStrict))
			lines := b.setText(field, roleBody, fs, b.contentW, layout.AlignStart, 0)
			if join && len(lines) == 1 {
				groups[len(groups)-1] = append(groups[len(groups)-1], lines[0])
			} else {
				for _, ln := range lines {
					groups = append(groups, []layout.Line{ln})
				}
			}
			last, _ = utf8.DecodeLastRuneInString(field)
		}
	}
	var rows [][]placedLine
	var row []placedLine
	x := 0.0
	for _, g := range groups {
		w := float64(len(g)-1) * gap
		for _, ln := range g {
			w += ln.Width
		}
		if len(row) > 0 && x+gap+w > b.contentW+eps && w <= b.contentW+eps {
			rows, row, x = append(rows, row), nil, 0
		}
		for _, ln := range g {
			if len(row) > 0 && x+gap+ln.Width > b.contentW+eps {
				rows, row, x = append(rows, row), nil, 0
			}
			if len(row) > 0 {
				x += gap
			}
			row = append(row, placedLine{X: x, Size: fs, Set: set, Line: ln, Gray: true, Block: -1})
			x += ln.Width
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

// folioPitch is the distance between folio rows: under 1.5 sizes, so that
// the rows stay one text block.
func (b *builder) folioPitch() float64 { return 1.3 * folioSize * b.cfg.bodySize }

// folioRule is where the folio's hairline runs, above the text area.
func (b *builder) folioRule() float64 { return b.top - 0.5*b.pitch }

// folioRoom returns how much space above the text area a folio of rows
// rows needs, from the page's top edge.
func (b *builder) folioRoom(rows int) float64 {
	fs := folioSize * b.cfg.bodySize
	return 0.5*b.pitch + 0.42*fs + float64(rows-1)*b.folioPitch() + 0.9*fs + 4
}

// addFolio records noise for the current page's folio. When the page opens
// with a paragraph carried over from the previous page, a line at its head
// would be read in the middle of that paragraph, so the folio is set at the
// article's start instead, across the measure above its head.
func (b *builder) addFolio(noise []*doc.Node) {
	if len(noise) == 0 {
		return
	}
	if !b.inlineFolio(noise) {
		pi := b.npages - 1
		b.folio[pi] = append(b.folio[pi], noise...)
		return
	}
	rows := b.folioLines(noise)
	fs := folioSize * b.cfg.bodySize
	y := b.y
	for _, row := range rows {
		for _, l := range row {
			l.X += b.left
			l.Y = y + 0.9*fs
			b.page.Lines = append(b.page.Lines, l)
		}
		y += b.folioPitch()
	}
	y += 0.3 * fs
	b.page.Rules = append(b.page.Rules, ruleLine{X1: b.left, Y1: y, X2: b.left + b.contentW, Y2: y, Width: 0.4})
	b.y = y + 0.5*b.pitch
}

// inlineFolio reports whether noise for the current page is set in the
// flow rather than in the top margin: when the page opens mid-paragraph, or
// when the margin's reserved rows are full.
func (b *builder) inlineFolio(noise []*doc.Node) bool {
	if b.opensMid {
		return true
	}
	pi := b.npages - 1
	all := append(append([]*doc.Node(nil), b.folio[pi]...), noise...)
	return len(b.folioLines(all)) > b.folioRows
}

// inlineFolioHeight is the height addFolio takes from the text area for
// noise on the current page (zero when the folio goes into the margin).
func (b *builder) inlineFolioHeight(noise []*doc.Node) float64 {
	if len(noise) == 0 || !b.inlineFolio(noise) {
		return 0
	}
	rows := len(b.folioLines(noise))
	return float64(rows)*b.folioPitch() + 0.3*folioSize*b.cfg.bodySize + 0.5*b.pitch
}

// folioOf sets the folio recorded for page pi in its top margin.
func (b *builder) folioOf(p *pageLayout, pi int) {
	noise := b.folio[pi]
	if len(noise) == 0 {
		return
	}
	rows := b.folioLines(noise)
	ry := b.folioRule()
	base := ry - 0.42*folioSize*b.cfg.bodySize
	for k, row := range rows {
		y := base - float64(len(rows)-1-k)*b.folioPitch()
		for _, l := range row {
			l.X += b.left
			l.Y = y
			p.Lines = append(p.Lines, l)
		}
	}
	p.Rules = append(p.Rules, ruleLine{X1: b.left, Y1: ry, X2: b.left + b.contentW, Y2: ry, Width: 0.4})
}

// maxFolioRows bounds the rows reserved for folios in the top margin, so
// that a page of many folio lines (OCR of a whole edition, say) still
// leaves the text area most of the page; folios that do not fit there are
// set in the flow instead (see inlineFolio).
const maxFolioRows = 3

// reserveFolio lowers the text area, on every page, when the top margin is
// too small for the folio rows some article of d needs, up to maxFolioRows.
func (b *builder) reserveFolio(d *doc.Document) {
	rows := 0
	for _, a := range d.Articles {
		rows = max(rows, len(b.folioLines(noiseOf(a))))
	}
	rows = min(rows, maxFolioRows)
	b.folioRows = rows
	if rows == 0 {
		return
	}
	if need := b.folioRoom(rows); b.top < need {
		b.top = need
	}
}
