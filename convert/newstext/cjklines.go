package newstext

import "strings"

// Wire copy and web pages often set each paragraph of Chinese or Japanese
// text on one line of its own with no blank line between (…持续升温。 /
// 记者从…获悉，…增长12.3%。), lines as long as their paragraphs, so the
// page's widest line is no measure. Hard-wrapped text breaks a line after
// any character and seldom right after a sentence: when every long line
// followed by another ends a sentence (or three in four of them, on a page
// of many; lines with no punctuation, titles and links, are not counted),
// they are paragraphs, and a line that ends a sentence ends its
// paragraph (see splitBlock). Korean has its own rule (kolines.go).

// cjkLineColumns is the width from which a line counts: shorter ones are
// titles, credits and the like, whose ends tell nothing of wrapping.
const cjkLineColumns = 30

// cjkSentenceLines reports a page whose long lines of Chinese or Japanese
// text followed by another line end a sentence: all of them, at least
// two; or, with eight or more, at least three in four.
func cjkSentenceLines(lines []srcLine) bool {
	n, k := 0, 0
	for i := 0; i+1 < len(lines) && n < measureSample; i++ {
		a := lines[i].text
		if a == "" || lines[i+1].text == "" || len(a) < cjkLineColumns || columns(a) < cjkLineColumns {
			continue
		}
		r, _ := decodeLast(a)
		if r < 0x3000 && r != '.' {
			continue // (Latin or Korean text: not this rule's)
		}
		if r == '）' || r == ')' || r == '】' {
			continue // a caption or a paragraph closed by its credit: says nothing of wrapping
		}
		if !hasClauseEnd(a) && !strings.Contains(a, "、") {
			continue // a title, a stamp, a link: no text of a paragraph
		}
		n++
		if endsSentence(a) {
			k++
		}
	}
	return k >= 2 && (k == n || n >= 8 && 4*k >= 3*n)
}
