package html

import (
	"strings"

	"github.com/paiban/paiban/fonts"
)

// fontNote names the embedded font and its licence, in a comment beside
// it: paiban's default face, or what a user's face says of its rights
// (copyright, licence and its URL; paiban cannot know more, and a face
// whose embedding is restricted is refused when loaded). The font is a
// TrueType subset: WOFF2 would be smaller, but there is no maintained
// WOFF2 encoder in Go, and browsers take TrueType.
func fontNote(face *fonts.Face) string {
	if face == nil {
		return "a subset of Noto Serif CJK SC, (c) Adobe, SIL Open Font License 1.1 (https://openfontlicense.org)"
	}
	notice := strings.Join(strings.Fields(face.Notice()), " ")
	if notice == "" {
		notice = "the font names no copyright or licence"
	}
	return "a subset of " + face.Name() + ": " + notice
}
