package convert

import (
	"fmt"

	"github.com/paiban/paiban/convert/bulletin"
	"github.com/paiban/paiban/convert/epub"
	"github.com/paiban/paiban/convert/html"
	"github.com/paiban/paiban/convert/jsonfmt"
	"github.com/paiban/paiban/convert/newstext"
	"github.com/paiban/paiban/convert/ninjs"
	"github.com/paiban/paiban/convert/pdf"
	"github.com/paiban/paiban/fonts"
)

// builtins lists the built-in codecs. Their descriptors live in
// formats.go; this file is the one place where Options become each
// package's WithX options. The PDF writers of one registry share a cache
// (parsed faces, compressors), so that a batch pays for them once.
func builtins() []Codec {
	pdfCache := pdf.NewCache()
	return []Codec{
		{Format: FormatNewstext, NewReader: newNewstextReader, NewWriter: newNewstextWriter},
		{Format: FormatJSON, NewReader: newJSONReader, NewWriter: newJSONWriter},
		{Format: FormatTxt, NewWriter: newTxtWriter, Uses: txtUses},
		{Format: FormatPDF, NewWriter: func(o Options) (Writer, error) { return newPDFWriter(o, pdfCache) }, Uses: pdfUses},
		{Format: FormatEPUB, NewWriter: newEPUBWriter, Prepare: prepareEPUB, Uses: epubUses},
		{Format: FormatHTML, NewWriter: newHTMLWriter, Uses: htmlUses},
		{Format: FormatNINJS, NewWriter: newNINJSWriter},
	}
}

// The writer-specific Options fields each built-in writer honours.
func txtUses(Options) []string { return []string{"Width", "AmbiguousNarrow", "Brief"} }
func pdfUses(Options) []string {
	return []string{"Title", "FontBody", "FontHeading", "Paper", "Columns", "Vertical"}
}
func epubUses(o Options) []string {
	if o.EmbedFont {
		return []string{"Title", "Vertical", "EmbedFont", "FontBody"}
	}
	return []string{"Title", "Vertical", "EmbedFont"}
}

// htmlUses is epubUses: the page has a title, may be vertical and may
// embed the body font (FontBody, with EmbedFont).
func htmlUses(o Options) []string { return epubUses(o) }

func newNewstextReader(o Options) (Reader, error) {
	opts := []newstext.Option{newstext.WithMaxSize(o.maxSize())}
	if o.Encoding != "" {
		// Checked here so that a typo is a usage error before any input is read.
		if _, err := newstext.CanonicalEncoding(o.Encoding); err != nil {
			return nil, err
		}
		opts = append(opts, newstext.WithEncoding(o.Encoding))
	}
	if o.Lang != "" {
		if _, err := newstext.CanonicalLang(o.Lang); err != nil {
			return nil, err
		}
		opts = append(opts, newstext.WithLang(o.Lang))
	}
	return newstext.New(append(opts, OptionsOf[newstext.Option](o)...)...), nil
}

func newNewstextWriter(o Options) (Writer, error) {
	return newstext.NewWriter(OptionsOf[newstext.WriterOption](o)...), nil
}

func newJSONReader(o Options) (Reader, error) {
	opts := append([]jsonfmt.ReaderOption{jsonfmt.WithMaxSize(o.maxSize())}, OptionsOf[jsonfmt.ReaderOption](o)...)
	return jsonfmt.NewReader(opts...), nil
}

// newJSONWriter's writer is always wrapped by checked (see newWriter),
// which validates every tree first.
func newJSONWriter(o Options) (Writer, error) {
	opts := append([]jsonfmt.WriterOption{jsonfmt.WithValidatedTrees(true)}, OptionsOf[jsonfmt.WriterOption](o)...)
	return jsonfmt.NewWriter(opts...), nil
}

func newTxtWriter(o Options) (Writer, error) {
	opts := []bulletin.Option{
		bulletin.WithAmbiguousNarrow(o.AmbiguousNarrow),
		bulletin.WithBrief(o.Brief),
	}
	if o.Width != 0 {
		if o.Width < bulletin.MinWidth {
			return nil, fmt.Errorf("width %d: want at least %d columns", o.Width, bulletin.MinWidth)
		}
		opts = append(opts, bulletin.WithWidth(o.Width))
	}
	return bulletin.New(append(opts, OptionsOf[bulletin.Option](o)...)...), nil
}

