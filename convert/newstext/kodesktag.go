package newstext

import "strings"

// Korean papers open a headline with a desk's or a service's name in
// square brackets as often as with a story's kind: 한국경제's
// [마켓인사이트] and [마켓PRO], 파이낸셜뉴스' [fn마켓워치], 서울경제's
// [시그널], [뉴스 분석], [이슈 분석]. Like [단독] (taggedTitle) the tag is
// printed before the title, and the line is a title line however the
// tag is named: a short Hangul name (Latin letters may join it) run
// into a title. A paper's own tag before the story ([동아일보] …, a
// dateline: kosource.go), a wire's dateline ([서울=뉴시스]) and a
// photo's credit ([연합뉴스 자료사진]) are no such tag.

// koreanDeskTitle reports a title line opening with such a tag: the
// bracket holds two to twelve characters, at least two of them Hangul
// syllables, the rest Latin letters, spaces or middle dots, naming no
// paper and no photo; a title of four characters or more with Hangul in
// it follows.
func koreanDeskTitle(s string) bool {
	if s == "" || s[0] != '[' && !strings.HasPrefix(s, "［") {
		return false
	}
	inner, end, ok := leadingBracket(s)
	inner = trimSpace(inner)
	if !ok || !atMost(inner, 12) {
		return false
	}
	syl := 0
	for _, r := range inner {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			syl++
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == ' ' || r == '·':
		default:
			return false
		}
	}
	rest := trimSpace(s[end:])
	if syl < 2 || koreanPaperTag(inner) || strings.Contains(inner, "사진") || strings.Contains(inner, "제공") {
		return false
	}
	return !atMost(rest, 3) && hasHangul(rest)
}
