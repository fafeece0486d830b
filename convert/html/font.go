package html

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/fonts"
)

// fontSource produces the font file to embed for the given characters and
// a note naming it and its licence, written beside it.
type fontSource func(runes []rune) (font []byte, notice string, err error)

// defaultFont subsets paiban's embedded body face to runes. Characters the
// face lacks are left to the reader's fonts. WOFF2 would be smaller, but
// there is no maintained WOFF2 encoder in Go; browsers take TrueType.
func defaultFont(runes []rune) ([]byte, string, error) {
	face, err := fonts.Body()
	if err != nil {
		return nil, "", err
	}
	data, err := fonts.Subset(face, runes)
	if err != nil {
		return nil, "", fmt.Errorf("subset %s: %w", face.Name(), err)
	}
	return data, "a subset of Noto Serif CJK SC, (c) Adobe, SIL Open Font License 1.1 (https://openfontlicense.org)", nil
}

// faceFont subsets a user's face. Its note holds what the font says of
// its rights (copyright, licence and its URL): paiban cannot know more,
// and a face whose embedding is restricted is refused when loaded.
func faceFont(face *fonts.Face) fontSource {
	return func(runes []rune) ([]byte, string, error) {
		data, err := fonts.Subset(face, runes)
		if err != nil {
			return nil, "", fmt.Errorf("subset %s: %w", face.Name(), err)
		}
		notice := strings.Join(strings.Fields(face.Notice()), " ")
		if notice == "" {
			notice = "the font names no copyright or licence"
		}
		return data, "a subset of " + face.Name() + ": " + notice, nil
	}
}
