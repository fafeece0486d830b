package epub

import (
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/render"
	"github.com/paiban/paiban/fonts"
)

// Option configures a Writer.
type Option func(*Writer)

// WithTitle sets the book's title instead of the first headline.
func WithTitle(title string) Option {
	return func(w *Writer) { w.title = title }
}

// WithDate sets the publication date: dc:date, dcterms:modified and the time
// stamp of every zip entry. The zero time (the default) makes the writer
// derive a fixed date from the content, so output stays reproducible; the
// CLI passes SOURCE_DATE_EPOCH or --date.
func WithDate(t time.Time) Option {
	return func(w *Writer) { w.date = t }
}

// WithVertical typesets the book top to bottom, right to left (竖排): a
// vertical-rl writing mode, a right-to-left page progression and short
// numbers set upright.
func WithVertical(on bool) Option {
	return func(w *Writer) { w.vertical = on }
}

// WithWarn sets a function called with warnings about the book, such as
// an embedded font without the vertical forms a vertical book needs.
func WithWarn(fn func(doc.Diagnostic)) Option {
	return func(w *Writer) { w.warn = fn }
}

// WithEmbedFont(true) embeds a subset of the body font holding only the
// characters the book uses, with its licence, for readers that have no CJK
// font of their own. The body font is paiban's default unless WithFont
// gives another.
func WithEmbedFont(on bool) Option {
	return func(w *Writer) { w.embed = on }
}

// WithFont sets the body face that WithEmbedFont(true) embeds, instead of
// paiban's default (fonts.Load reads one from a file). Without
// WithEmbedFont it has no effect: the book names no font then, leaving it
// to the reader.
func WithFont(face *fonts.Face) Option {
	return func(w *Writer) { w.face = face }
}

// WithLang overrides the documents' language (a BCP 47 tag such as "ja").
func WithLang(lang string) Option {
	return func(w *Writer) { w.lang = lang }
}

// WithNodeHook has h render the nodes of every article before the
// writer's own markup (see package render): h may replace a node's markup,
// wrap it (render.Writer.Default) or leave it to the writer. A section h
// renders without Default has no entry in the table of contents.
func WithNodeHook(h render.Hook) Option {
	return func(w *Writer) { w.hook = h }
}
