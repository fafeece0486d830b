package newstext

import (
	"slices"
	"strings"
)

// squareLabelInner reports the inner text of a label alone in square
// brackets, ［現場から］ or [現場から], as a column's or series' name: two to
// ten ideographs or kana (a ・ may part its words), as Japanese and
// Chinese papers set a box's rubric over its title. Such a line is a
// kicker in every language, like 〈…〉; Korean names in square brackets
// are koreanColumnLabel's. What else stands alone in square brackets is
// left out: a paywall tag ([有料会員限定]), a photo's or video's credit or
// label ([写真提供]), a dateline or an agency ([北京=共同]), a story's
// tag ([独家]).
func squareLabelInner(inner string) bool {
	if inner == "" || !atMost(inner, 10) {
		return false
	}
	n := 0
	for _, r := range inner {
		switch {
		case isHan(r) || isKana(r) || r == 'ー':
			n++
		case r == '・':
		default:
			return false
		}
	}
	if n < 2 || slices.Contains(titleTags, inner) || isAgency(inner) {
		return false
	}
	for _, w := range squareLabelNot {
		if strings.Contains(inner, w) {
			return false
		}
	}
	if _, ok := parseBracketCredit(inner); ok {
		return false
	}
	return true
}

// squareLabelNot are words that make a bracketed line furniture or a
// credit, not a column's name: a paywall's, a photo's, a video's.
var squareLabelNot = []string{"会員", "限定", "有料", "無料", "写真", "撮影", "提供", "資料", "動画", "映像", "図", "图", "圖", "摄", "攝", "视频", "視頻"}
