package newstext

import (
	"slices"
	"strings"
)

// A Korean paper's international page credits its correspondent in square
// brackets run in before the story's first sentence, the city filed from
// before an equals sign and no outlet: [워싱턴=정하윤 특파원] 미국 …, as
// [세종=이데일리 X 기자] names the outlet (kooutlet.go) and the bare line
// 워싱턴=김도윤 특파원 names none. The bracket is the story's byline,
// split off the first paragraph, names and role (the place, as on the
// bare line, is no part of it). The word before the sign is a place's:
// one Hangul word, never the work credited, [사진=X 기자], [글·사진=X
// 기자] (koreanWorkLabel), nor a picture's source, [자료=X 기자]
// (koreanMediaWords); a wire's [서울=뉴시스] names no reporter.

// koreanPlacedRunIn reports a bracketed credit's inner text that opens
// with a place and an equals sign (koreanRunInCredit asks it of a credit
// naming no outlet).
func koreanPlacedRunIn(inner string) bool {
	k := strings.IndexByte(inner, '=')
	if k <= 0 {
		return false
	}
	place := trimSpace(inner[:k])
	return atMost(place, 8) && isHangulWord(place) && !koreanWorkLabel(place) && !slices.Contains(koreanMediaWords, place)
}
