package epub

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// fontSource produces the font file to embed for the given characters and
// the licence text that must travel with it. For a vertical book (lang
// set) the subset carries vertical tables (fonts.SubsetVertical); forms
// says how many of the book's characters it gives a vertical form.
type fontSource func(runes []rune, lang layout.Lang) (font, license []byte, forms int, err error)

// defaultFont subsets paiban's embedded body face to runes. Characters the
// face lacks are left to the reader's fonts.
func defaultFont(runes []rune, lang layout.Lang) ([]byte, []byte, int, error) {
	face, err := fonts.Body()
	if err != nil {
		return nil, nil, 0, err
	}
	data, forms, err := subsetFor(face, runes, lang)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("subset %s: %w", face.Name(), err)
	}
	return data, fonts.License(), forms, nil
}

// faceFont subsets a user's face. Its licence file holds what the font
// says of its rights (copyright, licence and its URL): paiban cannot know
// more, and a face whose embedding is restricted is refused when loaded.
func faceFont(face *fonts.Face) fontSource {
	return func(runes []rune, lang layout.Lang) ([]byte, []byte, int, error) {
		data, forms, err := subsetFor(face, runes, lang)
		if err != nil {
			return nil, nil, 0, fmt.Errorf("subset %s: %w", face.Name(), err)
		}
		notice := face.Notice()
		if notice == "" {
			notice = face.Name() + ": the font names no copyright or licence."
		}
		return data, []byte(strings.TrimSpace(notice) + "\n"), forms, nil
	}
}

// subsetFor is the subset of face for runes: for a vertical book (lang
// set) with a 'vert' substitution for every character that has a vertical
// form the face draws — the Unicode presentation forms of layout.VerticalGlyph
// (、→︑, 「→﹁, Chinese “→﹁), and the vertical alternates of the default
// faces (ー, small kana) — and vertical metrics.
func subsetFor(face *fonts.Face, runes []rune, lang layout.Lang) ([]byte, int, error) {
	if lang == "" {
		data, err := fonts.Subset(face, runes)
		return data, 0, err
	}
	subst := map[rune]rune{}
	for _, r := range runes {
		if alt, ok := face.VerticalAlternate(r); ok {
			subst[r] = alt
		} else if form, turn, ok := layout.VerticalGlyph(r, lang); ok && !turn && face.Has(form) {
			subst[r] = form
		}
	}
	return fonts.SubsetVertical(face, runes, subst)
}

// verticalMarks are the marks whose vertical forms a vertical book needs
// most: a subset giving none of them, of those the book uses, is worth a
// warning.
const verticalMarks = "、。，「」『』（）《》“”"
