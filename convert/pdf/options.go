package pdf

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/paiban/paiban/convert/doc"
)

// Face is what the writer needs of a font. *fonts.Face satisfies it; the
// interface keeps the page builder testable with any font.
type Face interface {
	Name() string           // PostScript name
	Data() []byte           // the TrueType file, embedded (subset) by fpdf
	Has(r rune) bool        // whether the cmap maps r
	Advance(r rune) float64 // advance in em
	Ascent() float64        // in em, positive
	Descent() float64       // in em, positive
}

// Option configures a Writer.
type Option func(*config)

type config struct {
	// fpdfMarks has fpdf write every bookmark, the form the page writer's
	// own outline must match (TestOutlineMatchesFpdf); else fpdf is given
	// the first only (see pageWriter.finish).
	fpdfMarks bool

	paperName     string
	paperW        float64 // points
	paperH        float64
	margins       [4]float64 // top, right, bottom, left in points
	marginsSet    bool
	columns       int
	gap           float64 // points
	bodySize      float64
	leading       float64
	body, heading Face
	fallbacks     []Face
	search        FallbackSearch
	date          time.Time
	header        bool
	sourceName    string
	warn          func(doc.Diagnostic)
	version       string
	vertical      bool
	title         string
	layout        Layout
	folio         Folio
	cache         *Cache // parsed faces and compressors, shared across documents
}

const mm = 72 / 25.4

// paperSizes are portrait sizes in millimetres.
var paperSizes = map[string][2]float64{
	"A3":     {297, 420},
	"A4":     {210, 297},
	"A5":     {148, 210},
	"B5":     {176, 250},
	"Letter": {215.9, 279.4},
	// Newspaper sizes: a broadsheet (对开) and a tabloid (4开) page.
	"Broadsheet": {375, 597},
	"Tabloid":    {280, 430},
}

// newspaperColumns is the page grid of a newspaper page (--layout
// newspaper) on each named paper, as papers of that size set them.
var newspaperColumns = map[string]int{
	"Broadsheet": 8, "A3": 6, "Tabloid": 5, "A4": 4, "Letter": 4, "B5": 3, "A5": 2,
}

// paperKey returns the paper's name as paperSizes spells it, or "" for a
// custom size.
func (c *config) paperKey() string {
	for name := range paperSizes {
		if strings.EqualFold(name, c.paperName) {
			return name
		}
	}
	return ""
}

// ParsePaper turns "A4", "B5", "Letter" or a custom "WxH" in millimetres
// (e.g. "200x280") into a size in points.
func ParsePaper(s string) (w, h float64, err error) {
	for name, sz := range paperSizes {
		if strings.EqualFold(name, s) {
			return sz[0] * mm, sz[1] * mm, nil
		}
	}
	a, b, ok := strings.Cut(strings.ToLower(strings.TrimSuffix(strings.ToLower(s), "mm")), "x")
	if ok {
		wmm, err1 := strconv.ParseFloat(strings.TrimSpace(a), 64)
		hmm, err2 := strconv.ParseFloat(strings.TrimSpace(b), 64)
		if err1 == nil && err2 == nil && wmm >= 50 && hmm >= 50 && wmm <= 2000 && hmm <= 2000 {
			return wmm * mm, hmm * mm, nil
		}
	}
	return 0, 0, fmt.Errorf("paper %q: want A3, A4, A5, B5, Letter, Tabloid, Broadsheet or WxH in mm (50–2000)", s)
}

// WithPaper sets the paper: "A4" (default), "A3", "A5", "B5", "Letter" or a
// custom "WxH" in millimetres. An unknown name makes Write fail.
func WithPaper(name string) Option { return func(c *config) { c.paperName = name } }

// WithMargins sets the page margins in millimetres (top, right, bottom, left).
func WithMargins(top, right, bottom, left float64) Option {
	return func(c *config) {
		c.margins = [4]float64{top * mm, right * mm, bottom * mm, left * mm}
		c.marginsSet = true
	}
}

// WithColumns sets the number of body columns: in the flow layout 1 to 4
// (default 2 on A4 and larger paper, 1 on smaller paper such as B5); on a
// newspaper page the grid's columns, 1 to 12 (default 8 on a broadsheet, 6
// on A3, 5 on a tabloid, 4 on A4 and Letter, 3 on B5, 2 on A5).
func WithColumns(n int) Option { return func(c *config) { c.columns = n } }

