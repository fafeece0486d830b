package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Korean regional paper that reprints a wire's story closes it with the
// wire's credit alone, where its own reporter's trailer would stand
// (/이나래기자): /연합뉴스, /뉴시스, /뉴스1, the same in round brackets,
// (연합뉴스), or with the word for "supplied", /연합뉴스 제공. It is the
// story's byline, org the wire, as 据新华社's trailer is a Chinese
// reprint's (reprint.go). Only the domestic wires that sell their copy
// to the regional papers count: a foreign agency's name after a slash
// (/AFP 연합뉴스) is a photo's credit, and a name alone with no slash
// or bracket (연합뉴스) may be a site's name at the page's top.

// koreanWires are the Korean wires whose stories regional papers reprint.
var koreanWires = []string{"연합뉴스", "뉴시스", "뉴스1"}

// koreanWireTrailer reads a wire's closing credit alone on its line,
// /연합뉴스, (연합뉴스), /연합뉴스 제공, and returns the wire.
func koreanWireTrailer(s string) (string, bool) {
	if len(s) > 40 {
		return "", false
	}
	if inner, ok := cutEnclosing(s); ok {
		s = inner
	} else if rest, ok := strings.CutPrefix(s, "/"); ok {
		s = rest
	} else {
		return "", false
	}
	s = strings.TrimSuffix(trimSpace(s), " 제공")
	for _, w := range koreanWires {
		if s == w {
			return w, true
		}
	}
	return "", false
}

// koreanClosingWire finds the wire's credit run on after a paragraph's
// last sentence, … 골밑을 지배했다. /연합뉴스, and returns where it
// starts. The sentence ends in a verb's 다 other than 있다: a photo's
// caption describes the picture (… 환호하고 있다. /연합뉴스) or names it
// with a noun (koreanDescribes), and stays a caption.
func koreanClosingWire(s string) (int, credit, bool) {
	// (The trailer's slash after the sentence's stop, looked for first
	// in the last 12 runes with a forward byte search: LastIndex, which
	// finds the last stop, searches byte by byte, and most paragraphs
	// have no trailer.)
	if !strings.Contains(s[max(len(s)-12*utf8.UTFMax, 0):], ". /") {
		return 0, credit{}, false
	}
	k := lastIndexNear(s, ". ", 12)
	if k <= 0 || koreanDescribes(s[:k+1]) {
		return 0, credit{}, false
	}
	tail := s[k+2:]
	if !strings.HasPrefix(tail, "/") || strings.HasSuffix(tail, "제공") {
		return 0, credit{}, false // (/연합뉴스 제공 after a sentence: a photo's supplier)
	}
	w, ok := koreanWireTrailer(tail)
	if !ok {
		return 0, credit{}, false
	}
	return k + 2, credit{org: w}, true
}
