package pdf

import (
	"fmt"
	"unicode"

	"github.com/paiban/paiban/convert/doc"
)

// FallbackSearch finds faces for characters that no configured face can
// draw, as text or as an outline. It is asked at most once per document and
// only when such characters exist, so ordinary pages never look further.
type FallbackSearch func(missing []rune) ([]Face, error)

// WithFallbackSearch sets where the writer looks for faces covering the
// characters its faces lack (the CLI looks in the PAIBAN_FONT_PATH
// directories, then asks fontconfig). Without it such characters are drawn
// as 〓 with a warning.
func WithFallbackSearch(find FallbackSearch) Option {
	return func(c *config) { c.search = find }
}

// addSearchedFallbacks appends to cfg.fallbacks the faces cfg.search finds
// for the characters of d that nothing configured covers. A failed search
// is a warning, not an error: the page can still be set, with 〓.
func addSearchedFallbacks(cfg *config, d *doc.Document) []doc.Diagnostic {
	if cfg.search == nil {
		return nil
	}
	missing := uncoveredRunes(d, append([]Face{cfg.body, cfg.heading}, cfg.fallbacks...))
	if len(missing) == 0 {
		return nil
	}
	found, err := cfg.search(missing)
	if err != nil {
		return []doc.Diagnostic{{Severity: doc.SeverityWarning,
			Message: fmt.Sprintf("looking for fonts covering %d missing characters: %v", len(missing), err)}}
	}
	cfg.fallbacks = append(cfg.fallbacks, found...)
	return nil
}

// uncoveredRunes lists, once each in order of first use, the characters of
// d that none of faces can draw. Format characters (Unicode Cf: U+061C,
// U+180E, U+200B …) and controls are not among them: they have no ink and
// are set zero-width, without a glyph (see builder.clean), so no font is
// sought for them.
func uncoveredRunes(d *doc.Document, faces []Face) []rune {
	seen := map[rune]bool{}
	var out []rune
	d.WalkDocument(func(n *doc.Node) bool {
		for _, r := range n.Text {
			if seen[r] {
				continue
			}
			seen[r] = true
			if !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r) && !invisible(r) && !canDraw(faces, r) {
				out = append(out, r)
			}
		}
		return true
	})
	return out
}

// canDraw reports whether some face draws r as text (BMP only: fpdf's
// limit) or from its outline.
func canDraw(faces []Face, r rune) bool {
	for _, f := range faces {
		if f == nil {
			continue
		}
		if r <= 0xFFFF && f.Has(r) {
			return true
		}
		if o, ok := f.(outlineFace); ok && o.HasOutline(r) {
			return true
		}
	}
	return false
}

// invisible reports a character with no ink that the pages set zero-width
// without a glyph: a control or format character (Unicode Cf), such as the
// Arabic letter mark U+061C, the Mongolian vowel separator U+180E or a zero
// width space.
func invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}
