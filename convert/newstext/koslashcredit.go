package newstext

import "strings"

// koreanSlashRelayed reports what brackets closing a Korean caption hold
// when they credit a foreign agency's photo the wire relays, the agency
// and the wire parted by a slash as 뉴시스 sets it, [AP/뉴시스],
// [로이터/뉴시스], [신화/뉴시스] (as Yonhap sets [AP=연합뉴스]): the
// agency in Latin initials or a known Hangul agency's name, the place
// before it or not (koreanRelayedCredit), and after the slash one of the
// national wires that relay such photos (연합뉴스, 뉴시스, 뉴스1). A
// place before the slash, [서울/뉴시스], a word that is no agency,
// [사진/뉴시스], or a paper after it, [AP/한빛일보], is none.
func koreanSlashRelayed(inner string) bool {
	by, wire, ok := strings.Cut(inner, "/")
	if !ok {
		return false
	}
	switch wire {
	case "연합뉴스", "뉴시스", "뉴스1":
		return koreanRelayedCredit(by)
	}
	return false
}
