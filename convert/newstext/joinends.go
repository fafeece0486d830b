package newstext

import (
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// A column or page break cuts a paragraph where its column ends: the part
// above the break is the column's last wrapped line and stops
// mid-sentence, and the rest goes on after the blank line, the running
// head or the photo. A block of one line that the page set at a width of
// its own, or that closes itself with a credit after its sentence, was
// no column's end: it is a unit of its own (a caption, a stamp, a title
// the reader did not recognise as such), and the paragraph under it is
// not its continuation.

// notCut reports a paragraph p that no break cut before paragraph c:
// p was set apart (setApart), or c opens indented under an unindented
// line (indentedAfter), or, on a page whose long lines are paragraphs, p
// is a quote whole (quoteParagraph), or c is a head set short over the
// rest of its block (headOverBlock).
func (b *builder) notCut(p, c *doc.Node) bool {
	return b.setApart(p) || b.indentedAfter(c) || b.cjkLines && quoteParagraph(p.Text) || b.headOverBlock(c) || b.koBookDataApart(p) // (「…努めたい」 ends its paragraph: jaquoteline.go; a review's book data line: kobookline.go)
}

// headOverBlock reports a paragraph c of one short unpunctuated line
// (headLike) with more lines of its block under it: the reader ended it
// there, so it was set short on purpose over them, a head the grammar
// left as body text (地域の話題 over its photo story's title, after a
// blank line under a listing's last row). The rest of a paragraph a
// column break cut runs on to its paragraph's end, as the wrapped lines
// under it would; a short line that stops over lines of its own block
// is no such rest. (A head is never glued to the text below either:
// headLike in mayContinue.)
func (b *builder) headOverBlock(c *doc.Node) bool {
	i := c.Line - 1 // c's line's index
	if i < 0 || i+1 >= len(b.lines) || b.lines[i].text != c.Text || b.lines[i+1].text == "" {
		return false
	}
	return headLike(c.Text)
}

// indentedAfter reports a paragraph c whose source line opens indented
// under an unindented line, after a blank line or right under it: a
// paragraph's start. (The 2em indent says so by itself, startsPara; this
// is any other indent, as a Japanese page's one U+3000.) A break's rest
// goes on at the margin, as the wrapped lines above it did; on a page
// that indents every line, the line above is indented too and this says
// nothing. On a page with no blank lines the indent is the only mark of
// a paragraph: a wrapped box entry's short tail (▽原田恵美さん（６６）＝
// 箏曲、 / 飯田市) over the indented paragraph under the box stops
// mid-clause, and the paragraph there is no rest of it.
func (b *builder) indentedAfter(c *doc.Node) bool {
	i := c.Line - 1 // c's line's index
	if i < 1 || i >= len(b.lines) || !b.lines[i].indent {
		return false
	}
	if b.lines[i-1].text != "" {
		return !b.lines[i-1].indent
	}
	if i < 2 {
		return false
	}
	for j := i - 2; j >= 0; j-- {
		if b.lines[j].text != "" {
			return !b.lines[j].indent
		}
	}
	return false
}

// setApart reports a paragraph p that its source set as a complete unit
// of its own, which no column break cut: a block of one source line (a
// blank line or the page's end under it) that runs clearly wider than
// the page's measure, that ends in a credit after a finished sentence
// (closedByTail), that ends in a stamp's date and time
// (endsInDateTime), or in an e-mail address after a sentence
// (endsInAddress).
func (b *builder) setApart(p *doc.Node) bool {
	if p.Line < 1 || p.Line > len(b.lines) {
		return false
	}
	l := b.lines[p.Line-1]
	if p.Line < len(b.lines) && b.lines[p.Line].text != "" {
		return false // a line wrapped on: the block runs on
	}
	// The paragraph is the line's text, less what was split off its
	// front or cut out of it (a dateline, stray spaces): not a paragraph
	// joined already, which ends as the text joined to it does.
	if len(p.Text) > len(l.text) || lastRune(p.Text) != lastRune(l.text) {
		return false
	}
	return b.overColumns(l) || closedByTail(p.Text) || endsInDateTime(p.Text) || endsInAddress(p.Text)
}

// endsInAddress reports a text closed by an e-mail address set off by a
// space or a slash after a date or a finished sentence, the sentence
// closed by a credit or not (… 있다. 2026.12.05 / sunday@osen.co.kr, …
// 있다. /sunday@osen.co.kr, … 현황. (그래픽=X 기자) x@newsis.com): a
// photographer's or reporter's sign-off, which no column break cut. (An address inside a
// sentence, 문의는 help@x.kr로, has its particle glued on, no address.)
func endsInAddress(s string) bool {
	if n := len(s); n == 0 || s[n-1] >= 0x80 || !spaceWithin(s, 48) {
		return false // (most texts: the last rune is no address's)
	}
	k := strings.LastIndexFunc(s, isSpace)
	if k <= 0 {
		return false
	}
	tail := strings.TrimPrefix(trimSpace(s[k:]), "/")
	if !isEmail(tail) {
		return false
	}
	head := trimSpace(strings.TrimSuffix(trimSpace(s[:k]), "/"))
	if j := strings.LastIndexFunc(head, isSpace); j > 0 && isNumericDate(strings.TrimSuffix(head[j+1:], ".")) {
		return true // the date and the address: a stamp, whatever stands before it
	}
	// A finished sentence, or one closed by its credit (… 현황. (그래픽=X
	// 기자) x@newsis.com: closedByTail).
	return endsStop(head) || closedByTail(head)
}

// endsInDateTime reports a text ending in a numeric date and a time of
// day after a space, the last fields of a web page's time stamp
// (出版：2026-09-15 16:48　更新：2026-09-15 18:20), whatever words stand
// before them: a line of a site's stamps, which no break cut.
func endsInDateTime(s string) bool {
	if n := len(s); n == 0 || s[n-1] < '0' || s[n-1] > '9' {
		return false // (most texts)
	}
	k := strings.LastIndexFunc(s, isSpace)
	if k <= 0 || !isClock(s[k+1:]) {
		return false
	}
	head := strings.TrimRightFunc(s[:k], isSpace)
	date := head
	if j := strings.LastIndexFunc(head, func(r rune) bool { return isSpace(r) || r == '：' || r == ':' }); j >= 0 {
		_, w := firstRune(head[j:])
		date = head[j+w:]
	}
	return isNumericDate(date)
}

// overColumns reports a line of wide characters clearly wider than the
// page's measure (by a fifth): the typesetter set it across the columns,
// not in one, so it is no column's last line.
func (b *builder) overColumns(l srcLine) bool {
	return b.measure > 0 && lineColumns(l)*5 > b.measure*6 && asciiBytes(l.text)*4 <= len(l.text)
}

// closedByTail reports a text that ends a sentence and then closes on a
// credit or a note: a bracketed group after the sentence end
// (…大批人潮。（記者李曉梅／攝影）), or one or two words set off by a
// space with no punctuation of their own (…공사 현장. 연합뉴스). A column
// break cuts a sentence, not the credit after one.
func closedByTail(s string) bool {
	if start, _, ok := trailingBracket(s); ok && start > 0 {
		return endsStop(trimSpace(s[:start]))
	}
	if !spaceWithin(s, 13) {
		// (Most texts: the tail after the last space, at most 12 runes,
		// would be longer. Searching a long paragraph back for its last
		// space cost a tenth of reading the seed page.)
		return false
	}
	k := strings.LastIndexFunc(s, isSpace)
	if k <= 0 {
		return false
	}
	head := trimSpace(s[:k])
	if !endsStop(head) {
		// Two words: the agency after the photographer's own (AP 연합뉴스).
		j := strings.LastIndexFunc(head, isSpace)
		if j <= 0 || !plainWord(head[j:]) {
			return false
		}
		k, head = j, trimSpace(head[:j])
		if !endsStop(head) {
			return false
		}
	}
	tail := trimSpace(s[k:])
	return tail != "" && atMost(tail, 12) && plainWords(tail)
}

// spaceWithin reports a space among the last n runes of s.
func spaceWithin(s string, n int) bool {
	for ; n > 0 && s != ""; n-- {
		r, w := decodeLast(s)
		if isSpace(r) {
			return true
		}
		s = s[:len(s)-w]
	}
	return false
}

// plainWord reports a word of letters and digits alone (Han, kana,
// Hangul, Latin), its surrounding spaces aside: no punctuation.
func plainWord(s string) bool {
	s = trimSpace(s)
	return s != "" && !strings.ContainsFunc(s, isSpace) && plainWords(s)
}

// plainWords reports text of letters, digits and spaces alone.
func plainWords(s string) bool {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', isSpace(r):
		case isHan(r), isKana(r), isHangul(r), r == 'ー':
		default:
			return false
		}
	}
	return true
}

// endsStop reports text ending in a full stop, a question or an
// exclamation mark (closing quotes and brackets after it aside): a
// sentence over, where endsSentence also takes the colon or semicolon
// that leads on to what follows.
func endsStop(s string) bool {
	return endsInside(s, func(r rune) bool {
		switch r {
		case '。', '！', '？', '!', '?', '.', '．', '｡', '…':
			return true
		}
		return false
	})
}
