package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Korean paper's column by a foreign writer (외신 칼럼, a syndicated
// column) sets the writer's line as it sets a Korean one, name,
// organisation, post, but the name transliterated in two words, given
// name then surname: 마르타 린드크비스트 웁살라대 교수. The word after the
// given name is the surname, not the organisation's first word, when a
// university's short name (웁살라대, 하버드대학교), alone or after its
// country (스웨덴 웁살라대), follows it: an organisation opens with the
// university (or its country); a word before it in the line is the
// writer's. The surname is a Hangul word of three syllables or more
// (린드크비스트, 스티글리츠) that names no country and ends in no
// organisation's ending (경제연구원, 고려대), and no qualifier of the post
// (전, 현, 前). 이수진 서울대 경제학부 교수 (one word of a name), 이수진
// 전 서울대 교수, 피터 미국 하버드대 교수 (a country, no surname) and
// 이수진 한국개발연구원 선임연구위원 read as before.

// koreanCountries are countries a foreign writer's line names before a
// university: the organisation's part, never a surname.
var koreanCountries = []string{"미국", "영국", "일본", "중국", "독일", "인도", "호주", "대만", "러시아", "프랑스", "스웨덴", "캐나다", "이탈리아",
	"스페인", "네덜란드", "스위스", "덴마크", "노르웨이", "핀란드", "벨기에", "오스트리아", "이스라엘", "싱가포르", "브라질", "멕시코", "폴란드",
	"뉴질랜드", "아일랜드", "포르투갈", "그리스", "튀르키예", "터키", "홍콩", "베트남", "인도네시아", "필리핀", "남아공", "우크라이나", "헝가리", "체코"}

// koreanOrgEnds end a word that is an organisation's or a university's
// name, never a surname.
var koreanOrgEnds = []string{"대", "대학", "대학교", "원", "소", "부", "과", "청", "처", "회", "사", "단", "실", "국", "관", "터", "당", "학"}

// koreanUniversity reports a university's short or full name: a Hangul
// word of three syllables or more ending in 대, 대학 or 대학교.
func koreanUniversity(w string) bool {
	return isHangulWord(w) && utf8.RuneCountInString(w) >= 3 && hasAnySuffix(w, []string{"대", "대학", "대학교"})
}

// koreanForeignSurname returns the surname opening rest, the words after
// a writer's given name, and the words after it, when it is one (see
// above).
func koreanForeignSurname(rest string) (surname, after string, ok bool) {
	w, after, found := strings.Cut(rest, " ")
	if !found || !isHangulWord(w) || utf8.RuneCountInString(w) < 3 || slices.Contains(koreanCountries, w) || hasAnySuffix(w, koreanOrgEnds) {
		return "", "", false
	}
	after = trimSpace(after)
	next, more, _ := strings.Cut(after, " ")
	if slices.Contains(koreanCountries, next) {
		next, _, _ = strings.Cut(trimSpace(more), " ")
	}
	if !koreanUniversity(next) {
		return "", "", false
	}
	return w, after, true
}
