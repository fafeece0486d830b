package newstext

// A local paper's standing box (催し, 人事, おくやみ, 동정 …) lists its
// entries one under another, each opening with ▽ (or ▼): ▽松本城冬の灯り＝
// １２〜１４日午後５時〜８時、松本城公園。無料. An entry holds several
// sentences run on (what＝when、where。fee), so a wrapped entry's full
// line may end in 。 and its wrap go on under it: 無料, 定員２０人. The
// entry runs until the next ▽ line; its tail is never a head or a
// paragraph of its own, however short or title-like.

// boxEntryWrap reports line i of the block, in the unit opened at line
// start by a ▽ entry, as that entry's wrap: the line above it runs to
// the page's measure (a wrap, whatever mark ends it), the line opens no
// item or dateline and is not indented, and either runs full itself or
// is the entry's last line, the next ▽ entry or the block's end under
// it. (A line under which an indented line or a line of another kind
// starts is left to the other rules: the box may have ended with an
// entry exactly full, and the next story's headline stand there.)
func (b *builder) boxEntryWrap(start, i int) bool {
	if b.measure == 0 {
		return false
	}
	ls := b.block.ls
	r, _ := firstRune(ls[start].text)
	if r != '▽' && r != '▼' || gameLabel(ls[start].text) || recordLine(ls[start].text) {
		return false // (a box score's game label and record lines: boxscore.go)
	}
	l := ls[i]
	if l.indent || opensItem(l.text) || b.endsShortAt(i-1) {
		return false
	}
	if f, _ := firstRune(l.text); f == '【' || f == '〔' || f == '（' || f == '(' {
		return false // a dateline or a bracketed credit opens no wrap
	}
	if b.standsAloneSum(l.text, b.block.sum(i)) {
		return false // a byline, a page's furniture
	}
	if i+1 == len(ls) {
		return true
	}
	if ls[i+1].indent {
		return false
	}
	if n, _ := firstRune(ls[i+1].text); n == r {
		return true
	}
	return !b.endsShortAt(i)
}
