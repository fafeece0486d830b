package newstext

// runInCredit recognises the reporter's run-in credit that opens a Hong
// Kong story's text where a dateline would stand, with no dateline before
// it: 記者 鄭嘉朗 報道：屯門公路…, 本報記者 X、Y 報道：… (after a dateline,
// expand reads the same credit with reportedLeadCredit). It opens the
// story as a dateline does, so the title line above it is a headline and
// the credit is split off as a byline. So does a Korean outlet's credit
// in square brackets, [이데일리 김지훈 기자] 내년 … (kooutlet.go), and a
// Korean regional paper's place and reporter in lenticular ones,
// 【대구=박소연기자】 4일 … (koreanLenticularCredit), and a Hong Kong
// paper's bracketed credit, （記者區嘉敏報道）歌手… (bracketreport.go). It returns where the
// credit ends and what it says; text must follow it.
func runInCredit(s string) (int, credit, bool) {
	// Most texts are turned down by their first rune: the credit opens
	// with its role (記者, 本報記者, 實習記者 …), or with the bracket of a
	// Korean outlet's credit, [이데일리 김지훈 기자] (kooutlet.go), or
	// 【대구=박소연기자】.
	r, _ := firstRune(s)
	if r != '[' && r != '［' && r != '【' && r != '（' && r != '(' && !isRoleStart(r) {
		return 0, credit{}, false
	}
	var end int
	var c credit
	var ok bool
	switch r {
	case '[', '［':
		end, c, ok = koreanRunInCredit(s)
	case '【':
		end, c, ok = koreanLenticularCredit(s)
	case '（', '(':
		end, c, ok = bracketReportedCredit(s) // （記者區嘉敏報道） (bracketreport.go)
	default:
		end, c, ok = reportedLeadCredit(s)
	}
	if !ok || trimSpace(s[end:]) == "" || !splittable(s[end:]) {
		return 0, credit{}, false
	}
	return end, c, true
}

// koreanLenticularCredit reports a Korean reporter's credit in 【】 run
// into a story's first paragraph, as regional papers open a story with
// it where a wire sets its dateline: 【대구=박소연기자】, 【워싱턴=김철수
// 특파원】, 【박소연 기자】 (leadBracketCredit, every role a Korean one:
// 기자, 특파원 …). A mainland paper's 【…记者 X】 names Chinese roles and
// is leadBracketCredit's alone; a wire's 【서울=연합뉴스】 names no
// reporter.
func koreanLenticularCredit(s string) (int, credit, bool) {
	end, c, ok := leadBracketCredit(s)
	if !ok {
		return 0, credit{}, false
	}
	for _, r := range c.roles {
		if !isKoreanRole(r) {
			return 0, credit{}, false
		}
	}
	return end, c, true
}
