package newstext

import "strings"

// gluedPlacedReporter reads a Korean reporter's credit set with no space
// before its role and led by where the story was filed: 강릉=김도윤기자,
// 춘천=이정훈기자, 워싱턴=김철수특파원, the form 부산=김민준 기자 takes run
// together, as regional papers (지방지) print their trailer, the place
// parted by a slash as koreanCredit reads it (춘천/이정훈기자), or led by
// the slash of 경인일보's, /이나래기자, or by that slash and the place
// with its "=", /김포=천용남기자 (경기신문's trailer, often with the
// address after it), or between two slashes, /충주/이정민기자. The place is a Hangul word, the
// names of two to four syllables each, parted by a middle dot when there
// are several (강릉=김도윤·박서연기자), the role one of koreanRoles. The
// "=" or the slash is what makes the token a credit: a word merely
// ending in 기자 (현장기자, 김도윤기자는) is no credit by itself, so a
// bare name run into its role is left to the trailer with an e-mail
// address after it (koreanTrailer).
func gluedPlacedReporter(t string) (names []string, role string, ok bool) {
	if k := strings.IndexAny(t, "=/"); k > 0 && isHangulWord(t[:k]) {
		t = t[k+1:] // 강릉=김도윤기자, 춘천/이정훈기자
	} else if k == 0 && t[0] == '/' {
		t = t[1:] // /이나래기자
		if k := strings.IndexAny(t, "=/"); k > 0 && isHangulWord(t[:k]) {
			t = t[k+1:] // /김포=천용남기자, /충주/이정민기자
		}
	} else {
		return nil, "", false
	}
	for _, r := range koreanRoles {
		if rest, cut := strings.CutSuffix(t, r); cut && rest != "" {
			if ns, ok := koreanNameList(rest); ok {
				return ns, r, true
			}
			return nil, "", false
		}
	}
	return nil, "", false
}
