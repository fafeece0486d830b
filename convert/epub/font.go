package epub

import (
	"strings"

	"github.com/paiban/paiban/fonts"
)

// fontLicense is the licence text that travels with the embedded font:
// paiban's default face's, or what a user's face says of its rights
// (copyright, licence and its URL; paiban cannot know more, and a face
// whose embedding is restricted is refused when loaded).
func fontLicense(face *fonts.Face) []byte {
	if face == nil {
		return fonts.License()
	}
	notice := face.Notice()
	if notice == "" {
		notice = face.Name() + ": the font names no copyright or licence."
	}
	return []byte(strings.TrimSpace(notice) + "\n")
}
