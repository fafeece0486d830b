package newstext

import (
	"slices"
	"strings"
)

// A Korean paper sets the name of a column or a series in square brackets
// on a line of its own over the column's title, [세상읽기] over 겨울 한파와
// 에너지 빈곤, as 〈저출생 해법을 찾아서〉 is set: the kicker (the column's
// label), and the line under it the headline, never one title with it.
// Square brackets alone also hold a paper's tag ([동아일보], a dateline:
// kosource.go), a wire's dateline ([서울=뉴시스]) and a photo's credit
// ([연합뉴스 자료사진]); none of those is a label, nor is a story's tag
// alone ([속보]).

// koreanColumnLabel reports a line that is all such a label: a bracket
// holding one to three words of Hangul (a middle dot between), at most
// ten syllables, naming no paper and no photo.
func koreanColumnLabel(s string) bool {
	if len(s) < 8 || s[0] != '[' && !strings.HasPrefix(s, "［") && !strings.HasPrefix(s, "【") {
		return false
	}
	inner, end, ok := leadingBracket(s)
	if !ok || end != len(s) || !atMost(inner, 12) {
		return false
	}
	n, words := 0, 1
	for _, r := range inner {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n++
		case r == ' ' || r == '·':
			words++
		default:
			return false
		}
	}
	// (A story's tag alone, [속보], is not taken for a label: it opens
	// a headline, taggedTitle.)
	if n < 2 || n > 10 || words > 3 || koreanPaperTag(inner) || slices.Contains(titleTags, inner) {
		return false
	}
	return !strings.Contains(inner, "사진") && !strings.Contains(inner, "제공")
}
