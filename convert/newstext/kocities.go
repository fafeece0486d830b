package newstext

// koreanForeignBureaus are the cities Korean papers keep correspondents
// (특파원) in, as the place word that leads their credit: 워싱턴 이경주
// 특파원, 베이징=김민수 특파원. Unlike a home bureau (세종, 부산: two
// syllables) a foreign city's name runs to three syllables and more, the
// length of a name, so it is known by name rather than by length.
var koreanForeignBureaus = map[string]bool{
	"워싱턴": true, "뉴욕": true, "실리콘밸리": true, "로스앤젤레스": true, "LA": true,
	"베이징": true, "상하이": true, "홍콩": true, "타이베이": true, "도쿄": true,
	"오사카": true, "하노이": true, "호찌민": true, "방콕": true, "자카르타": true,
	"싱가포르": true, "뉴델리": true, "두바이": true, "카이로": true, "시드니": true,
	"파리": true, "런던": true, "베를린": true, "브뤼셀": true, "제네바": true,
	"모스크바": true, "토론토": true, "상파울루": true, "울란바토르": true,
}
