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
// A question-and-answer column says so in Latin letters after its name,
// [생활법률 Q&A], [건강 Q＆A]: a label the same. Other Latin words stay
// out, as an agency's or broadcaster's credit is set in the same
// brackets ([AP 연합뉴스], [KBS 화면 캡처]).

// koreanColumnLabel reports a line that is all such a label: a bracket
// holding one to three words of Hangul (a middle dot between), at most
// ten syllables, naming no paper and no photo; one of the words may be
// Latin letters around an ampersand (Q&A).
func koreanColumnLabel(s string) bool {
	if len(s) < 8 || s[0] != '[' && !strings.HasPrefix(s, "［") && !strings.HasPrefix(s, "【") {
		return false
	}
	inner, end, ok := leadingBracket(s)
	if !ok || end != len(s) || !atMost(inner, 12) {
		return false
	}
	n, words, latin, amp := 0, 1, 0, false
	for _, r := range inner {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n++
		case r == ' ' || r == '·':
			words++
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			latin++
		case r == '&' || r == '＆':
			amp = true
		default:
			return false
		}
	}
	if (latin > 0 || amp) && !koreanQALabel(inner) {
		return false
	}
	// (A story's tag alone, [속보], is not taken for a label: it opens
	// a headline, taggedTitle.)
	if n < 2 || n > 10 || words > 3 || koreanPaperTag(inner) || slices.Contains(titleTags, inner) {
		return false
	}
	return !strings.Contains(inner, "사진") && !strings.Contains(inner, "제공")
}

// koreanQALabel reports a label's Latin part as a question-and-answer
// column's: one run of Latin letters around a single ampersand (Q&A,
// Q＆A), before or after the Hangul name, spaced or not.
func koreanQALabel(inner string) bool {
	runs, amps, prev := 0, 0, rune(0) // prev: the last rune of the run, 0 outside one
	for _, r := range inner {
		isLetter := r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
		switch {
		case isLetter:
			if prev == 0 {
				runs++
			}
		case r == '&' || r == '＆':
			if prev == 0 || prev == '&' || prev == '＆' {
				return false // (an ampersand opens no run, nor two meet)
			}
			amps++
		default:
			if prev == '&' || prev == '＆' {
				return false // (nor closes one)
			}
			prev = 0
			continue
		}
		prev = r
	}
	return runs == 1 && amps == 1 && prev != '&' && prev != '＆'
}

// koreanStoryTagAlone reports a story's tag alone on its line in
// square brackets, [인터뷰], [단독], ［르포］ (titleTags, Hangul): a Korean
// paper sets the kind of story over the headline as well as run into it
// ([단독] 국토부, …: taggedTitle), and alone it is the title group's
// kicker, as a column's label is. (koreanColumnLabel leaves the tags out:
// under them no column's writer is looked for.)
func koreanStoryTagAlone(s string) bool {
	if len(s) < 8 || s[0] != '[' && !strings.HasPrefix(s, "［") {
		return false // (【기획】 alone is a lenticular label's: label.go)
	}
	inner, end, ok := leadingBracket(s)
	return ok && end == len(s) && hasHangul(inner) && slices.Contains(titleTags, inner)
}
