package epub

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/fonts"
)

// fontSource produces the font file to embed for the given characters and
// the licence text that must travel with it.
type fontSource func(runes []rune) (font, license []byte, err error)

// defaultFont subsets paiban's embedded body face to runes. Characters the
// face lacks are left to the reader's fonts.
func defaultFont(runes []rune) ([]byte, []byte, error) {
	face, err := fonts.Body()
	if err != nil {
		return nil, nil, err
	}
	data, err := fonts.Subset(face, runes)
	if err != nil {
		return nil, nil, fmt.Errorf("subset %s: %w", face.Name(), err)
	}
	return data, fonts.License(), nil
}

// faceFont subsets a user's face. Its licence file holds what the font
// says of its rights (copyright, licence and its URL): paiban cannot know
// more, and a face whose embedding is restricted is refused when loaded.
func faceFont(face *fonts.Face) fontSource {
	return func(runes []rune) ([]byte, []byte, error) {
		data, err := fonts.Subset(face, runes)
		if err != nil {
			return nil, nil, fmt.Errorf("subset %s: %w", face.Name(), err)
		}
		notice := face.Notice()
		if notice == "" {
			notice = face.Name() + ": the font names no copyright or licence."
		}
		return data, []byte(strings.TrimSpace(notice) + "\n"), nil
	}
}
