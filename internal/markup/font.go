package markup

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// EmbedSubset is the font an HTML-like writer embeds (EPUB, HTML): face,
// or paiban's default body face when face is nil, cut to runes by
// FontSubset (with vertical tables when lang is set, a vertical page).
// lacksForms reports a vertical page that uses marks of VerticalMarks
// while the face gives none of its characters a vertical form: worth the
// NoVerticalForms warning.
func EmbedSubset(face *fonts.Face, runes []rune, lang layout.Lang) (font []byte, lacksForms bool, err error) {
	if face == nil {
		if face, err = fonts.Body(); err != nil {
			return nil, false, err
		}
	}
	font, forms, err := FontSubset(face, runes, lang)
	if err != nil {
		return nil, false, fmt.Errorf("subset %s: %w", face.Name(), err)
	}
	lacksForms = lang != "" && forms == 0 && strings.ContainsAny(string(runes), VerticalMarks)
	return font, lacksForms, nil
}

// FontSubset is the subset of face for runes that a markup writer embeds
// (EPUB, HTML). For a vertical page (lang set) it carries vertical metrics
// (vhea, vmtx) and a 'vert' substitution for every character that has a
// vertical form the face draws — the Unicode presentation forms of
// layout.VerticalGlyph (、→︑, 「→﹁, Chinese “→﹁), and the vertical
// alternates of the default faces (ー, small kana) — so that a reader
// setting the page in it puts 、。「」 where vertical text has them; forms
// counts those substitutions.
func FontSubset(face *fonts.Face, runes []rune, lang layout.Lang) (font []byte, forms int, err error) {
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

// VerticalMarks are the marks whose vertical forms a vertical page needs
// most: an embedded subset giving none of them, of those the page uses, is
// worth a warning.
const VerticalMarks = "、。，「」『』（）《》“”"

// NoVerticalForms is the message of that warning.
const NoVerticalForms = "the embedded font has no vertical forms " +
	"(no 'vert' glyphs for 、。「」…): readers that set the vertical page in it leave them as in horizontal text"
