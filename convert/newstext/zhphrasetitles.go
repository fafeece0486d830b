package newstext

import "strings"

// A Chinese paper (經濟日報, 工商時報, 中国证券报) parts the phrases of a
// headline and of its subheadline by an ideographic space, each deck on
// its own line: AI伺服器需求強　宏芯11月營收創高 over 年增逾三成　法人看
// 好明年首季淡季不淡. A headline as wide as the page's measure looks like
// a wrapped line, and the two decks were joined into one headline of 36
// characters (blind page tw-jingji-chanye-yingshou). One deck wrapped at
// the measure does not leave a phrase gap in each of its two lines and
// both lines whole phrases: two lines so parted, over the text, are two
// decks.

// zhPhraseTitlePair reports line i of the block being cut, on a Chinese
// page, the second of two title lines at the unit's start (i-1 is its
// first) that each hold a U+3000 between phrases (not at either end),
// both at most twenty runes and neither ending a sentence, with the
// block's end, an indented line or a dateline under the second.
func (b *builder) zhPhraseTitlePair(start, i int) bool {
	if b.lang != "zh-Hans" && b.lang != "zh-Hant" || i-1 != start {
		return false
	}
	bl := &b.block
	ls := bl.ls
	a, c := ls[i-1], ls[i]
	if a.indent || c.indent || !innerPhraseGap(a.text) || !innerPhraseGap(c.text) || !atMost(a.text, 20) || !atMost(c.text, 20) {
		return false
	}
	if !bl.titleLine(i-1) || !bl.titleLine(i) {
		return false
	}
	return i+1 == len(ls) || ls[i+1].indent || b.datelineOpens(ls[i+1].text)
}

// innerPhraseGap reports a U+3000 inside s with a phrase of at least two
// runes on each side.
func innerPhraseGap(s string) bool {
	k := strings.Index(s, "\u3000")
	if k < 0 {
		return false
	}
	left, right := s[:k], trimSpace(s[k+len("\u3000"):])
	return !atMost(left, 1) && !atMost(right, 1) && !strings.Contains(right, "\u3000\u3000")
}
