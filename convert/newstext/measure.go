package newstext

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// The measure of a hard-wrapped page: how wide its full lines are. A line
// that stops clearly short of it was ended on purpose — a title line, a
// head, the end of a paragraph — while a full line was wrapped by the
// typesetter and continues on the next. Pages with no blank lines (OCR,
// some exports) have no other sign of where a paragraph or a title ends.

// measureSample bounds how many wrapped lines pageMeasure looks at.
const measureSample = 4096

// pageMeasure returns the width in columns of the page's full lines: the
// third widest line among those followed by another line of the same
// block (the widest two may be overlong exceptions; with fewer than eight
// such lines, the widest), or 0 when the page has too few to tell.
func pageMeasure(lines []srcLine) int {
	m, _ := pageMeasureWeak(lines)
	return m
}

// pageMeasureWeak is pageMeasure, and whether the measure rests on fewer
// than eight wrapped lines: then it is the widest line, which a line a
// few characters shorter need not stop short of (a page wrapped by hand
// at sentence ends has no measure at all).
func pageMeasureWeak(lines []srcLine) (int, bool) {
	m, weak, _ := pageMeasures(lines)
	return m, weak
}

// pageMeasures is pageMeasureWeak, and the measure taken with a comma or
// full stop hung past the end of a line not counted (bare): a page that
// hangs its punctuation sets full lines one mark wider than its measure,
// and those lines may make the measure (see overMeasure).
func pageMeasures(lines []srcLine) (int, bool, int) {
	return pageMeasuresRows(lines, nil, nil, nil)
}

// pageMeasuresRows is pageMeasures, keeping in tr (nil, or as long as
// lines) tableRow plus one of each line it asks rowLine of, and in fb
// (the same) the facts factBox and factBoxYes where it asked boxRow:
// splitBlock asks them of the same lines again (blockLines.seedRows).
// The lines verse marks (nil, or as long as lines: a poem's stanzas, see
// stanzaLines) are not measured.
func pageMeasuresRows(lines []srcLine, tr []int8, fb []uint8, verse []bool) (int, bool, int) {
	var ws, cs, bs []int
	var rows []bool  // the lines that are a table's rows (rowLine)
	var top topThree // the three widest bare widths
	wide := 0        // the widest line mostly of wide characters
	wideText := 0    // the widest of those that holds running text's punctuation
	for i := 0; i+1 < len(lines) && len(ws) < measureSample; i++ {
		if t := lines[i].text; t != "" && lines[i+1].text != "" && (verse == nil || !verse[i]) {
			c := columns(t)
			ws = append(ws, c)
			bare := c
			if hungMark(t) {
				bare -= 2
			}
			bs = append(bs, bare)
			// (rowLine, keeping its tableRow and boxRow.)
			n := tableRow(t)
			row := n > 0 || listDot(t)
			if !row {
				box := boxRow(t)
				row = box || paddedRow(t) >= 3
				if fb != nil {
					fb[i] = factBox
					if box {
						fb[i] |= factBoxYes
					}
				}
			}
			if tr != nil {
				tr[i] = int8(n) + 1
			}
			rows = append(rows, row)
			top.add(bare)
			if asciiBytes(t)*4 <= len(t) {
				wide = max(wide, c)
				if hasAnyRune(t, "，。、；！？,.!?") || hasHangul(t) {
					wideText = max(wideText, c)
				}
			}
		}
	}
	if len(ws) < 3 {
		return 0, false, 0
	}
	if len(ws) < 8 {
		// Few wrapped lines, and some of them may be title lines: the
		// widest, among lines of wide characters where there are any
		// (a short page's Latin lines need not share its measure). If
		// the widest of those holds no punctuation, it may be a title
		// line, whose width says nothing of the text's measure: the
		// widest that does, or none. (Korean wraps at word spaces and
		// writes few commas: its lines all count.)
		m := 0
		switch {
		case wideText > 0:
			m = wideText
		case wide > 0:
			return 0, false, 0
		default:
			m = slices.Max(ws)
		}
		if unwrappedBeyond(lines, m) {
			return 0, false, 0
		}
		return m, true, 0
	}
	cs = append(cs, ws...)
	chars := func() []int { return charWidths(lines, verse, len(cs)) } // (charmeasure.go)
	m, bare, ok := measureBesideFurniture(cs, bs, rows, chars)         // (sharedmeasure.go)
	if !ok {
		sort.Sort(sort.Reverse(sort.IntSlice(ws)))
		m, bare = ws[2], top[2]
	}
	if unwrappedPage(lines, m, rows) {
		return 0, false, 0
	}
	return m, false, bare
}

// hungMark reports a line ending in a comma, full stop or enumeration
// comma, which a page that hangs its punctuation sets past its measure.
func hungMark(t string) bool {
	return strings.HasSuffix(t, "，") || strings.HasSuffix(t, "。") || strings.HasSuffix(t, "、")
}

