package newstext

import "unicode/utf8"

// jaOpenTitleEnd reports a Japanese title line ending in a case or
// linking particle that leaves its phrase open: の, が, は, を... the
// particle glued to the word before it (a kanji, katakana, a letter or
// digit, or a closing bracket: 来季の, ＦＣが, 「森田」と), not the last
// kana of a word (もの, ため). A headline set in two lines is broken
// between phrases, and a line ending so is the first half of one
// (大分ＦＣ、来季の / 新監督に森田氏): a headline is complete and ends in
// a noun or in the particles a headline leaves its verb unsaid after
// (訪米へ, 過去最多に, 来月から, ３月まで, 支援を, 今年も), which are not
// counted here: over a subheadline those end a headline of their own.
func jaOpenTitleEnd(s string) bool {
	p, n := utf8.DecodeLastRuneInString(s)
	switch p {
	case 'の', 'が', 'は', 'と', 'で', 'や':
	default:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return isHan(r) || isKana(r) && !(r >= 0x3041 && r <= 0x3096) || latinOrDigit(r) ||
		r == '」' || r == '』' || r == '）' || r == ')'
}

// jaTitleWrapped reports line i of the block, a title line under the
// unit's first line, as the rest of a Japanese headline that line
// broke at a particle leaving its phrase open (jaOpenTitleEnd): the two
// are one headline, joined with no space, not a headline over its
// subheadline. Both lines are flush (an indented line opens a
// paragraph) and together no longer than a headline runs.
func (b *builder) jaTitleWrapped(start, i int) bool {
	bl := &b.block
	ls := bl.ls
	if b.lang != "ja" || i-1 != start || ls[i].indent || ls[i-1].indent || !jaOpenTitleEnd(ls[i-1].text) {
		return false
	}
	return atMost(ls[i-1].text, 20) && atMost(ls[i].text, 20) && atMost(ls[i-1].text+ls[i].text, maxJaWrappedTitle) &&
		bl.titleLine(i-1) && bl.titleLine(i)
}

// maxJaWrappedTitle is the most runes a Japanese headline broken over
// two lines runs, joined.
const maxJaWrappedTitle = 30
