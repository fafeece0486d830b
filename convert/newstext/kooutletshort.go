package newstext

import "slices"

// Korean papers credit their reporters in the bracket run in before the
// first sentence under the short name they go by as well as the full:
// [한경 김도윤 기자] (한국경제), [매경 X 기자] (매일경제), [헤경 X 기자]
// (헤럴드경제). A short name of two syllables does not end as a paper's
// name does (koreanPaperTag), so the common ones are listed.

// koreanShortOutlets are the short names of Korean papers and agencies.
// (Never a word that names a place or else too, 서울, 세계, 한국, 중앙:
// [서울=뉴시스] names the bureau.)
var koreanShortOutlets = []string{"한경", "매경", "헤경", "서경", "아경", "머투"}

// koreanShortOutlet reports one of koreanShortOutlets.
func koreanShortOutlet(t string) bool {
	return slices.Contains(koreanShortOutlets, t)
}
