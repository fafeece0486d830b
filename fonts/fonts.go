// Package fonts provides paiban's fonts: the embedded default faces (Noto
// Serif CJK SC for body text, Noto Sans CJK SC Bold for headings, subset and
// converted to TrueType outlines), user fonts, metrics, coverage and
// fallback. Fonts are parsed once per process and are safe for concurrent use.
package fonts

// Face is one parsed TrueType face. It is immutable after loading and safe
// for concurrent use.
//
// API contract (implemented by the fonts work; signatures fixed so that the
// PDF and EPUB writers can be written against them):
//
//	func (f *Face) Name() string               // PostScript name, e.g. "NotoSerifCJKsc-Regular"
//	func (f *Face) Data() []byte               // the TrueType file, for embedding (do not modify)
//	func (f *Face) Has(r rune) bool            // the cmap maps r to a glyph
//	func (f *Face) Advance(r rune) float64     // advance width in em (hmtx / unitsPerEm)
//	func (f *Face) Ascent() float64            // in em, positive
//	func (f *Face) Descent() float64           // in em, positive
//
//	func Body() (*Face, error)                 // embedded default body face (parsed once)
//	func Heading() (*Face, error)              // embedded default heading face (parsed once)
//	func Load(spec string) (*Face, error)      // "file.ttf" or "file.ttc#N"; cached per spec
//
//	// Set is an ordered list of faces for one role: a primary and fallbacks.
//	type Set struct{ Faces []*Face }
//	func (s *Set) FaceFor(r rune) (*Face, bool) // first face covering r; false if none
//	func Fallbacks(opts ...Option) ([]*Face, error) // PAIBAN_FONT_PATH dirs, then fc-match
//
//	func Subset(f *Face, runes []rune) ([]byte, error) // a TrueType subset with just these runes (EPUB --embed-font)
type Face struct {
	name string
}
