package newstext

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// scanStats is what one pass over the decoded text learns.
type scanStats struct {
	nfcSafe            bool // every rune is one NFC leaves alone in any context
	nfcFrom, nfcTo     int  // when not nfcSafe: from the first rune that is not nfcInert to the end of the last
	han, kana, hangul  int
	tradOnly, simpOnly int
	nonSpace           int
	hasCR              bool
	hasUBreak          bool // U+2028, U+2029 or U+0085 occur
}

// errNotUTF8 is scanRange's answer to a byte sequence that is not UTF-8.
// Decoded text never has one; for raw input it sends the reader to the
// encoding detection (see scanRaw).
var errNotUTF8 = errors.New("not UTF-8")

// langSample bounds how much text language detection looks at.
const langSample = 256 << 10

// scan checks s for control characters (refused as binary) and gathers
// statistics in a single pass. It returns a lineErr for bad input. A large
// input is scanned in two halves at once, cut after a line feed.
func scan(s string) (scanStats, error) {
	cut := halfCut(s)
	if cut < 0 {
		st, _, err := scanRange(s, 0)
		return st, err
	}
	type result struct {
		st    scanStats
		lines int
		err   error
	}
	second := make(chan result, 1)
	go func() {
		st, lines, err := scanRange(s[cut:], cut)
		second <- result{st, lines, err}
	}()
	st, lines, err := scanRange(s[:cut], 0)
	r := <-second
	if err != nil {
		return st, err
	}
	if r.err != nil {
		if le, ok := r.err.(lineErr); ok {
			le.line += lines
			return st, le
		}
		return st, r.err // errNotUTF8: no line, the caller decodes afresh
	}
	switch {
	case st.nfcSafe && !r.st.nfcSafe:
		st.nfcFrom, st.nfcTo = r.st.nfcFrom, r.st.nfcTo
	case !r.st.nfcSafe:
		st.nfcTo = r.st.nfcTo
	}
	st.nfcSafe = st.nfcSafe && r.st.nfcSafe
	st.han += r.st.han
	st.kana += r.st.kana
	st.hangul += r.st.hangul
	st.tradOnly += r.st.tradOnly
	st.simpOnly += r.st.simpOnly
	st.nonSpace += r.st.nonSpace
	st.hasCR = st.hasCR || r.st.hasCR
	st.hasUBreak = st.hasUBreak || r.st.hasUBreak
	return st, nil
}

// halfCut returns where a text of at least parallelBytes is cut into two
// halves worked on at once: just after the first line feed from the
// middle on, or -1 for a short text or none (or one that ends it).
func halfCut(s string) int {
	if len(s) < parallelBytes {
		return -1
	}
	k := strings.IndexByte(s[len(s)/2:], '\n')
	if k < 0 || len(s)/2+k+1 == len(s) {
		return -1
	}
	return len(s)/2 + k + 1
}

// scanRange is scan for s, which starts at byte base of the text (the
// language is learnt from the first langSample bytes only). It also
// returns the number of line breaks in s.
func scanRange(s string, base int) (scanStats, int, error) {
	st := scanStats{nfcSafe: true}
	sets := charSets()
	line := 1
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				line++
			case c == '\r':
				st.hasCR = true
				if i+1 >= len(s) || s[i+1] != '\n' {
					line++
				}
			case c == '\t' || c == '\f' || c == '\v' || c == ' ':
			case c < 0x20 || c == 0x7F:
				return st, 0, lineErr{line: line, msg: fmt.Sprintf("binary data (control byte 0x%02X); not a text file", c)}
			default:
				st.nonSpace++
			}
			i++
			continue
		}
		at := i // where the rune starts
		// The common three-byte form is decoded inline, and checked: the
		// scan is also the UTF-8 validation of undecoded input (scanRaw).
		var r rune
		if i+2 < len(s) && inlineLead3(c, s[i+1]) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
			if r >= 0x4E00 && r <= 0x9FFF {
				// Fast path for the common case, a CJK ideograph: not
				// space, inert under NFC, counted for the language.
				st.nonSpace++
				if base+i <= langSample {
					st.han++
					if sets.tradOnly.has(r) {
						st.tradOnly++
					} else if sets.simpOnly.has(r) {
						st.simpOnly++
					}
					continue
				}
				// Past the language sample an ideograph needs only its
				// bytes checked and counting: the ideographs after this
				// one (U+4E00–U+9FFF, E4 B8 80 to E9 BF BF) are run
				// through without decoding.
				for i+2 < len(s) {
					c0, c1, c2 := s[i], s[i+1], s[i+2]
					if c0 < 0xE4 || c0 > 0xE9 || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 || c0 == 0xE4 && c1 < 0xB8 {
						break
					}
					st.nonSpace++
					i += 3
				}
				continue
			}
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return st, 0, errNotUTF8
			}
			i += n
		}
		if r >= 0x80 && r <= 0x9F {
			return st, 0, lineErr{line: line, msg: fmt.Sprintf("binary data (control character U+%04X); not a text file", r)}
		}
		if r == 0x2028 || r == 0x2029 || r == 0x85 {
			line++
			st.hasUBreak = true
		}
		if !isSpace(r) {
			st.nonSpace++
		}
		if !nfcInert(r) {
			if st.nfcSafe {
				st.nfcSafe, st.nfcFrom = false, base+at
			}
			st.nfcTo = base + i
		}
		if base+i > langSample {
			continue
		}
		switch {
		case isHan(r):
			st.han++
			if sets.tradOnly.has(r) {
				st.tradOnly++
			} else if sets.simpOnly.has(r) {
				st.simpOnly++
			}
		case isKana(r):
			st.kana++
		case isHangul(r):
			st.hangul++
		}
	}
	return st, line - 1, nil
}

