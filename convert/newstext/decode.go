package newstext

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	stdunicode "unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Canonical encoding names, as recorded in doc.Source.Encoding.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF16LE = "UTF-16LE"
	EncodingUTF16BE = "UTF-16BE"
	EncodingGB18030 = "GB18030"
	EncodingBig5    = "Big5"
)

// ErrUnknownEncoding is wrapped by the error Read returns when WithEncoding
// named an encoding the reader does not know; it is a usage error, not bad input.
var ErrUnknownEncoding = errors.New("unknown encoding")

// Encodings lists the encoding names WithEncoding accepts (besides the
// aliases gbk and gb2312, which decode as GB18030).
func Encodings() []string {
	return []string{"utf-8", "utf-16le", "utf-16be", "gb18030", "big5"}
}

// CanonicalEncoding maps a user-supplied encoding name to its canonical
// form ("" for auto-detection) or reports ErrUnknownEncoding. GBK and GB2312
// are decoded as GB18030, their superset, so no character is lost.
func CanonicalEncoding(name string) (string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.ReplaceAll(n, "_", "-")
	switch n {
	case "", "auto":
		return "", nil
	case "utf-8", "utf8":
		return EncodingUTF8, nil
	case "utf-16le", "utf16le", "utf-16-le":
		return EncodingUTF16LE, nil
	case "utf-16be", "utf16be", "utf-16-be":
		return EncodingUTF16BE, nil
	case "gb18030", "gbk", "gb2312", "cp936", "euc-cn":
		return EncodingGB18030, nil
	case "big5", "big-5", "cp950":
		return EncodingBig5, nil
	}
	return "", fmt.Errorf("%w %q (known: %s)", ErrUnknownEncoding, name, strings.Join(Encodings(), ", "))
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// DetectEncoding guesses the encoding of b: a byte order mark wins, then
// valid UTF-8, then whichever of GB18030 and Big5 decodes b into more
// common Chinese text, if either decodes it into convincing Chinese. It
// returns "" when b is none of these (binary data, damaged UTF-8, or text
// in another legacy encoding).
func DetectEncoding(b []byte) string {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return EncodingUTF8
	case bytes.HasPrefix(b, bomUTF16LE):
		return EncodingUTF16LE
	case bytes.HasPrefix(b, bomUTF16BE):
		return EncodingUTF16BE
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "" // no text encoding here has NUL bytes: binary, or UTF-16 without a BOM
	}
	if validUTF8(b) {
		return EncodingUTF8
	}
	gb := legacyScore(b, simplifiedchinese.GB18030)
	big := legacyScore(b, traditionalchinese.Big5)
	switch {
	case gb < minLegacyScore && big < minLegacyScore:
		return ""
	case big > gb:
		return EncodingBig5
	}
	return EncodingGB18030
}

// scanRaw takes the common case in one pass: no encoding given, no byte
// order mark, and data that scans cleanly as UTF-8 (the scan validates
// it). Anything else (legacy encodings, binary data, control bytes)
// reports !ok, and the reader decodes and scans as usual, so its results
// and messages are those of the two-pass path.
func scanRaw(data []byte, enc string, owned bool) (text, encoding string, st scanStats, ok bool) {
	if enc != "" || len(data) == 0 || bytes.HasPrefix(data, bomUTF8) || bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return "", "", st, false
	}
	if owned {
		// As in decode: the reader's private buffer is never written again.
		text = unsafe.String(&data[0], len(data))
	} else {
		text = string(data)
	}
	st, err := scan(text)
	if err != nil {
		return "", "", st, false
	}
	return text, EncodingUTF8, st, true
}

// validUTF8 is utf8.Valid, with a large input checked in two halves at
// once: it is a tenth of the time of reading a large archive page.
func validUTF8(b []byte) bool {
	if len(b) < parallelBytes {
		return utf8.Valid(b)
	}
	// Cut at the start of a character (not a continuation byte), so each
	// half is valid exactly when its characters are.
	mid := len(b) / 2
	for k := 0; k < utf8.UTFMax && mid < len(b) && b[mid]&0xC0 == 0x80; k++ {
		mid++
	}
	second := make(chan bool, 1)
	go func() { second <- utf8.Valid(b[mid:]) }()
	first := utf8.Valid(b[:mid])
	return <-second && first
}

