package newstext

import "strings"

// A government's website sets its name alone at the top of every page,
// over the breadcrumb or the release's title and stamp: 江州市人民政府,
// 江州市人民政府网, 江州市政府门户网站, 江西省人民政府门户网站. Its name ends
// in the government's (人民政府) or its portal's word (政府网, 门户网站),
// not in 网 alone within eight characters as a news site's does
// (zhSiteName): the site's masthead, furniture, never the headline of an
// article of its own (markZhSiteHead, siteNameOverTrail).

// govSiteEnds end a government site's name (see above), the longer first.
var govSiteEnds = []string{
	"人民政府门户网站", "人民政府門戶網站", "政府门户网站", "政府門戶網站", "门户网站", "門戶網站",
	"人民政府网站", "人民政府網站", "人民政府网", "人民政府網", "政府网站", "政府網站", "政府网", "政府網",
	"人民政府",
}

// govSiteName reports a government site's name alone (see above): Han
// characters only, at most sixteen, a place's or body's name of two at
// least before one of govSiteEnds (省, 市, 县, 区 … name the place; 人民政府
// alone is a word of prose).
func govSiteName(s string) bool {
	if !atMost(s, 16) || !isHanWord(s) {
		return false
	}
	for _, e := range govSiteEnds {
		if head, ok := strings.CutSuffix(s, e); ok {
			return len([]rune(head)) >= 2
		}
	}
	return false
}
