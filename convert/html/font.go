package html

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/markup"
	"github.com/paiban/paiban/layout"
)

// fontSource produces the font file to embed for the given characters and
// a note naming it and its licence, written beside it. For a vertical page
// (lang set) the subset carries vertical tables (markup.FontSubset); forms
// says how many of the page's characters it gives a vertical form.
type fontSource func(runes []rune, lang layout.Lang) (font []byte, notice string, forms int, err error)

// defaultFont subsets paiban's embedded body face to runes. Characters the
// face lacks are left to the reader's fonts. WOFF2 would be smaller, but
// there is no maintained WOFF2 encoder in Go; browsers take TrueType.
func defaultFont(runes []rune, lang layout.Lang) ([]byte, string, int, error) {
	face, err := fonts.Body()
	if err != nil {
		return nil, "", 0, err
	}
	data, forms, err := markup.FontSubset(face, runes, lang)
	if err != nil {
		return nil, "", 0, fmt.Errorf("subset %s: %w", face.Name(), err)
	}
	return data, "a subset of Noto Serif CJK SC, (c) Adobe, SIL Open Font License 1.1 (https://openfontlicense.org)", forms, nil
}

// faceFont subsets a user's face. Its note holds what the font says of
// its rights (copyright, licence and its URL): paiban cannot know more,
// and a face whose embedding is restricted is refused when loaded.
func faceFont(face *fonts.Face) fontSource {
	return func(runes []rune, lang layout.Lang) ([]byte, string, int, error) {
		data, forms, err := markup.FontSubset(face, runes, lang)
		if err != nil {
			return nil, "", 0, fmt.Errorf("subset %s: %w", face.Name(), err)
		}
		notice := strings.Join(strings.Fields(face.Notice()), " ")
		if notice == "" {
			notice = "the font names no copyright or licence"
		}
		return data, "a subset of " + face.Name() + ": " + notice, forms, nil
	}
}
