package html

import (
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/render"
	"github.com/paiban/paiban/fonts"
)

// Option configures a Writer.
type Option func(*Writer)

// WithTitle sets the page's <title> instead of the first headline.
func WithTitle(title string) Option {
	return func(w *Writer) { w.title = title }
}

// WithDate sets the publication date of the JSON-LD records
// (datePublished). The zero time (the default) makes the writer use the
// date every paiban writer derives from the content
// (doc.Document.FixedDate), so output stays reproducible; the CLI passes
// --date or SOURCE_DATE_EPOCH.
func WithDate(t time.Time) Option {
	return func(w *Writer) { w.date = t }
}

// WithVertical(true) typesets the page top to bottom, right to left
// (竖排): writing-mode vertical-rl, numbers of one or two digits side by
// side in one em (tate-chu-yoko), longer numbers upright digit by digit,
// Latin words turned sideways.
func WithVertical(on bool) Option {
	return func(w *Writer) { w.vertical = on }
}

// WithEmbedFont(true) embeds, as a data: URL, a TrueType subset of the
// body font holding only the characters the page uses, for readers with no
// CJK font of their own. The body font is paiban's default unless WithFont
// gives another. A vertical page's subset carries the vertical tables
// (vhea, vmtx, a GSUB 'vert' lookup to the vertical forms of 、。「」…, as
// EPUB's: internal/markup.FontSubset); a face with none of those forms
// draws a warning (WithWarn).
func WithEmbedFont(on bool) Option {
	return func(w *Writer) { w.embed = on }
}

// WithFont sets the body face that WithEmbedFont(true) embeds, instead of
// paiban's default (fonts.Load reads one from a file). Without
// WithEmbedFont it has no effect: the page names the readers' fonts only.
func WithFont(face *fonts.Face) Option {
	return func(w *Writer) { w.face = face }
}

// WithNodeHook has h render the nodes of every article before the
// writer's own markup (see package render): h may replace a node's
// markup, wrap it (render.Writer.Default) or leave it to the writer.
func WithNodeHook(h render.Hook) Option {
	return func(w *Writer) { w.hook = h }
}

// WithWarn sets a function called with warnings about the page, such as
// an embedded font without the vertical forms a vertical page needs.
func WithWarn(fn func(doc.Diagnostic)) Option {
	return func(w *Writer) { w.warn = fn }
}
