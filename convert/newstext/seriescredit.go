package newstext

import "strings"

// A Japanese serial names its writers at the end of an instalment:
// （この連載は中村健太、田中美咲が担当します）, （この企画は社会部・山本
// 一郎が担当しました）. It is the series' byline.

// seriesSubjects open a serial's credit: this serial, feature, series.
var seriesSubjects = []string{"この連載は", "この企画は", "この特集は", "このシリーズは", "連載は"}

// seriesVerbs close it: was, is written by.
var seriesVerbs = []string{"が担当しました", "が担当します", "が担当しています", "が担当", "が取材しました", "が執筆しました"}

// seriesCredit parses the inside of a serial's credit: the writers'
// names, parted by 、, after an optional desk and ・.
func seriesCredit(inner string) (credit, bool) {
	if !strings.HasPrefix(inner, "この") && !strings.HasPrefix(inner, "連載") {
		return credit{}, false // most credits: one test
	}
	var rest string
	for _, p := range seriesSubjects {
		if strings.HasPrefix(inner, p) {
			rest = inner[len(p):]
			break
		}
	}
	body := ""
	rest = strings.TrimSuffix(rest, "。")
	for _, v := range seriesVerbs {
		if b, ok := strings.CutSuffix(rest, v); ok {
			body = b
			break
		}
	}
	if body == "" {
		return credit{}, false
	}
	var c credit
	if k := strings.LastIndex(body, "・"); k > 0 {
		c.org, body = trimSpace(body[:k]), body[k+len("・"):]
		if !isOrg(c.org) {
			return credit{}, false
		}
	}
	for _, n := range strings.Split(body, "、") {
		n = unspaced(trimSpace(n))
		if !isName(n) {
			return credit{}, false
		}
		c.names = append(c.names, n)
	}
	return c, true
}