// WithColumnGap sets the gap between columns in millimetres (default 2.6 em
// of body text: see resolve).
func WithColumnGap(gapMM float64) Option { return func(c *config) { c.gap = gapMM * mm } }

// WithBodySize sets the body text size in points (default 10.5, 五号; 9,
// 小五, on newspaper pages).
func WithBodySize(pt float64) Option { return func(c *config) { c.bodySize = pt } }

// WithLeading sets the body line pitch as a multiple of the body size
// (default 1.48). Text extraction (poppler's pdftotext) groups lines into a
// column only while their pitch is under 1.5 times the size; at 1.5 or more
// it reads across the columns line by line, so the default stays just under.
func WithLeading(x float64) Option { return func(c *config) { c.leading = x } }

// WithFonts sets the body (Song/Ming) and heading (Hei) faces. A nil face
// keeps the default for that role.
func WithFonts(body, heading Face) Option {
	return func(c *config) {
		if body != nil {
			c.body = body
		}
		if heading != nil {
			c.heading = heading
		}
	}
}

// WithFallbacks adds faces tried, in order, for characters the body or
// heading face lacks.
func WithFallbacks(faces ...Face) Option {
	return func(c *config) { c.fallbacks = append(c.fallbacks, faces...) }
}

// WithDate sets the CreationDate and ModDate. When it is zero the writer uses
// a fixed date derived from the document, so output stays deterministic;
// reading SOURCE_DATE_EPOCH is the caller's job.
func WithDate(t time.Time) Option { return func(c *config) { c.date = t } }

// WithHeader turns on a first-page header with the source name and date.
func WithHeader(on bool) Option { return func(c *config) { c.header = on } }

// WithSourceName sets the name shown in the running footer, overriding the
// document's Source.Name.
func WithSourceName(name string) Option { return func(c *config) { c.sourceName = name } }

// WithWarn sets a function called for every warning, such as a character no
// font covers. Warnings are also kept for Writer.Warnings.
func WithWarn(fn func(doc.Diagnostic)) Option { return func(c *config) { c.warn = fn } }

// WithVertical sets the pages vertically (縦組み, 竖排): lines run top to
// bottom and follow one another right to left, the columns become tiers
// (段) stacked down the page, each article's head is a tall line at its
// right, and the document binds on the right (/Direction /R2L). See
// vertical.go.
func WithVertical(on bool) Option { return func(c *config) { c.vertical = on } }

// WithTitle sets the document title of the PDF's information dictionary,
// instead of the first headline.
func WithTitle(title string) Option { return func(c *config) { c.title = title } }

// WithVersion sets the paiban version recorded in the Creator field.
func WithVersion(v string) Option { return func(c *config) { c.version = v } }

// Layout is how articles are placed on the pages.
type Layout int

const (
	// LayoutAuto is the default: newspaper pages on paper of a tabloid's
	// size or larger (Tabloid, A3, Broadsheet, or at least 270×390 mm),
	// flowing pages on smaller
	// paper, which is read as article pages rather than pinned up as a
	// newspaper.
	LayoutAuto Layout = iota
	// LayoutFlow sets the articles one after another, each flowing down
	// the page's columns and on to the next page; a short article takes
	// only as many columns as give each about five lines, beside the
	// short articles before it when they leave it room.
	LayoutFlow
	// LayoutNewspaper makes up newspaper pages: each article a rectangular
	// block of some of the page grid's columns, placed so that the page
	// is filled, continued on a later page with jump lines when it does
	// not fit.
	LayoutNewspaper
)

// ParseLayout turns "flow", "newspaper" or "" (auto) into a Layout.
func ParseLayout(s string) (Layout, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return LayoutAuto, nil
	case "flow":
		return LayoutFlow, nil
	case "newspaper":
		return LayoutNewspaper, nil
	}
	return LayoutAuto, fmt.Errorf("layout %q: want flow or newspaper", s)
}

// WithLayout chooses the page layout (LayoutAuto by default).
func WithLayout(l Layout) Option { return func(c *config) { c.layout = l } }

// Folio is what a page's folio (报眉) and the front page's nameplate (报头)
// print. A field left empty is left out: nothing is invented.
type Folio struct {
	// Paper is the newspaper's name: with Masthead set, the nameplate
	// on the first page of a newspaper layout; on every page's folio.
	Paper string
	// Masthead prints Paper as a nameplate on the front page.
	Masthead bool
	// Date is the edition's date, printed with its weekday.
	Date time.Time
	// Issue is the issue number (总第N期), printed as given.
	Issue string
	// PageName is the page's name (版名: 要闻, 经济).
	PageName string
	// FirstPage is the number of the first page (1 when 0), for folios
	// and jump lines of a section that does not start on page 1.
	FirstPage int
}

