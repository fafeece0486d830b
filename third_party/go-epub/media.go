package epub

// paiban: this file replaces what upstream takes from
// github.com/vincent-petithory/dataurl (data URLs) and
// github.com/gabriel-vasile/mimetype (media type sniffing). Both import
// net/http, and mimetype also golang.org/x/net/html, whose initialisation
// every run of a program linking go-epub paid for. See PAIBAN.md.

import (
	"bytes"
	"encoding/base64"
	"errors"
	"strings"
	"unicode/utf8"
)

// sniffLen is how much of a file sniff looks at.
const sniffLen = 3072

const textPlain = "text/plain; charset=utf-8"

// magic numbers of the media types an EPUB holds (EPUB 3 core media
// types), as mimetype v1.4.3 names them.
var magics = []struct {
	prefix, media string
}{
	{"\x89PNG\r\n\x1a\n", "image/png"},
	{"\xff\xd8\xff", "image/jpeg"},
	{"GIF87a", "image/gif"},
	{"GIF89a", "image/gif"},
	{"\x00\x01\x00\x00", "font/ttf"},
	{"OTTO\x00", "font/otf"},
	{"wOFF", "font/woff"},
	{"wOF2", "font/woff2"},
	{"ID3", "audio/mpeg"},
	{"OggS", "application/ogg"},
	{"%PDF-", "application/pdf"},
}

// sniff returns the media type of a file that starts with head: one of
// the EPUB core media types recognised by its magic number, text/plain
// for UTF-8 text (the caller tells CSS by its name), else
// application/octet-stream.
func sniff(head []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			return m.media
		}
	}
	if len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP" {
		return "image/webp"
	}
	if len(head) >= 12 && string(head[4:8]) == "ftyp" {
		return "video/mp4"
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if bytes.HasPrefix(t, []byte("<svg")) || bytes.HasPrefix(t, []byte("<?xml")) && bytes.Contains(t, []byte("<svg")) {
		return "image/svg+xml"
	}
	if isText(head) {
		return textPlain
	}
	return "application/octet-stream"
}

// isText reports whether head is UTF-8 text without control characters
// other than white space (the last rune may be cut short).
func isText(head []byte) bool {
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n == 1 {
			return len(head)-i < utf8.UTFMax && len(head) == sniffLen
		}
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f {
			return false
		}
		i += n
	}
	return true
}

// encodeDataURL returns data as a base64 data URL (RFC 2397).
func encodeDataURL(data []byte) string {
	return "data:text/css;charset=utf-8;base64," + base64.StdEncoding.EncodeToString(data)
}

var errDataURL = errors.New("not a valid data URL")

// decodeDataURL returns the bytes a data URL (RFC 2397) holds: base64
// (padded or not) or percent-encoded.
func decodeDataURL(s string) ([]byte, error) {
	rest, ok := strings.CutPrefix(s, "data:")
	if !ok {
		return nil, errDataURL
	}
	meta, data, ok := strings.Cut(rest, ",")
	if !ok {
		return nil, errDataURL
	}
	if strings.HasSuffix(meta, ";base64") {
		data = strings.TrimRight(data, "=")
		b, err := base64.RawStdEncoding.DecodeString(data)
		if err != nil {
			return nil, errDataURL
		}
		return b, nil
	}
	return unescape(data)
}

// unescape decodes %XX sequences.
func unescape(s string) ([]byte, error) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b = append(b, s[i])
			continue
		}
		if i+2 >= len(s) {
			return nil, errDataURL
		}
		hi, lo := unhex(s[i+1]), unhex(s[i+2])
		if hi < 0 || lo < 0 {
			return nil, errDataURL
		}
		b = append(b, byte(hi<<4|lo))
		i += 2
	}
	return b, nil
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
