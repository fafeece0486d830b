package jsonfmt

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// LangProblem says what is wrong with a tree's lang, or "" if it is a
// well-formed BCP 47 tag of a known language (zh-Hans, zh-TW, ja, ko, en,
// und …) or empty. Tags are not normalised, so that a tree reads back byte
// for byte: a POSIX locale (zh_CN) is refused with the tag to write
// instead, as EPUB and HTML readers refuse it.
func LangProblem(tag string) string {
	if tag == "" {
		return ""
	}
	_, err := language.Parse(tag)
	switch {
	case strings.ContainsRune(tag, '_'):
		if _, err := language.Parse(strings.ReplaceAll(tag, "_", "-")); err == nil {
			return fmt.Sprintf("%q is not a BCP 47 language tag: write %q", tag, strings.ReplaceAll(tag, "_", "-"))
		}
	case err == nil:
		return ""
	}
	return fmt.Sprintf("%q is not a BCP 47 language tag such as zh-Hans, zh-Hant, ja or ko", tag)
}

// invalidUTF8 returns the offset of the first byte of data that is not
// UTF-8, or -1. encoding/json would turn such bytes into U+FFFD silently.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// errNotUTF8 describes invalid UTF-8 at off.
func errNotUTF8(data []byte, off int) error {
	return &parseError{int64(off), fmt.Errorf("not UTF-8: byte 0x%02x is not part of a character (JSON files must be UTF-8)", data[off])}
}

// loneSurrogate looks in raw, the JSON text of one string, for an escape
// \uD800–\uDFFF that is not half of a pair, which encoding/json turns into
// U+FFFD; it returns the escape, or "".
func loneSurrogate(raw []byte) string {
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		i++
		if i >= len(raw) || raw[i] != 'u' || i+5 > len(raw) {
			continue // \" \\ \n …: the escaped byte is skipped with i
		}
		r1, err := strconv.ParseUint(string(raw[i+1:i+5]), 16, 16)
		if err != nil {
			continue
		}
		esc := string(raw[i-1 : i+5])
		i += 4
		if !utf16.IsSurrogate(rune(r1)) {
			continue
		}
		if r1 >= 0xDC00 { // a low half first
			return esc
		}
		rest := raw[i+1:]
		if len(rest) < 6 || !bytes.HasPrefix(rest, []byte(`\u`)) {
			return esc
		}
		r2, err := strconv.ParseUint(string(rest[2:6]), 16, 16)
		if err != nil || r2 < 0xDC00 || r2 > 0xDFFF {
			return esc
		}
		i += 6
	}
	return ""
}