// nfcInert reports runes that NFC never changes whatever surrounds them
// (ccc 0, NFC_QC=Yes, not composing with a following mark), so text made
// allNFCInert reports whether every rune of s is nfcInert: such a string
// is in NFC whatever it holds, which a loop over its bytes tells many
// times faster than norm's exact check (renormalize asks it of every
// text of a page that has one rune that is not inert).
func allNFCInert(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfcInert(r) {
			return false
		}
		i += n - 1
	}
	return true
}

// only of them is already NFC. Anything else takes the slow, exact path.
func nfcInert(r rune) bool {
	switch {
	case r < 0x300:
		return true
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF:
		return true
	case r >= 0x3000 && r <= 0x3029, r >= 0x3030 && r <= 0x3098, r >= 0x309B && r <= 0x30FF:
		// Kana before a voicing mark would compose, but the mark itself
		// (U+3099/309A) is not inert and sends us to the slow path. So
		// are the ideographic and Hangul tone marks U+302A–302F, which
		// have combining classes (218–232): NFC reorders them.
		return true
	case r >= 0xFF00 && r <= 0xFFEF, r >= 0xAC00 && r <= 0xD7A3:
		return true
	case r >= 0x20000 && r <= 0x2A6DF, r >= 0x2A700 && r <= 0x2EBEF, r >= 0x30000 && r <= 0x3134F:
		// The ideographs of the supplementary planes (𠮷, extensions B
		// to G; not the compatibility ideographs U+2F800–2FA1F, which
		// NFC replaces): one in a page must not send all of it to the
		// exact check, a quarter of reading it.
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E:
		return true
	case r >= 0x2E00 && r <= 0x2FFF, r >= 0x3100 && r <= 0x33FF, r >= 0x4DC0 && r <= 0x4DFF, r >= 0xFE30 && r <= 0xFEFF:
		// CJK radicals and Kangxi radicals, bopomofo, the Hangul
		// compatibility jamo, kanbun, enclosed CJK letters and the CJK
		// compatibility squares (㎞ ㎏ ㈜), hexagrams, the CJK
		// compatibility forms and small forms: NFC leaves them be (only
		// NFKC unfolds them). One ㎞ in a page sent all of it to
		// norm.IsNormalString, a quarter of reading the mix corpus.
		return true
	case r >= 0x2100 && r <= 0x27BF:
		// Letterlike symbols (℃ №), number forms, arrows, mathematical
		// and technical signs, enclosed numbers, boxes, shapes; not the
		// singletons NFC replaces (Ω K Å 〈 〉).
		return r != 0x2126 && r != 0x212A && r != 0x212B && r != 0x2329 && r != 0x232A
	}
	return false
}

// normalizeNFC returns s in NFC, cheaply when the scan proved it already is.
func normalizeNFC(s string, st scanStats) string {
	if st.nfcSafe || isNormalAround(s, st.nfcFrom, st.nfcTo) {
		return s
	}
	return norm.NFC.String(s)
}

