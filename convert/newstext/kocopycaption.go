package newstext

import "strings"

// A Korean magazine closes a photo's caption with the copyright sign and
// whose photo it is, the magazine and its photographer or either alone:
// … 설명하고 있다. ⓒ시사한빛 최윤서 (시사IN's form, ⓒ시사IN 이명익), … 모습.
// ⓒ 연합뉴스, … 있다. ⓒ최윤서 기자. The line is a caption closed by its
// credit, as … 있다. /연합뉴스 is: nothing continues it, and an
// interview's next question under it is a paragraph of its own. The
// description is one or two sentences ending in 있다 or a noun
// (koreanCaptionText, koreanDescribes); a paragraph's verb (… 밝혔다.
// ⓒ연합뉴스) and a site's copyright notice, a line of its own opening
// with the sign or holding its reprint terms (ⓒ 한국경제 & hankyung.com,
// 무단전재 및 재배포 금지), are none.

// isKoreanCopyrightCaption reports such a caption: the description, a
// space, ⓒ or © and, after it (a space or none), one to three words of
// Hangul, Latin letters or digits (isKoreanSource: 시사한빛 최윤서), or a
// photographer's name and 기자.
func isKoreanCopyrightCaption(s string) bool {
	k := lastIndexNear(s, " ⓒ", 24)
	w := len(" ⓒ")
	if k < 0 {
		k, w = lastIndexNear(s, " ©", 24), len(" ©")
	}
	if k <= 0 {
		return false
	}
	credit := strings.TrimPrefix(s[k+w:], " ")
	if !isKoreanSource(credit) && !koreanPhotographer(credit) {
		return false
	}
	text := s[:k]
	return koreanCaptionText(text) && koreanDescribes(text)
}
