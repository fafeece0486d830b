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
}

const mm = 72 / 25.4

// paperSizes are portrait sizes in millimetres.
var paperSizes = map[string][2]float64{
	"A3":     {297, 420},
	"A4":     {210, 297},
	"A5":     {148, 210},
	"B5":     {176, 250},
	"Letter": {215.9, 279.4},
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
	return 0, 0, fmt.Errorf("paper %q: want A3, A4, A5, B5, Letter or WxH in mm (50–2000)", s)
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

// WithColumns sets the number of body columns, 1 to 4. The default is 2 on
// A4 and larger paper and 1 on smaller paper such as B5.
func WithColumns(n int) Option { return func(c *config) { c.columns = n } }

// WithColumnGap sets the gap between columns in millimetres (default 2 em of body text).
func WithColumnGap(gapMM float64) Option { return func(c *config) { c.gap = gapMM * mm } }

// WithBodySize sets the body text size in points (default 10.5, 五号).
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
	if c.columns < 1 || c.columns > 4 {
		return fmt.Errorf("columns %d out of range 1–4", c.columns)
	}
	if c.gap <= 0 {
		c.gap = 2 * c.bodySize
	}
	if c.margins[1]+c.margins[3]+float64(c.columns-1)*c.gap >= w-8*c.bodySize*float64(c.columns) {
		return fmt.Errorf("paper %s too narrow for %d columns of %gpt text", c.paperName, c.columns, c.bodySize)
	}
	if c.margins[0]+c.margins[2] >= h-20*c.bodySize {
		return fmt.Errorf("paper %s too short for its margins", c.paperName)
	}
	return nil
}
