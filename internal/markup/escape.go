package markup

import (
	"strings"
	"unicode/utf8"
)

// WriteChar writes the character c, whose bytes in the text are raw, to sb
// as markup text: &, < and > as entities, and U+FFFD for an invalid byte
// (utf8.RuneError of size 1) or a character the document type refuses
// (allowed reports false; XHTML and HTML differ). It returns the character
// written, for the embedded font's record.
func WriteChar(sb *strings.Builder, c rune, raw string, allowed func(rune) bool) rune {
	switch {
	case c == '&':
		sb.WriteString("&amp;")
	case c == '<':
		sb.WriteString("&lt;")
	case c == '>':
		sb.WriteString("&gt;")
	case c == utf8.RuneError && len(raw) == 1, !allowed(c):
		c = '\uFFFD'
		sb.WriteRune(c)
	default:
		sb.WriteString(raw)
	}
	return c
}