// isNormalAround reports whether s is in NFC, given that every rune
// outside s[from:to] is nfcInert. NFC changes text only around the runes
// that are not: an inert rune combines with nothing before it, so it
// starts a stretch that normalises on its own. Each run of runes that are
// not inert is checked with the inert rune before it (which it may
// compose with, as a Hangul syllable with a final jamo), up to the next
// inert rune; the rest of the text is not looked at (a page with one ㎞
// or α is not checked whole). TestIsNormalAround compares it with
// norm.NFC.IsNormalString.
func isNormalAround(s string, from, to int) bool {
	for i := from; i < to; {
		r, w := runeAt(s, i)
		if nfcInert(r) {
			i += w
			continue
		}
		start := i
		if i > 0 {
			_, pw := decodeLast(s[:i])
			start = i - pw
		}
		j := i + w
		for j < len(s) {
			r, w := runeAt(s, j)
			if nfcInert(r) {
				break
			}
			j += w
		}
		if !norm.NFC.IsNormalString(s[start:j]) {
			return false
		}
		i = j
	}
	return true
}

// isSpace reports the white space the reader strips or treats as a
// separator: ASCII space and tabs, NBSP, the ideographic space U+3000 and
// the other Unicode spaces, and a stray BOM.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x85, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x2028, 0x2029:
		return true
	}
	return r >= 0x2000 && r <= 0x200B
}

// srcLine is one input line with its outer white space removed.
type srcLine struct {
	text   string
	no     int  // 1-based
	indent bool // the line began with white space (an indented paragraph start)
	// para: the line begins with the 2em paragraph indent, exactly two
	// U+3000: a body paragraph starts here (see paraIndent).
	para bool
	// ideo: the indent is one U+3000, which may be a padded name's, split
	// from it by a hard wrap (沈 / 　申): see paddedWrap.
	ideo bool
	// trail: the source line ended in white space after its text: OCR
	// sets a space in a character's cell it read blank, which filled
	// the line's count (see endsShortOfCount).
	trail bool
	// trailIdeo: the white space after its text ended in U+3000, which
	// may be a credit's padding between its fields (本报记者　/ 周楠　摄):
	// see creditPadWrap.
	trailIdeo bool
}

// paraIndent is the indent that opens a body paragraph: two ideographic
// spaces, as Chinese is printed and as Writer writes every paragraph.
const paraIndent = "\u3000\u3000"

// isParaIndent reports a line ln (untrimmed) that opens with exactly the
// 2em paragraph indent: more, or other white space, is centring or
// layout, not the paragraph mark.
func isParaIndent(ln string) bool {
	if !strings.HasPrefix(ln, paraIndent) {
		return false
	}
	r, _ := firstRune(ln[len(paraIndent):])
	return r != utf8.RuneError && !isSpace(r)
}

// splitLines splits s at LF, CRLF, CR (and U+2028/2029/0085 when present)
// and trims each line. Blank lines are kept as empty text.
func splitLines(s string, hasCR, hasUBreak bool) []srcLine {
	n := strings.Count(s, "\n") + 1
	if hasCR {
		n += strings.Count(s, "\r")
	}
	lines := make([]srcLine, 0, n)
	// A large input with only line feeds is split in two halves at once,
	// cut after a line feed: the first half then holds exactly as many
	// lines as it has line feeds, so the halves fill their own ends of
	// one slice.
	if cut := halfCut(s); cut > 0 && !hasCR && !hasUBreak {
		first := strings.Count(s[:cut], "\n")
		done := make(chan []srcLine, 1)
		go func() { done <- appendLines(lines[first:first], s[cut:], first+1, false, false) }()
		appendLines(lines[:0:first], s[:cut], 1, false, false)
		return lines[:first+len(<-done)]
	}
	return appendLines(lines, s, 1, hasCR, hasUBreak)
}

