package main

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// unsafeRune reports a character that must not reach a terminal as it is
// in a message: a control character (a newline would split a
// file:line: message record, ESC starts a terminal escape sequence), a
// line or paragraph separator, or a bidirectional override or isolate,
// which can reorder what the terminal shows.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// plain reports whether s can be printed as it is: valid UTF-8 with no
// unsafe character.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			goto slow
		}
	}
	return true
slow:
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unsafeRune(r) {
			return false
		}
	}
	return true
}

// quoteName returns a file name for a message: as it is when plain, else
// quoted as Go quotes strings ("a\nb.txt", "\x1b[2Jx.txt", "\xff.txt"), so
// that every message stays one line and nothing in a name can drive the
// terminal.
func quoteName(name string) string {
	if plain(name) {
		return name
	}
	return strconv.Quote(name)
}

// escapeText returns s with every unsafe character and invalid byte
// written as its Go escape (\n, \x1b, \u2028, \xff), the rest unchanged:
// for messages, which may quote names or text from the input.
func escapeText(s string) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case unsafeRune(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// quoteNamesIn returns msg, an error message that may contain name
// (os errors do: "open a\nb.txt: …"), with name quoted where it is not
// plain, and anything else unsafe escaped.
func quoteNamesIn(msg string, names ...string) string {
	for _, n := range names {
		if n != "" && !plain(n) {
			msg = strings.ReplaceAll(msg, n, quoteName(n))
		}
	}
	return escapeText(msg)
}
