package convert

import (
	"time"

	"github.com/paiban/paiban/convert/doc"
)

// DefaultMaxSize is the largest input read when Options.MaxSize is 0: 64 MiB.
const DefaultMaxSize int64 = doc.DefaultMaxSize

// NoMaxSize as Options.MaxSize reads inputs of any size.
const NoMaxSize int64 = -1

// Options configures a conversion: the input, and every writer's settings.
// The zero value is ready to use: the input format is guessed from Name
// (newstext when unknown), output is JSON, and every writer uses its
// defaults. Each field is mapped to the matching WithX option of the
// package that implements it, in one place (builtin.go); a writer ignores
// the fields that are not its own.
type Options struct {
	// From is the input format ("newstext", "json"); "" picks it from
	// Name's extension, falling back to newstext.
	From string
	// To is the output format for Convert; "" means "json".
	To string
	// Name is the input's name, for diagnostics and the tree's Source.
	Name string

	// Encoding forces the input encoding ("GB18030", "Big5" …); "" detects it.
	Encoding string
	// Lang overrides the detected language: "zh-Hans", "zh-Hant", "ja", "ko".
	Lang string
	// MaxSize refuses inputs larger than this many bytes with ErrTooLarge,
	// before reading any of a file whose size is known; 0 means
	// DefaultMaxSize, negative (NoMaxSize) no limit. The readers'
	// WithMaxSize options follow the same rule (doc.MaxSize).
	MaxSize int64

	// Date is the publication date every writer records (PDF metadata and
	// folio, EPUB dc:date …). The zero value lets each writer derive one
	// from the content, so output stays reproducible.
	Date time.Time
	// Title overrides the document title: the PDF's document information,
	// the EPUB's metadata and title page, the HTML page's <title>.
	Title string
	// FontBody and FontHeading name font files ("file.ttf", "file.ttc#N")
	// used instead of the embedded defaults by the PDF writer. The EPUB
	// and HTML writers use FontBody only with EmbedFont, as the face they
	// embed; they never use FontHeading (they name no heading font).
	FontBody    string
	FontHeading string

	// Width is the bulletin line width in display columns; 0 is the default.
	Width int
	// AmbiguousNarrow counts East Asian ambiguous-width characters as one
	// column instead of two in bulletins.
	AmbiguousNarrow bool
	// Brief writes a bulletin of headlines and first paragraphs only.
	Brief bool

	// Paper is the PDF paper size: "A4", "A3", "A5", "B5", "Letter" or "WxH"
	// in millimetres (see pdf.WithPaper); "" is A4.
	Paper string
	// Columns is the number of PDF text columns; 0 is the default.
	Columns int

	// Vertical typesets EPUB, HTML and PDF text top to bottom, right to left.
	Vertical bool
	// EmbedFont embeds a subset of the body font in EPUBs and HTML pages.
	EmbedFont bool

	// With holds options for particular codecs, each of its package's own
	// type: pdf.Option, epub.Option, html.Option, ninjs.Option,
	// bulletin.Option, jsonfmt.WriterOption,
	// jsonfmt.ReaderOption, newstext.Option (the reader),
	// newstext.WriterOption, or a custom
	// codec's. Each built-in codec takes the values of its type (see
	// OptionsOf) after those it makes of the fields above, so they win; it
	// ignores the others. This is how margins, leading, body size and the
	// other knobs without a field here reach a writer through the registry.
	With []any

	// Warn, if set, receives the writers' warnings about the output, such
	// as a character no font covers. It may be called from several
	// goroutines when Options are shared by concurrent conversions.
	Warn func(doc.Diagnostic)
}

func (o Options) maxSize() int64 { return doc.MaxSize(o.MaxSize) }

func (o Options) to() string {
	if o.To == "" {
		return "json"
	}
	return o.To
}

// OptionsOf returns the values of o.With that are of type T, in order: a
// codec's NewReader or NewWriter calls it with its own option type.
func OptionsOf[T any](o Options) []T {
	var out []T
	for _, v := range o.With {
		if t, ok := v.(T); ok {
			out = append(out, t)
		}
	}
	return out
}

// writerFields are the Options fields that only some writers use, with
// whether o sets each; Registry.Ignored checks them.
func (o Options) writerFields() []struct {
	name string
	set  bool
} {
	return []struct {
		name string
		set  bool
	}{
		{"Title", o.Title != ""},
		{"FontBody", o.FontBody != ""},
		{"FontHeading", o.FontHeading != ""},
		{"Width", o.Width != 0},
		{"AmbiguousNarrow", o.AmbiguousNarrow},
		{"Brief", o.Brief},
		{"Paper", o.Paper != ""},
		{"Columns", o.Columns != 0},
		{"Vertical", o.Vertical},
		{"EmbedFont", o.EmbedFont},
	}
}
