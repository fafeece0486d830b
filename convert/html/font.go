package html

import (
	"fmt"

	"github.com/paiban/paiban/fonts"
)

// fontSource produces the font file to embed for the given characters and
// the name of its licence.
type fontSource func(runes []rune) (font []byte, license string, err error)

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
	return data, "SIL Open Font License 1.1", nil
}