// WithFolio sets what the folios and the nameplate print.
func WithFolio(f Folio) Option { return func(c *config) { c.folio = f } }

// WithMasthead sets the newspaper's name and prints it as the front page's
// nameplate (newspaper layout) and in every folio.
func WithMasthead(name string) Option {
	return func(c *config) { c.folio.Paper, c.folio.Masthead = name, name != "" }
}

// newspaper reports whether the pages are made up as a newspaper.
func (c *config) newspaper() bool {
	return c.layout == LayoutNewspaper || c.layout == LayoutAuto && c.paperW >= 270*mm && c.paperH >= 390*mm
}

// resolve fills in defaults that depend on other options.
func (c *config) resolve() error {
	if c.paperName == "" {
		c.paperName = "A4"
	}
	w, h, err := ParsePaper(c.paperName)
	if err != nil {
		return err
	}
	c.paperW, c.paperH = w, h
	if c.vertical {
		// Vertical pages are built as horizontal ones on the paper turned
		// a quarter (see turnPages): what follows speaks of that paper.
		w, h = h, w
	}
	if c.bodySize <= 0 {
		c.bodySize = 10.5
		if c.newspaper() {
			c.bodySize = 9 // 小五, the body size of newspaper columns
		}
	}
	if c.bodySize < 4 || c.bodySize > 72 {
		return fmt.Errorf("body size %gpt out of range 4–72", c.bodySize)
	}
	if c.leading <= 0 {
		c.leading = 1.48
	}
	if c.leading < 1 || c.leading > 4 {
		return fmt.Errorf("leading %g out of range 1–4", c.leading)
	}
	if !c.marginsSet {
		m := 15 * mm
		if w < 190*mm {
			m = 13 * mm
		}
		c.margins = [4]float64{m, m, m + 4*mm, m}
	}
	if c.layout < LayoutAuto || c.layout > LayoutNewspaper {
		return fmt.Errorf("layout %d unknown", c.layout)
	}
	if c.folio.FirstPage < 0 {
		return fmt.Errorf("first page %d: want 1 or more", c.folio.FirstPage)
	}
	maxCols := 4
	if c.newspaper() {
		maxCols = 12
	}
	if c.columns == 0 && c.newspaper() {
		c.columns = newspaperColumns[c.paperKey()]
		if c.columns == 0 || c.vertical {
			// (Vertical pages: tiers of about 12 characters, as Japanese
			// newspapers set them — 8 tiers on A3.)
			// Custom paper: columns of about 12 characters.
			cw := w - c.margins[1] - c.margins[3]
			c.columns = max(1, min(12, int((cw+2*c.bodySize)/(14*c.bodySize))))
		}
	}
	if c.columns == 0 {
		c.columns = 1
		if w >= 200*mm {
			c.columns = 2
		}
		if w >= 290*mm {
			c.columns = 3
		}
		if c.vertical {
			// Tiers of a vertical page: two on A4, three on A3, one on
			// B5 and smaller (lines of about 35, 40 and 60 characters).
			c.columns = 1
			if w >= 260*mm {
				c.columns = 2
			}
			if w >= 400*mm {
				c.columns = 3
			}
		}
	}
	if c.columns < 1 || c.columns > maxCols {
		return fmt.Errorf("columns %d out of range 1–%d", c.columns, maxCols)
	}
	if c.gap <= 0 {
		// Wide enough that text extraction (poppler joins words up to
		// 1.5em apart into one line) never reads across the gutter, even
		// where a line-end mark and a line-start bracket beside it each
		// reach half an em into it (line-edge punctuation).
		c.gap = 2.6 * c.bodySize
	}
	if c.margins[1]+c.margins[3]+float64(c.columns-1)*c.gap >= w-8*c.bodySize*float64(c.columns) {
		return fmt.Errorf("paper %s too narrow for %d columns of %gpt text", c.paperName, c.columns, c.bodySize)
	}
	if c.margins[0]+c.margins[2] >= h-20*c.bodySize {
		return fmt.Errorf("paper %s too short for its margins", c.paperName)
	}
	return nil
}
