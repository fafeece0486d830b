package newstext

import (
	"strings"
	"unicode/utf8"
)

// Wire copy and web pages often set each paragraph of Chinese or Japanese
// text on one line of its own with no blank line between (…持续升温。 /
// 记者从…获悉，…增长12.3%。), lines as long as their paragraphs, so the
// page's widest line is no measure. Hard-wrapped text breaks a line after
// any character and seldom right after a sentence: when every long line
// followed by another ends a sentence (or three in four of them, on a page
// of many; lines with no punctuation, titles and links, are not counted),
// they are paragraphs, and a line that ends a sentence ends its
// paragraph (see splitBlock). So are they when the lines that end
// mid-sentence are few and none is at a common wrap width with the lines
// that end a sentence: a wrapped line is about as wide as the widest, and
// each of these is at most three quarters of the width of two lines that
// end a sentence (a caption with a photo credit among web copy's
// paragraphs), so nothing on the page is wrapped. A line that is a
// caption by its form (…＝首相官邸で2026年12月5日、山田太郎撮影, closed
// by its credit) is not counted at all, as a line closed by a bracket is
// not: it ends where its photo's credit does, whatever the page's
// wrapping, and one long caption on a page of two short paragraphs
// would otherwise be a line at the wrap width. (Ragged wrapping leaves
// its open lines a few columns short of the widest, no more.) Korean has its own rule (kolines.go).

// cjkLineColumns is the width from which a line counts: shorter ones are
// titles, credits and the like, whose ends tell nothing of wrapping.
const cjkLineColumns = 30

// cjkSentenceLines reports a page whose long lines of Chinese or Japanese
// text followed by another line end a sentence: all of them, at least
// two; or, with eight or more, at least three in four.
func cjkSentenceLines(lines []srcLine) bool {
	n, k := 0, 0
	var open []int   // widths of the counted lines that end mid-sentence
	var ended [2]int // the two widest counted lines that end a sentence
	links := false   // under a link list's header (linkListLine)
	for i := 0; i+1 < len(lines) && n < measureSample; i++ {
		a := lines[i].text
		if links = linkListLine(a, links); links {
			continue // a link, or its header: the site's, no paragraph's
		}
		if a == "" || lines[i+1].text == "" || len(a) < cjkLineColumns || columns(a) < cjkLineColumns {
			continue
		}
		if hungOnly(a) {
			continue // a narrow column's line carried past its measure by a hung mark
		}
		if r, _ := firstRune(a); appCallFirst(r) && appCall(a) || r == '►' && inlineArrowLink(a) {
			continue // 打开界面新闻APP，查看原文, ►…: the site's furniture
		}
		r, _ := decodeLast(a)
		if r < 0x3000 && r != '.' {
			continue // (Latin or Korean text: not this rule's)
		}
		if r == '）' || r == ')' || r == '】' {
			continue // a caption or a paragraph closed by its credit: says nothing of wrapping
		}
		if r == '」' && wholeQuoteLine(a) {
			continue // a quote whole on its line ends where its 」 does (jaquoteline.go)
		}
		if !hasClauseEnd(a) && !strings.Contains(a, "、") {
			continue // a title, a stamp, a link: no text of a paragraph
		}
		if !endsSentence(a) && isCaption(a) {
			continue // a caption whole on its line (…＝首相官邸で5日、山田太郎撮影): no paragraph's
		}
		n++
		c := columns(a)
		switch {
		case !endsSentence(a):
			open = append(open, c)
		case c > ended[0]:
			ended = [2]int{c, ended[0]}
			k++
		default:
			ended[1] = max(ended[1], c)
			k++
		}
	}
	if k < 2 {
		return false
	}
	if k == n || n >= 8 && 4*k >= 3*n {
		return true
	}
	// Few lines end mid-sentence, and none at a common wrap width.
	if 2*k <= n {
		return false
	}
	for _, c := range open {
		if 4*c > 3*ended[1] {
			return false
		}
	}
	return true
}

// hungOnly reports a line that reaches cjkLineColumns only by the comma
// or full stop it ends in. A page wrapped at a narrow measure (a local
// paper's 14-character column) sets a line past its measure only to hang
// such a mark (ぶら下げ: the mark may not open the next line), so its
// only lines that wide end a clause or a sentence by the typesetter's
// rule, not the writer's: counted, every page of a narrow measure would
// read as one paragraph a line, and a ▽ entry's wrap after 。 (…、松本城
// 公園。 / 無料) or a paragraph's would be cut there.
func hungOnly(a string) bool {
	return hungMark(a) && columns(a)-2 < cjkLineColumns
}

// linkListLine reports line a a link list's header or one of the links
// under it, given whether the line before was one (in): the header
// (相关文章, 関連記事) opens the list, and the links run to the first line
// that is no link (linkLine) other than a blank one.
func linkListLine(a string, in bool) bool {
	if in && (a == "" || linkLine(a)) {
		return true
	}
	if isJaReaderLinkHeader(a) {
		return true // この記事を読んだ人におすすめ (jareaderlinks.go)
	}
	if len(a) > 8*utf8.UTFMax {
		return false // (longer than any header: most lines)
	}
	r, _ := firstRune(a)
	return jaLinkHeaderFirst(r) && isJaLinkHeader(a) || isLinkHeader(a)
}
