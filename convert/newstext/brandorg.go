package newstext

import (
	"strings"
	"unicode/utf8"
)

// brandDots are the middle dots a merged paper sets between its name and
// its site's or app's (中青报·中青网): the interpunct and the bullet that
// stands for it, the dots a credit line holds (creditChars).
const brandDots = "·•"

// brandOrg reports the name a mainland paper credits its reporters
// under since it merged with its site or news app: the paper's name, a
// middle dot, the site's or app's (中青报·中青网记者, 解放日报·上观新闻记者,
// 湖南日报·新湖南记者, 潇湘晨报·晨视频记者, 南方日报·南方+记者). The paper's
// part ends as an organisation's name does (报, 社, 台, 网, 刊 …) and is
// two to ten runes; the site's is one to eight Han runes, letters or
// digits, with 南方+'s plus sign at its end. A transliterated name
// (阿依古丽·买买提) ends as no paper does, and is no org.
func brandOrg(s string) bool {
	k := indexAnyRune(s, brandDots)
	if k <= 0 {
		return false
	}
	paper := s[:k]
	_, w := utf8.DecodeRuneInString(s[k:])
	site := trimPlus(s[k+w:])
	n := utf8.RuneCountInString(paper)
	m := utf8.RuneCountInString(site)
	return n >= 2 && n <= 10 && m >= 1 && m <= 8 && looksOrg(paper) && isOrg(paper) && isOrg(site)
}

// plusBrand reports a news app named with a plus sign after its name
// (南方+, the app of 南方日报): two to eight Han runes, letters or digits,
// then + or ＋.
func plusBrand(s string) bool {
	name := trimPlus(s)
	n := utf8.RuneCountInString(name)
	return name != s && n >= 2 && n <= 8 && isOrg(name)
}

// trimPlus removes one plus sign, ASCII or full-width, ending s.
func trimPlus(s string) string {
	if t, ok := strings.CutSuffix(s, "+"); ok {
		return t
	}
	return strings.TrimSuffix(s, "＋")
}

// creditOrg reports what a credit may name as its organisation before the
// role: an organisation's name (isOrg), a paper's merged brand
// (brandOrg) or an app's name with its plus sign (plusBrand).
func creditOrg(s string) bool {
	return isOrg(s) || brandOrg(s) || plusBrand(s)
}
