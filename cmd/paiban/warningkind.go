package main

import "strings"

// warningKind is a warning's message with what varies from one to the
// next left out: what follows a colon (the text in question), numbers,
// quoted text and code points: "paragraph continues from line N across a
// column …", "page folio kept as noise". It is called once per warning,
// and a large page has hundreds of thousands, so it scans the message by
// hand rather than with regular expressions (the test holds it to the
// two it replaces: `"[^"]*"|“[^”]*”|「[^」]*」|U\+[0-9A-F]{4,6}` → "…",
// then `[0-9]+` → "N").
func warningKind(msg string) string {
	if i := strings.Index(msg, ": "); i > 0 {
		msg = msg[:i]
	}
	if !strings.ContainsAny(msg, "0123456789\"“「U") {
		return msg // most messages: nothing varies
	}
	var b strings.Builder
	b.Grow(len(msg))
	for i := 0; i < len(msg); {
		if n := quotedLen(msg[i:]); n > 0 {
			b.WriteString("…")
			i += n
			continue
		}
		if c := msg[i]; c >= '0' && c <= '9' {
			for i < len(msg) && msg[i] >= '0' && msg[i] <= '9' {
				i++
			}
			b.WriteByte('N')
			continue
		}
		b.WriteByte(msg[i])
		i++
	}
	return b.String()
}

// quotedPairs are the quotes whose content warningKind leaves out.
var quotedPairs = [][2]string{{`"`, `"`}, {"“", "”"}, {"「", "」"}}

// quotedLen returns the length of the quoted text or code point (U+4E00)
// that s opens with, or 0.
func quotedLen(s string) int {
	for _, q := range quotedPairs {
		if strings.HasPrefix(s, q[0]) {
			if j := strings.Index(s[len(q[0]):], q[1]); j >= 0 {
				return len(q[0]) + j + len(q[1])
			}
			return 0
		}
	}
	if !strings.HasPrefix(s, "U+") {
		return 0
	}
	n := 0
	for n < 6 && 2+n < len(s) && isUpperHex(s[2+n]) {
		n++
	}
	if n < 4 {
		return 0
	}
	return 2 + n
}

func isUpperHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' }