// parallelBytes is the input size from which validUTF8 uses two goroutines.
const parallelBytes = 1 << 20

// minLegacyScore is the share of common characters a legacy decoding needs
// to be believed; real Chinese prose scores well above 0.4, mis-decoded
// bytes far below.
const minLegacyScore = 0.25

// hasUTF8Runes reports whether b holds well-formed multi-byte UTF-8
// sequences: input that does, yet is not valid UTF-8 and not convincing
// GB18030 or Big5, is damaged UTF-8.
func hasUTF8Runes(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			return true
		}
		i++
	}
	return false
}

// legacySample bounds the bytes scored when guessing a legacy encoding.
const legacySample = 64 << 10

// legacyScore decodes a prefix of b and returns the share of its
// non-ASCII characters that are common Chinese characters or punctuation,
// or -1 when the decoding hits an invalid sequence.
func legacyScore(b []byte, e encoding.Encoding) float64 {
	if len(b) > legacySample {
		b = b[:legacySample]
		// Back up to a line end so the sample does not cut a character.
		if i := bytes.LastIndexByte(b, '\n'); i > 0 {
			b = b[:i]
		}
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return -1
	}
	common, total := 0, 0
	for _, r := range string(out) {
		if r < utf8.RuneSelf {
			continue
		}
		if r == utf8.RuneError {
			return -1
		}
		total++
		if isCommonChinese(r) {
			common++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(common) / float64(total)
}

// decode turns raw input into UTF-8 text using the named encoding
// (canonical name; "" detects). It returns the text and the encoding used;
// errors about a particular line are lineErr values.
func decode(b []byte, enc string, owned bool) (string, string, error) {
	valid := false
	if enc == "" {
		enc = DetectEncoding(b)
		if enc == "" {
			return "", "", undetectable(b)
		}
		// DetectEncoding validated UTF-8 unless a BOM decided it.
		valid = enc == EncodingUTF8 && !bytes.HasPrefix(b, bomUTF8)
	}
	switch enc {
	case EncodingUTF8:
		b = bytes.TrimPrefix(b, bomUTF8)
		if !valid && !validUTF8(b) {
			return "", enc, lineErr{line: badUTF8Line(b), msg: "invalid UTF-8 (try option Encoding gb18030 or big5 if the file is legacy Chinese)"}
		}
		if owned && len(b) > 0 {
			// b is the reader's private buffer and is never written
			// again, so the text can share it instead of copying 64 MB.
			return unsafe.String(&b[0], len(b)), enc, nil
		}
		return string(b), enc, nil
	case EncodingUTF16LE, EncodingUTF16BE:
		end := unicode.LittleEndian
		if enc == EncodingUTF16BE {
			end = unicode.BigEndian
		}
		if len(b)%2 != 0 {
			return "", enc, fmt.Errorf("invalid %s: odd number of bytes", enc)
		}
		out, err := unicode.UTF16(end, unicode.IgnoreBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", enc, fmt.Errorf("invalid %s: %w", enc, err)
		}
		s := strings.TrimPrefix(string(out), "\uFEFF")
		if i := strings.IndexRune(s, utf8.RuneError); i >= 0 {
			return "", enc, lineErr{line: lineAt(s, i), msg: fmt.Sprintf("invalid %s: unpaired surrogate", enc)}
		}
		return s, enc, nil
	case EncodingGB18030, EncodingBig5:
		var e encoding.Encoding = simplifiedchinese.GB18030
		if enc == EncodingBig5 {
			e = traditionalchinese.Big5
		}
		out, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return "", enc, fmt.Errorf("invalid %s: %w", enc, err)
		}
		s := string(out)
		if i := strings.IndexRune(s, utf8.RuneError); i >= 0 && !bytes.Contains(b, []byte("\xEF\xBF\xBD")) {
			return "", enc, lineErr{line: lineAt(s, i), msg: fmt.Sprintf("invalid %s byte sequence", enc)}
		}
		return s, enc, nil
	}
	return "", "", fmt.Errorf("%w %q", ErrUnknownEncoding, enc)
}

// undetectable explains why no encoding fits b.
func undetectable(b []byte) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		if enc := utf16Guess(b); enc != "" {
			return fmt.Errorf("looks like %s without a byte order mark; read it with option Encoding %s", enc, strings.ToLower(enc))
		}
		return lineErr{line: bytesLine(b, i), msg: "binary data (NUL byte); not a text file"}
	}
	if hasUTF8Runes(b) {
		return lineErr{line: badUTF8Line(b), msg: "invalid UTF-8 (try option Encoding gb18030 or big5 if the file is legacy Chinese)"}
	}
	const msg = "not text in a known encoding (UTF-8, UTF-16 with BOM, GB18030, Big5); choose one with option Encoding"
	if line := badUTF8Line(b); line > 0 {
		// Mostly ASCII with a stray byte: the line shows where to look.
		return lineErr{line: line, msg: msg}
	}
	return errors.New(msg)
}