// unwrappedBeyond reports a page whose paragraphs are not wrapped at
// measure m, taken from its few wrapped lines: a line standing alone (a
// blank line or the page's end after it) at least twice as wide. Those
// few lines were title lines set one under another (a web page's name,
// headline and stamp), not text wrapped at a measure, and a line of
// them is no shorter than a measure the page does not have.
func unwrappedBeyond(lines []srcLine, m int) bool {
	for i := 0; i < len(lines) && i < measureSample; i++ {
		if t := lines[i].text; t != "" && (i+1 == len(lines) || lines[i+1].text == "") && len(t) >= 2*m && columns(t) >= 2*m {
			return true
		}
	}
	return false
}

// unwrappedPage reports a page of eight or more "wrapped" lines whose
// paragraphs are not wrapped at measure m all the same: at least three
// lines ending their block run twice as wide as m or more, and as many
// as half the lines followed by another in their block that are no
// table rows (rows marks those). A page whose paragraphs are one line
// each (an editorial system's export) sets its title lines over their
// text, a box's title over its rows, in the same block: those lines
// were ended on purpose, and the narrowest width they share is no
// measure; on a wrapped page a paragraph's last line never runs past
// its measure, let alone twice. (unwrappedBeyond is the same for a page
// of fewer wrapped lines, where one such line tells.)
func unwrappedPage(lines []srcLine, m int, rows []bool) bool {
	if m == 0 {
		return false
	}
	text := 0
	for _, r := range rows {
		if !r {
			text++
		}
	}
	wide := 0
	for i := 0; i < len(lines) && i < measureSample; i++ {
		if t := lines[i].text; t != "" && (i+1 == len(lines) || lines[i+1].text == "") && len(t) >= 2*m && columns(t) >= 2*m {
			wide++
		}
	}
	return wide >= 3 && wide*2 >= text
}

// pageWidest returns the width in columns of the widest of the page's
// first measureSample non-blank lines: on a page too short to measure
// (pageMeasure 0), where most paragraphs are one line each, no line
// was wrapped narrower than it.
func pageWidest(lines []srcLine) int {
	w, n := 0, 0
	for i := 0; i < len(lines) && n < measureSample; i++ {
		if t := lines[i].text; t != "" {
			w = max(w, lineColumns(lines[i]))
			n++
		}
	}
	return w
}

// shortOfWidest reports a line at most two thirds of the page's widest
// line and at least five characters short of it, on a page with no
// measure: a line that short was not wrapped. (On a page of a few
// words no line is that much shorter than another.)
func (b *builder) shortOfWidest(a srcLine) bool {
	c := lineColumns(a)
	return b.measure == 0 && c*3 <= b.widest*2 && c+10 <= b.widest
}

// columns is the display width of s: two columns for each character of
// three or four UTF-8 bytes (CJK, kana, Hangul, fullwidth forms), one for
// the rest. Counted on bytes, as it runs over every line: one column for
// every byte that is no continuation byte, and one more for each lead
// byte of a three- or four-byte form (111xxxxx), eight bytes at a time
// (TestColumns compares it with a byte by byte count).
func columns(s string) int {
	const high = 0x8080808080808080
	n := len(s)
	for ; len(s) >= 8; s = s[8:] {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		// Bit 7 of a byte with bits 7, 6 and 5 set, less one with bit 7
		// set and bit 6 clear (a continuation byte).
		n += bits.OnesCount64(x&(x<<1)&(x<<2)&high) - bits.OnesCount64(x&^(x<<1)&high)
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0xE0:
			n++
		case c >= 0x80 && c < 0xC0:
			n--
		}
	}
	return n
}

// firstTokenColumns is the width of what would have had to fit at the end
// of the line before s for the typesetter to keep it there: a Latin or
// Korean word or number, or one character (with the closing punctuation
// that may not start a line).
func firstTokenColumns(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, w := firstRune(s[i:])
		switch {
		case r == ' ':
		case r < 0x80:
			n++
			i += w
			continue
		case isHangul(r) || n > 0 && !isWide(r):
			// A Korean word wraps whole, with its punctuation.
			n += 2
			i += w
			continue
		}
		break
	}
	if n > 0 {
		return n
	}
	return 2 * leadChars(s)
}

// leadChars is how many characters open s that would have moved to the
// end of the line above together: one character, and the closing mark
// after it that may not start a line (or the character after an opening
// bracket or quote, which may not end one).
func leadChars(s string) int {
	r, w := firstRune(s)
	switch r { // (switches, not strings.ContainsRune: a CJK rune made a string to search for)
	case '“', '‘', '「', '『', '（', '《', '【', '〔':
		return 2
	}
	r2, _ := firstRune(s[w:])
	if isCloseBracket(r2) {
		return 2
	}
	switch r2 {
	case '，', '。', '、', '；', '：', '！', '？', '）', '」', '』', '”', '’':
		return 2
	}
	return 1
}

