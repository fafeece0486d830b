package newstext

import "strings"

// A mainland paper closes a feature with its crew, one part a line, each
// its part's word, a colon and a credit of its own, the paper's reporter
// and correspondent: 采写：南都记者 陈思颖 通讯员 海宣 / 统筹：南都记者 何文涛
// (南方都市报). Each line is a byline: the part first among its roles,
// then the credit's (采写, 记者, 通讯员), its names and the paper as org.
// The part's word with a bare name after it (统筹：何文涛, 文字：罗　敏) names
// no role of a credit, and is left to the 公众号 crew's rule beside an
// editor's line (markSignOffCrew).

// crewParts are the words for a feature's parts a crew line opens with.
var crewParts = []string{"采写", "採寫", "采访", "採訪", "撰文", "执笔", "執筆", "统筹", "統籌", "策划", "策劃", "监制", "監製", "整理", "文字"}

// crewLabel parses a crew line (see above): a part's word, a colon and
// a credit with its own role and names.
func crewLabel(s string) (credit, bool) {
	if !atMost(s, 40) {
		return credit{}, false
	}
	for _, p := range crewParts {
		rest, ok := strings.CutPrefix(s, p)
		if !ok {
			continue
		}
		r, w := firstRune(rest)
		if r != '：' && r != ':' {
			return credit{}, false
		}
		cr := trimSpace(rest[w:])
		if hasAnySuffix(cr, roleWords) {
			return credit{}, false // 采写：南都记者, no name after the role
		}
		c, ok := parseCredit(cr, true)
		if !ok || len(c.roles) == 0 || len(c.names) == 0 {
			return credit{}, false
		}
		c.roles = append([]string{p}, c.roles...)
		return c, true
	}
	return credit{}, false
}