// lineErr is an error message tied to a line, unwrapped into
// doc.InputError by the reader.
type lineErr struct {
	line int
	msg  string
}

func (e lineErr) Error() string { return e.msg }

// badUTF8Line returns the 1-based line of the first invalid UTF-8 sequence.
func badUTF8Line(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return bytesLine(b, i)
		}
		i += n
	}
	return 0
}

// bytesLine returns the 1-based line holding byte offset i, counting LF,
// CR and CRLF as line ends.
func bytesLine(b []byte, i int) int {
	return lineAt(string(b[:i]), i)
}

// lineAt returns the 1-based line of byte offset i in s.
func lineAt(s string, i int) int {
	if i > len(s) {
		i = len(s)
	}
	s = s[:i]
	n := 1 + strings.Count(s, "\n")
	// Lone CRs are line ends too; CRLF was counted once by its LF.
	n += strings.Count(s, "\r") - strings.Count(s, "\r\n")
	return n
}

// utf16Guess recognises BOM-less UTF-16 by its zero bytes: in text that is
// mostly ASCII they fill every other position.
func utf16Guess(b []byte) string {
	if len(b) < 4 || len(b)%2 != 0 {
		return ""
	}
	n := len(b)
	if n > 4096 {
		n = 4096
	}
	even, odd := 0, 0
	for i := 0; i+1 < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*6 && even == 0:
		return EncodingUTF16LE
	case even*10 >= pairs*6 && odd == 0:
		return EncodingUTF16BE
	}
	// CJK text has fewer NUL bytes, on both sides (ASCII's high byte, and
	// the low byte of U+3000 or 一 U+4E00): it is UTF-16 if its code units
	// read as text in one byte order; if in both, the side with more NULs
	// (ASCII, line ends) decides.
	le := plausibleUTF16(b[:n&^1], binary.LittleEndian)
	be := plausibleUTF16(b[:n&^1], binary.BigEndian)
	switch {
	case le && (!be || odd >= even):
		return EncodingUTF16LE
	case be:
		return EncodingUTF16BE
	}
	return ""
}

// plausibleUTF16 reports whether b, read as UTF-16 in byte order o, is
// text: no unpaired surrogates and nearly all characters printable or
// line breaks and tabs. Legacy and binary data read this way is mostly
// unassigned or private-use code points and stray surrogates.
func plausibleUTF16(b []byte, o binary.ByteOrder) bool {
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = o.Uint16(b[2*i:])
	}
	good, all := 0, 0
	for i := 0; i < len(units); i++ {
		u := units[i]
		r := rune(u)
		if utf16.IsSurrogate(r) {
			if i+1 >= len(units) {
				break // cut off by the sample's end
			}
			r = utf16.DecodeRune(r, rune(units[i+1]))
			if r == stdunicode.ReplacementChar {
				return false
			}
			i++
		}
		all++
		if r == '\n' || r == '\r' || r == '\t' || stdunicode.IsPrint(r) || r == 0x3000 {
			good++
		}
	}
	return all > 0 && good*100 >= all*98
}