// endsShortLine reports whether source line a, followed by line b in the
// same block, stops short of the page's measure: the next line's first
// word would have fitted on it. The indent counts: on the narrow columns
// of vertical OCR an indented line holds two characters fewer.
func (b *builder) endsShortLine(a srcLine, next string) bool {
	sep := 0
	if needsSpace(a.text, next) {
		sep = 1
	}
	// Five columns of slack: hand-wrapped and hung-punctuation lines
	// end a little short of the measure
	// (fewer on the narrow measures of vertical columns).
	// A line full by character count is not short, however narrow its
	// digits (runefill.go).
	return b.measure > 0 && lineColumns(a)+sep+firstTokenColumns(next)+min(5, b.measure/8) <= b.measure && !b.fullOfRunes(a)
}

// nextWordFits reports a line that the first word of the next line (or
// its first character, in a script that wraps between characters) would
// have fitted on within the page's measure: no typesetter wrapped it
// there, so it was ended on purpose. (No slack: a wrapped line's next
// word overruns the column, which the measure, a full line's width, does
// not exceed.)
func (b *builder) nextWordFits(a srcLine, next string) bool {
	if fits, ok := b.koWordFits(a, next); ok {
		return b.measure > 0 && fits // (a Korean page wrapped by count: kowordwrap.go)
	}
	sep := 0
	if needsSpace(a.text, next) {
		sep = 1
	}
	return b.measure > 0 && lineColumns(a)+sep+firstTokenColumns(next) <= b.measure
}

// wrapTail reports line next, a tail of one to three ideographs or
// kana, under line a within one wide character of the measure:
// the rest of a word or name the typesetter carried over
// (▽警務課長（甲府署副署長）深 / 沢雅人), not a title line of its own. A
// page's full lines vary by a character (kinsoku carries one over or
// draws one in, a digit sets narrower), so a line one character short of
// the measure taken from its widest lines is full; and no subheadline is
// three characters long under a headline as wide as the column.
func (b *builder) wrapTail(a srcLine, next string) bool {
	if b.measure == 0 || !atMost(next, 3) || lineColumns(a)+2 < b.measure {
		return false
	}
	for _, r := range next {
		if !isHan(r) && !isKana(r) {
			return false
		}
	}
	return next != ""
}

// endsShortAt is endsShortLine for line i of the block being cut over
// line i+1, worked out once: splitBlock asks it of a pair of lines as the
// line above and the line, more than once, and of the line and the line
// under it.
func (b *builder) endsShortAt(i int) bool {
	bl := &b.block
	v := bl.facts[i]
	if v&factShort == 0 {
		v |= factShort
		// (A paragraph's first line on a Korean page wrapped by count
		// is full by count, however short in columns: kowordwrap.go.)
		if b.endsShortLine(bl.ls[i], bl.ls[i+1].text) && !b.koWrappedBody(bl.ls, i) {
			v |= factShortYes
		}
		bl.facts[i] = v
	}
	return v&factShortYes != 0
}

// clearlyShort reports a line at most three quarters of the measure: a
// title or head line, not a ragged wrapped line (wraps made by hand or by
// character count leave lines of mixed digits and ideographs short).
func (b *builder) clearlyShort(a string) bool {
	return b.measure > 0 && columns(a)*4 <= b.measure*3
}

// asciiBytes counts the ASCII bytes of s.
func asciiBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			n++
		}
	}
	return n
}

// indentColumns is the width of the 2em paragraph indent: on a page of
// narrow columns (OCR of vertical text) an indented line holds two
// characters fewer, and is no shorter than the lines around it.
const indentColumns = 4

// lineColumns is the width a source line takes, its paragraph indent
// included.
func lineColumns(l srcLine) int {
	if l.para {
		return columns(l.text) + indentColumns
	}
	return columns(l.text)
}

// clearlyShortLine is clearlyShort for a source line, its indent counted.
func (b *builder) clearlyShortLine(a srcLine) bool {
	return b.measure > 0 && lineColumns(a)*4 <= b.measure*3
}

// overMeasure reports a line of wide characters wider than a measure
// taken from many lines, its hung punctuation not counted, and itself
// ending in no mark that may hang: no typesetter wrapped it there.
func (b *builder) overMeasure(a srcLine) bool {
	if b.bare == 0 || lineColumns(a) <= b.bare || asciiBytes(a.text)*4 > len(a.text) {
		return false
	}
	r, _ := decodeLast(a.text)
	return !isCloseBracket(r) && !strings.ContainsRune("，。、；：！？」』”’", r)
}

// fullByRunes reports a line with Latin letters or digits as long in
// characters as the measure is in wide ones: a page wrapped by character
// count, not by width, ends such a line at its measure (用户可通过Air
// Selangor手机应用程 / 序或…), though its narrow letters leave it short
// in columns. It is not a title line ended on purpose. A Korean line is
// no such line: Korean wraps whole words by width, and its spaces,
// counted wide, would fill any title line (한빛화학, 여수 NCC 증설 착수).
func (b *builder) fullByRunes(a srcLine) bool {
	if asciiBytes(a.text) == 0 || hasHangul(a.text) {
		return false // (Korean wraps whole words by width, its spaces narrow)
	}
	n := utf8.RuneCountInString(a.text) * 2
	if a.para {
		n += indentColumns
	}
	return n+min(5, b.measure/8) >= b.measure
}
