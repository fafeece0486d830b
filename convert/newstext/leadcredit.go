package newstext

import "strings"

// A mainland paper may open a story's text with its reporters' credit in
// a lenticular bracket, run into the first paragraph, with no dateline
// before it: 【环球时报驻德国特约记者 青木　环球时报记者 倪浩】3月初…
// (one correspondent alone, 【环球时报驻法国特约记者 林风】, is the
// story's dateline: correspondentDateline). The bracket is the story's
// byline, split off its first paragraph.

// leadBracketCredit returns the end of a credit in 【】 opening s, naming
// reporters by their roles, and the credit.
func leadBracketCredit(s string) (int, credit, bool) {
	if !strings.HasPrefix(s, "【") {
		return 0, credit{}, false
	}
	inner, end, ok := leadingBracket(s)
	if !ok || end == len(s) {
		return 0, credit{}, false
	}
	c, ok := parseBracketCredit(inner)
	if !ok || len(c.names) == 0 || len(c.roles) == 0 {
		return 0, credit{}, false
	}
	return end, c, true
}

// postedOrg returns org without the country its reporter is posted to
// (环球时报驻德国: 环球时报), as a credit names the paper.
func postedOrg(org string) string {
	for _, at := range []string{"驻", "駐"} {
		if j := strings.LastIndex(org, at); j > 0 && paperName(org[:j]) {
			return org[:j]
		}
	}
	return org
}
