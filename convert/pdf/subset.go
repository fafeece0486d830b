package pdf

import (
	"bytes"
	"crypto/sha256"
	"strings"
)

// tagFonts gives every embedded font a subset tag. fpdf names a UTF-8 font
// "/utf8"+family in lower case; the family was registered as "qX+Name", so
// "/utf8qX+name" becomes "/ABCDEF+Name" — the same length, so the xref
// offsets stay valid. The tag is derived from the glyphs used, as the PDF
// spec suggests, so the same text gives the same tag.
func (s *skeleton) tagFonts(pdf []byte) []byte {
	for i, fam := range s.fams {
		if fam == "" {
			continue
		}
		old := []byte("/utf8" + strings.ToLower(fam))
		name := fam[len("qX+"):]
		tag := subsetTag(name, s.used[i])
		pdf = bytes.ReplaceAll(pdf, old, []byte("/"+tag+"+"+name))
	}
	return pdf
}

// subsetTag derives six uppercase letters from a font name and its runes.
func subsetTag(name string, runes []rune) string {
	h := sha256.New()
	h.Write([]byte(name))
	h.Write([]byte(string(runes)))
	sum := h.Sum(nil)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}
