package pdf

import "crypto/sha256"

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
