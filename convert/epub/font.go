package epub

import (
	_ "embed" // the font licence
	"fmt"

	"github.com/paiban/paiban/fonts"
)

// fontSource produces the font file to embed for the given characters and
// the licence text that must travel with it.
type fontSource func(runes []rune) (font, license []byte, err error)

// oflText is the licence of paiban's default fonts (a copy of
// fonts/data/LICENSE-OFL.txt, which package fonts does not export), which
// the OFL requires to accompany every copy of the font.
//
//go:embed OFL.txt
var oflText []byte

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
	return data, oflText, nil
}
