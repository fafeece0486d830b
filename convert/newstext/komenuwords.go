package newstext

import (
	"slices"
	"strings"
)

// A Korean broadcaster's or paper's site copied as text brings its header
// along under its name, one link a line: the menu button and the search
// and login links (전체메뉴 / 검색 / 로그인), the programme the report ran
// in (뉴스룸), then the section and the headline (blind page
// ko-b56-jtbc-web). They are the site's furniture, noise, as the name
// is: read as titles, the name and the menu words made an article of
// their own over the story. Only right under the site's name at the
// page's top are they furniture: 검색 or 로그인 elsewhere is a word.

// koSiteMenuWords are the links of a Korean news site's header.
var koSiteMenuWords = []string{"전체메뉴", "전체 메뉴", "메뉴", "메뉴 열기", "검색", "검색하기", "로그인", "로그아웃", "회원가입", "마이페이지",
	"구독", "구독신청", "구독 신청", "뉴스레터", "편성표", "다시보기", "온에어", "ON AIR", "LIVE", "닫기"}

// koreanBroadcasterBrand reports a Korean broadcaster's name alone as its
// news site sets it, with 뉴스 after it or not: JTBC 뉴스, MBN뉴스, SBS.
func koreanBroadcasterBrand(s string) bool {
	if koreanBroadcaster(s) {
		return true
	}
	name, ok := strings.CutSuffix(s, "뉴스")
	return ok && koreanBroadcaster(strings.TrimSuffix(name, " "))
}

// koSiteMenuEnd returns the index of the first unit after the site's
// name (us[0]) and the header links under it, each alone on its line:
// menu words (koSiteMenuWords) and lines already read as the site's
// furniture (뉴스룸, koreanProgram). With none it returns 1. It marks
// nothing: markSiteHead does, when a title follows.
func koSiteMenuEnd(us []unit) int {
	k := 1
	for k < len(us) {
		u := &us[k]
		if u.line != u.lastLine {
			break
		}
		if !(u.kind == uText && !u.para && !u.verbatim && slices.Contains(koSiteMenuWords, u.text) || u.kind == uNoise && u.noise == noiseChrome) {
			break
		}
		k++
	}
	return k
}