// appendLines appends the lines of s, numbered from no, to lines.
func appendLines(lines []srcLine, s string, no int, hasCR, hasUBreak bool) []srcLine {
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if hasCR {
			if j := strings.IndexByte(s, '\r'); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		var ln string
		if i < 0 {
			ln, s = s, ""
		} else {
			ln = s[:i]
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				s = s[i+2:]
			} else {
				s = s[i+1:]
			}
		}
		// Unicode line and paragraph separators are rare; split on them
		// only when they occur.
		for hasUBreak {
			k := indexUnicodeBreak(ln)
			if k < 0 {
				break
			}
			_, w := firstRune(ln[k:])
			lines = append(lines, srcLine{text: trimSpace(ln[:k]), no: no})
			no++
			ln = ln[k+w:]
		}
		t := trimSpace(ln)
		indent := t != "" && len(t) < len(ln) && !strings.HasPrefix(ln, t)
		ideo := indent && len(ln) > len("\u3000") && ln[:len("\u3000")] == "\u3000" && strings.HasPrefix(ln[len("\u3000"):], t)
		trail := t != "" && !strings.HasSuffix(ln, t)
		trailIdeo := trail && strings.HasSuffix(ln, "\u3000")
		lines = append(lines, srcLine{text: t, no: no, indent: indent, para: indent && isParaIndent(ln), ideo: ideo, trail: trail, trailIdeo: trailIdeo})
		no++
	}
	return lines
}

// indexUnicodeBreak finds U+2028, U+2029 or U+0085 in s.
func indexUnicodeBreak(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				return i
			}
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0x85 {
				return i
			}
		}
	}
	return -1
}

