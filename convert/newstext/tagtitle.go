package newstext

import "unicode/utf8"

// A story-kind tag opening a headline ([사설], [단독], 【独家】) is a
// label printed before the title, not words of it: a headline's length
// is the title's after the tag. (An editorial page's 37-character line
// [사설] 예산안 법정시한 또 넘긴 국회, '늑장 심사' 관행 끊어야 holds a
// 32-character title, no longer than headlines are.)

// headlineRunes returns the length in runes of title line s as a
// headline, given its whole length n: the title after a story-kind tag
// opening it (taggedTitle), else n.
func headlineRunes(s string, n int) int {
	if r, _ := firstRune(s); closeFor(r) == 0 || !taggedTitle(s) {
		return n // (most lines open with no bracket)
	}
	_, end, _ := leadingBracket(s)
	return min(n, utf8.RuneCountInString(trimSpace(s[end:])))
}
