package newstext

import (
	"slices"
	"strings"
)

// A Hong Kong or Macau paper opens a story's first paragraph with its
// reporter's credit in round brackets, the report verb inside them:
// （記者區嘉敏報道）歌手林芷澄… (blind page hk-yule-shouyingli-piaofang), the
// bracketed form of the run-in 記者 陳嘉欣報道： (reportedLeadCredit). It is
// the story's byline, split off its first paragraph as （通讯员 X 记者 Y）
// is after a dateline: roles and names, the report verb kept in its
// text. The roles and names parse strictly (a sentence's 記者昨日報道 is
// none); a bracket with no name (（本報記者報道）), an agency's report
// (（新華社報道）) or a photo's credit (（記者X攝）) is none.

// bracketReportedCredit returns the end of a credit in round brackets
// opening s, roles and names then a report word (reportWords), and the
// credit.
func bracketReportedCredit(s string) (int, credit, bool) {
	r, _ := firstRune(s)
	if r != '（' && r != '(' {
		return 0, credit{}, false
	}
	inner, end, ok := leadingBracket(s)
	if !ok {
		return 0, credit{}, false
	}
	inner = trimSpace(inner)
	pre := ""
	for _, w := range reportWords {
		if h, ok := strings.CutSuffix(inner, w); ok {
			pre = trimSpace(h)
			break
		}
	}
	if pre == "" || hasAnyRune(pre, "：:/／∕") {
		return 0, credit{}, false
	}
	if ok, role := creditChars(pre); !ok || !role {
		return 0, credit{}, false
	}
	c, ok := parseCredit(pre, true)
	if !ok || len(c.names) == 0 || len(c.roles) == 0 {
		return 0, credit{}, false
	}
	for _, n := range c.names {
		if slices.Contains(timeWords, n) {
			return 0, credit{}, false // （記者昨日報道）
		}
	}
	return end, c, true
}
