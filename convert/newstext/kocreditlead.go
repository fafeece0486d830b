package newstext

// koBracketCreditLead reports a Korean line opening with a reporter's
// run-in credit in square brackets, its text after it ([수원=한빛일보
// 정하늘 기자] 음주 단속을…, [한빛일보 김지훈 기자] …): the first line of a
// story's text. A wrap never puts such a credit at a line's start inside a
// sentence, so the line above it, a title line, is the story's headline
// however close to the measure it runs, not a line of text wrapped into
// it.
func koBracketCreditLead(s string) bool {
	if s == "" || s[0] != '[' {
		return false
	}
	n, _, ok := runInCredit(s)
	return ok && n < len(s)
}