// unspaced returns s without its spaces: a padded name or title as it
// reads (何　苗 → 何苗, 更　正 → 更正).
func unspaced(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

// spaceLead reports the lead bytes of isSpace's runes beyond ASCII
// (U+0085 and U+00A0: C2; U+1680: E1; U+2000–U+205F: E2; U+3000: E3;
// U+FEFF: EF): trimSpace decodes no other rune.
func spaceLead(c byte) bool {
	return c == 0xC2 || c >= 0xE1 && c <= 0xE3 || c == 0xEF
}

// spaceTail reports the last bytes of isSpace's runes beyond ASCII
// (U+0085 and U+2000–U+200B: 80–8B, U+205F: 9F, U+00A0: A0, U+2028,
// U+2029, U+202F: A8, A9, AF, U+FEFF: BF; U+1680 and U+3000 end in 80).
func spaceTail(c byte) bool {
	return c <= 0x8B || c == 0x9F || c == 0xA0 || c == 0xA8 || c == 0xA9 || c == 0xAF || c == 0xBF
}

// trimSpace strips isSpace runes from both ends of s without allocating.
func trimSpace(s string) string {
	for len(s) > 0 {
		c := s[0]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\f' || c == '\v' {
				s = s[1:]
				continue
			}
			break
		}
		if !spaceLead(c) {
			break // (a Han or Hangul rune: no space's lead byte)
		}
		r, n := firstRune(s)
		if !isSpace(r) {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		c := s[len(s)-1]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\f' || c == '\v' {
				s = s[:len(s)-1]
				continue
			}
			break
		}
		if !spaceTail(c) {
			break
		}
		r, n := decodeLast(s)
		if !isSpace(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// needsSpace reports whether joining a wrapped line a to the next line b
// needs a space: only between Latin-like text on both sides.
func needsSpace(a, b string) bool {
	var x, y rune
	for s := a; len(s) > 0; {
		r, n := decodeLast(s)
		s = s[:len(s)-n]
		if !isNeutral(r) {
			x = r
			break
		}
	}
	for s := b; len(s) > 0; {
		r, n := firstRune(s)
		s = s[n:]
		if !isNeutral(r) {
			y = r
			break
		}
	}
	if x == 0 || y == 0 {
		return false
	}
	if strings.HasSuffix(a, "-") && x == '-' {
		return false // keep a hyphen at the wrap as written, no space
	}
	if n := len(a); n >= 2 && a[n-1] == '.' && a[n-2] >= '0' && a[n-2] <= '9' && b[0] >= '0' && b[0] <= '9' {
		// A decimal broken at the wrap, 2. / 3%, in CJK text: no space.
		// (In Latin text a sentence ending in a figure stays spaced.)
		if r, _ := decodeLast(strings.TrimRight(a[:n-1], "0123456789")); isWide(r) {
			return false
		}
	}
	if n := len(a); n >= 1 && (a[n-1] >= '0' && a[n-1] <= '9' || a[n-1] == ',') && b[0] >= '0' && b[0] <= '9' {
		// A figure broken at the wrap, 约2 / 100个, 4兆1,23 / 5億元 (its
		// thousands comma before or after the wrap; its decimal part,
		// 增长17.6 / 5%), in CJK text: no space.
		if r, _ := decodeLast(strings.TrimRight(a, "0123456789,")); isWide(r) || wideBeforeFigure(a, true) {
			return false
		}
	}
	if ratioCut(a, b) || signCut(a, b) {
		return false
	}
	if !isWide(x) && !isWide(y) {
		return true
	}
	// Korean parts its words by spaces and wraps only between words: a
	// wrap where a Hangul word meets a bullet or a bracket (055-270-1000 /
	// ▽박순자씨, 그는 / 「오늘」이라고) is a word space all the same.
	if (isHan(x) || isKana(x)) && (isHan(y) || isKana(y)) {
		return false // Chinese or Japanese on both sides (most wraps)
	}
	// (Only the runes near the wrap are looked at: a line of Chinese
	// has no space, and its whole length would be scanned at every
	// wrap.)
	return hasHangul(lastWord(a, wrapWordRunes)) || hasHangul(firstWord(b, wrapWordRunes))
}

// ratioCut reports a score, ratio or time cut at the wrap after its
// colon, 以102∶ / 98逆转, 比分为3: / 1, 下午3: / 30, in CJK text: the
// colon (the ratio sign ∶ U+2236 mainland print sets in scores, or an
// ASCII one) between digits is part of the figure, so the join adds no
// space. (In Latin text, "at 3:" / "30", a colon before a wrap stays
// spaced as any other.)
func ratioCut(a, b string) bool {
	if b == "" || b[0] < '0' || b[0] > '9' {
		return false // a cheap test first: most next lines open otherwise
	}
	head, ok := strings.CutSuffix(a, ":")
	if !ok {
		if head, ok = strings.CutSuffix(a, "∶"); !ok {
			return false
		}
	}
	digits := strings.TrimRight(head, "0123456789")
	if len(digits) == len(head) {
		return false // no figure before the colon: 比分：/ 3
	}
	r, _ := decodeLast(digits)
	return isWide(r)
}

// wrapWordRunes bounds the word at a wrap that needsSpace looks at: a
// Korean word with its bullet or brackets is shorter.
const wrapWordRunes = 16

// lastWord returns the text of s after its last space, or its last max
// runes when the word is longer.
func lastWord(s string, max int) string {
	for i, k := len(s), 0; i > 0; k++ {
		r, n := decodeLast(s[:i])
		if isSpace(r) || k == max {
			return s[i:]
		}
		i -= n
	}
	return s
}

// cutAtSpace splits s at its first space into the word before it and
// the rest after it, trimmed; a word with no space after it is all of s.
func cutAtSpace(s string) (word, rest string) {
	for i, r := range s {
		if isSpace(r) {
			_, k := firstRune(s[i:])
			return s[:i], trimSpace(s[i+k:])
		}
	}
	return s, ""
}

// firstWord returns the text of s before its first space, or its first
// max runes when the word is longer.
func firstWord(s string, max int) string {
	for i, k := 0, 0; i < len(s); k++ {
		r, n := firstRune(s[i:])
		if isSpace(r) || k == max {
			return s[:i]
		}
		i += n
	}
	return s
}

// joinLines joins hard-wrapped lines into one text.
func joinLines(ls []srcLine) string {
	return joinLinesIn(nil, ls)
}

// joinLines is joinLines with the joined text cut from b's arena.
func (b *builder) joinLines(ls []srcLine) string { return joinLinesIn(&b.arena, ls) }

// joinLinesIn is joinLines with the joined text cut from a, or from an
// allocation of its own when a is nil.
func joinLinesIn(a *textArena, ls []srcLine) string {
	switch len(ls) {
	case 0:
		return ""
	case 1:
		return ls[0].text
	}
	n := 0
	for _, l := range ls {
		n += len(l.text) + len("\u3000")
	}
	var buf []byte
	if a != nil {
		buf = a.take(n)
	} else {
		buf = make([]byte, 0, n)
	}
	prev := ""
	for i, l := range ls {
		// A wrap after a lone "#" must not make a "# " marker.
		if i > 0 && needsSpace(prev, l.text) && !(i == 1 && strings.Trim(prev, "#＃") == "") {
			buf = append(buf, ' ')
		}
		if i > 0 && (l.ideo && paddedWrap(prev) || ls[i-1].trailIdeo && creditPadWrap(prev, l.text)) {
			buf = append(buf, "\u3000"...)
		}
		buf = append(buf, l.text...)
		prev = l.text
	}
	return bytesString(buf)
}

// paddedWrap reports a line ending in the first character of a padded
// two-character name (通讯员　沈), which a hard wrap split from the rest
// (　申）): the U+3000 opening the next line is the name's padding, kept
// when the lines join.
func paddedWrap(prev string) bool {
	r, w := decodeLast(prev)
	return isHan(r) && strings.HasSuffix(prev[:len(prev)-w], "\u3000")
}

// creditPadWrap reports a hard wrap that fell on the U+3000 parting a
// credit's fields, the line above ending in it (see srcLine.trailIdeo):
// after the role, before the name (本报记者　/ 周楠　摄), or after the
// name, before the photo's 摄 (周楠　/ 摄). The padding is the writer's,
// kept when the lines join, as a padded name's is (paddedWrap).
func creditPadWrap(prev, next string) bool {
	if creditSpace(prev, next) {
		return true
	}
	r, _ := decodeLast(prev)
	switch strings.TrimRight(next, "）)") {
	case "摄", "攝", "摄影", "攝影":
		return isHan(r)
	}
	return false
}

// dropStraySpaces removes runs of ASCII spaces between two CJK characters
// (ideographs, kana, CJK and fullwidth punctuation), which OCR inserts
// (株洲 轨道 → 株洲轨道), and returns how many runs went. Spaces next to
// Latin letters, digits or Hangul, between a credit's role and its name (creditSpace),
// and U+3000, are the writer's and stay.
func dropStraySpaces(s string) (string, int) {
	if strings.IndexByte(s, ' ') < 0 {
		return s, 0
	}
	var b strings.Builder
	// First pass: count the runs to drop, decoding only the runes on
	// either side of each run of spaces.
	n := 0
	for i := strings.IndexByte(s, ' '); i >= 0; {
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		// (The rune after the run is ruled out by its first byte in
		// Korean and Latin text, whose every run of spaces stays.)
		if i > 0 && j < len(s) && cjkLead(s[j]) {
			last, _ := decodeLast(s[:i])
			next, _ := runeAt(s, j)
			if isCJKChar(last) && isCJKChar(next) && !creditSpace(s[:i], s[j:]) {
				n++
			}
		}
		k := strings.IndexByte(s[j:], ' ')
		if k < 0 {
			break
		}
		i = j + k
	}
	if n == 0 {
		return s, 0
	}
	// Second pass: build the result (the first only counted).
	b.Grow(len(s))
	last := rune(0) // the rune before the current space run
	for i := 0; i < len(s); {
		if s[i] != ' ' {
			r, w := firstRune(s[i:])
			last = r
			b.WriteString(s[i : i+w])
			i += w
			continue
		}
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		next, _ := firstRune(s[j:])
		if !(j < len(s) && isCJKChar(last) && isCJKChar(next)) || creditSpace(s[:i], s[j:]) {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String(), n
}

// spacedRoles are the roles a credit sets a space after, before the
// name: 记者 陈伟, 通讯员 穗铁宣.
var spacedRoles = []string{"记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "摄影", "攝影", "编辑", "編輯"}

// creditSpace reports a space between before and after that a credit's
// writer set between its role and the name: before ends in one of
// spacedRoles and after opens with a name's one to three ideographs
// (…图/南都记者 陈　伟, 记者 王晓东 报道). After a role in a sentence
// (记者 从市交通局获悉) it is a stray space of OCR like any other.
func creditSpace(before, after string) bool {
	if !hasAnySuffix(before, spacedRoles) {
		return false
	}
	n := 0
	for _, r := range after {
		if !isHan(r) {
			break
		}
		if n++; n > 3 {
			return false
		}
	}
	return n > 0
}

// cjkLead reports the first bytes of the UTF-8 forms of the runes
// isCJKChar accepts (E2 for the curly quotes, E3–E9 for CJK punctuation,
// kana and ideographs, EF for the compatibility ideographs and fullwidth
// forms, F0 for the supplementary ideographs): not ASCII, Latin letters
// or Hangul (EA–ED). TestCJKLead checks it against every rune.
func cjkLead(c byte) bool {
	return c >= 0xE2 && c <= 0xE9 || c == 0xEF || c == 0xF0
}

// isCJKChar reports ideographs, kana, CJK punctuation and fullwidth forms
// (fullwidth digits and letters are set as ideographs): the characters
// between which a space is OCR's, not the writer's.
func isCJKChar(r rune) bool {
	return isHan(r) || isKana(r) || r == 'ー' || r == '々' ||
		r >= 0x3000 && r <= 0x303F && r != 0x3000 || r >= 0xFF01 && r <= 0xFF65 || r == '“' || r == '”' || r == '‘' || r == '’'
}
