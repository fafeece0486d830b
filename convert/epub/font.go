package epub

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/markup"
	"github.com/paiban/paiban/layout"
)

// fontSource produces the font file to embed for the given characters and
// the licence text that must travel with it. For a vertical book (lang
// set) the subset carries vertical tables (markup.FontSubset); forms says
// how many of the book's characters it gives a vertical form.
type fontSource func(runes []rune, lang layout.Lang) (font, license []byte, forms int, err error)

// defaultFont subsets paiban's embedded body face to runes. Characters the
// face lacks are left to the reader's fonts.
func defaultFont(runes []rune, lang layout.Lang) ([]byte, []byte, int, error) {
	face, err := fonts.Body()
	if err != nil {
		return nil, nil, 0, err
	}
	data, forms, err := markup.FontSubset(face, runes, lang)
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
		data, forms, err := markup.FontSubset(face, runes, lang)
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
