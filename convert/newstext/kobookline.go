package newstext

import (
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// A Korean culture page's box of new books (신간, 새로 나온 책) opens each
// entry with the book's data on a line: its title in brackets, the
// author and what they did, the publisher, the pages and the price,
// 《겨울 정원의 기억》 최윤아 지음·한빛출판·312쪽·1만7000원 (or parted by
// bars, 「소리의 지도」 한지우 지음 | 파도출판 | 256쪽 | 1만5000원), and the
// description under it. The data line is the entry's first words, a
// paragraph with its description, never the box's subheadline: a
// headline about a book names no price or page count.
//
// Set alone over a blank line, the data line goes on into its
// description only under a box's name (신간 / 《…》 …1만7000원 / blank /
// 시인 최윤아가 …): a book review sets the reviewed book's data under its
// headline, [새책] 겨울 정원에서 찾은 위로, a part of its own over the
// review's text.

// koBookWorks are what a book's data says its people did.
var koBookWorks = []string{"지음", "옮김", "엮음", "그림", "글"}

// koBookDataLine reports a Korean book notice's data line (see above): a
// title in 《》, 「」, 『』 or 〈〉 opening it, then a credit (koBookWorks)
// and a page count (…쪽) or a price (…원) closing it, at most 80 runes.
func koBookDataLine(s string) bool {
	r, _ := firstRune(s)
	if r != '《' && r != '「' && r != '『' && r != '〈' || !atMost(s, 80) {
		return false
	}
	c := '》'
	switch r {
	case '「':
		c = '」'
	case '『':
		c = '』'
	case '〈':
		c = '〉'
	}
	k := strings.IndexRune(s, c)
	if k < 0 {
		return false
	}
	rest := s[k:]
	if !strings.HasSuffix(rest, "원") && !strings.HasSuffix(rest, "쪽") {
		return false
	}
	for _, w := range koBookWorks {
		if strings.Contains(rest, " "+w) {
			return true
		}
	}
	return false
}

// koBookDataApart reports a Korean paragraph p that is a book's data line
// alone (koBookDataLine) in an article not named as a box (standingBox,
// its headline or kicker): the data of a reviewed book, never joined to
// the review's text across a break (see above).
func (b *builder) koBookDataApart(p *doc.Node) bool {
	if b.lang != "ko" || !koBookDataLine(p.Text) || b.joinArt == nil {
		return false
	}
	for _, k := range b.joinArt.Children {
		if (k.Kind == doc.KindHeadline || k.Kind == doc.KindKicker) && standingBox(k.Text) {
			return false
		}
	}
	return true
}
