package newstext

import "slices"

// koreanForeignBureaus are the cities Korean papers keep correspondents
// (특파원) in, as the place word that leads their credit: 워싱턴 이경주
// 특파원, 베이징=김민수 특파원. Unlike a home bureau (세종, 부산: two
// syllables) a foreign city's name runs to three syllables and more, the
// length of a name, so it is known by name rather than by length.
var koreanForeignBureaus = []string{
	"워싱턴", "뉴욕", "실리콘밸리", "로스앤젤레스", "LA",
	"베이징", "상하이", "홍콩", "타이베이", "도쿄",
	"오사카", "하노이", "호찌민", "방콕", "자카르타",
	"싱가포르", "뉴델리", "두바이", "카이로", "시드니",
	"파리", "런던", "베를린", "브뤼셀", "제네바",
	"모스크바", "토론토", "상파울루", "울란바토르",
}

// koreanForeignBureau reports one of koreanForeignBureaus. (A slice, not a
// map: a package-level map is built while the program starts.)
func koreanForeignBureau(s string) bool {
	return slices.Contains(koreanForeignBureaus, s)
}