func newPDFWriter(o Options, cache *pdf.Cache) (Writer, error) {
	opts := []pdf.Option{pdf.WithCache(cache)}
	if o.Paper != "" {
		// Checked here so a typo is a usage error before any work.
		if _, _, err := pdf.ParsePaper(o.Paper); err != nil {
			return nil, err
		}
		opts = append(opts, pdf.WithPaper(o.Paper))
	}
	if o.Columns != 0 {
		// Negative too, so that pdf.Writer.Check refuses it rather than
		// the default being used.
		opts = append(opts, pdf.WithColumns(o.Columns))
	}
	if !o.Date.IsZero() {
		opts = append(opts, pdf.WithDate(o.Date))
	}
	if o.Vertical {
		opts = append(opts, pdf.WithVertical(true))
	}
	if o.Title != "" {
		opts = append(opts, pdf.WithTitle(o.Title))
	}
	if o.FontBody != "" || o.FontHeading != "" {
		body, heading, err := loadFonts(o)
		if err != nil {
			return nil, err
		}
		opts = append(opts, pdf.WithFonts(body, heading))
	}
	if o.Warn != nil {
		opts = append(opts, pdf.WithWarn(o.Warn))
	}
	opts = append(opts, pdf.WithFallbackSearch(searchFonts))
	w := pdf.New(append(opts, OptionsOf[pdf.Option](o)...)...)
	if err := w.Check(); err != nil {
		return nil, err
	}
	return w, nil
}

// searchFonts finds faces for characters the PDF's fonts lack: TrueType
// files in the PAIBAN_FONT_PATH directories, then fontconfig (fc-match) when
// it is installed. The PDF writer asks only when a page has such characters.
func searchFonts(missing []rune) ([]pdf.Face, error) {
	found, err := fonts.Fallbacks(fonts.WithRunes(missing...))
	if err != nil {
		return nil, err
	}
	faces := make([]pdf.Face, len(found))
	for i, f := range found {
		faces[i] = f
	}
	return faces, nil
}

// loadFonts loads the user's fonts; fonts.Load caches by spec, so a batch
// parses each font once however many documents it writes. A nil result
// keeps the writer's default for that role.
func loadFonts(o Options) (body, heading pdf.Face, err error) {
	if o.FontBody != "" {
		f, err := fonts.Load(o.FontBody)
		if err != nil {
			return nil, nil, fmt.Errorf("body font: %w", err)
		}
		body = f
	}
	if o.FontHeading != "" {
		f, err := fonts.Load(o.FontHeading)
		if err != nil {
			return nil, nil, fmt.Errorf("heading font: %w", err)
		}
		heading = f
	}
	return body, heading, nil
}

func newEPUBWriter(o Options) (Writer, error) {
	opts, err := epubOptions(o)
	if err != nil {
		return nil, err
	}
	return epub.New(opts...), nil
}

func prepareEPUB(o Options) (wait func()) {
	opts, err := epubOptions(o)
	if err != nil {
		return func() {} // newEPUBWriter reports it
	}
	return epub.Prepare(opts...)
}

// epubOptions translates o for the EPUB writer. The body font is loaded
// only when it is to be embedded: otherwise the book names none.
func epubOptions(o Options) ([]epub.Option, error) {
	var opts []epub.Option
	if o.Title != "" {
		opts = append(opts, epub.WithTitle(o.Title))
	}
	if !o.Date.IsZero() {
		opts = append(opts, epub.WithDate(o.Date))
	}
	if o.Vertical {
		opts = append(opts, epub.WithVertical(true))
	}
	if o.EmbedFont {
		if o.FontBody != "" {
			f, err := fonts.Load(o.FontBody)
			if err != nil {
				return nil, fmt.Errorf("body font: %w", err)
			}
			opts = append(opts, epub.WithFont(f))
		}
		opts = append(opts, epub.WithEmbedFont(true))
	}
	if o.Warn != nil {
		opts = append(opts, epub.WithWarn(o.Warn))
	}
	return append(opts, OptionsOf[epub.Option](o)...), nil
}

func newHTMLWriter(o Options) (Writer, error) {
	var opts []html.Option
	if o.Title != "" {
		opts = append(opts, html.WithTitle(o.Title))
	}
	if !o.Date.IsZero() {
		opts = append(opts, html.WithDate(o.Date))
	}
	if o.Vertical {
		opts = append(opts, html.WithVertical(true))
	}
	if o.EmbedFont {
		if o.FontBody != "" {
			f, err := fonts.Load(o.FontBody)
			if err != nil {
				return nil, fmt.Errorf("body font: %w", err)
			}
			opts = append(opts, html.WithFont(f))
		}
		opts = append(opts, html.WithEmbedFont(true))
	}
	if o.Warn != nil {
		opts = append(opts, html.WithWarn(o.Warn))
	}
	return html.New(append(opts, OptionsOf[html.Option](o)...)...), nil
}

func newNINJSWriter(o Options) (Writer, error) {
	var opts []ninjs.Option
	if !o.Date.IsZero() {
		opts = append(opts, ninjs.WithDate(o.Date))
	}
	return ninjs.New(append(opts, OptionsOf[ninjs.Option](o)...)...), nil
}
