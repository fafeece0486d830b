package epub

import (
	"fmt"

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
