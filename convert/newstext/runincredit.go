package newstext

// runInCredit recognises the reporter's run-in credit that opens a Hong
// Kong story's text where a dateline would stand, with no dateline before
// it: 記者 鄭嘉朗 報道：屯門公路…, 本報記者 X、Y 報道：… (after a dateline,
// expand reads the same credit with reportedLeadCredit). It opens the
// story as a dateline does, so the title line above it is a headline and
// the credit is split off as a byline. So does a Korean outlet's credit
// in square brackets, [이데일리 김지훈 기자] 내년 … (kooutlet.go). It
// returns where the credit ends and what it says; text must follow it.
func runInCredit(s string) (int, credit, bool) {
	// Most texts are turned down by their first rune: the credit opens
	// with its role (記者, 本報記者, 實習記者 …), or with the bracket of a
	// Korean outlet's credit, [이데일리 김지훈 기자] (kooutlet.go).
	r, _ := firstRune(s)
	if r != '[' && r != '［' && !isRoleStart(r) {
		return 0, credit{}, false
	}
	var end int
	var c credit
	var ok bool
	if r == '[' || r == '［' {
		end, c, ok = koreanRunInCredit(s)
	} else {
		end, c, ok = reportedLeadCredit(s)
	}
	if !ok || trimSpace(s[end:]) == "" || !splittable(s[end:]) {
		return 0, credit{}, false
	}
	return end, c, true
}
