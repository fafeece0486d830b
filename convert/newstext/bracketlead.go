package newstext

// bracketDatelineLead reports a line opening with a dateline in brackets
// (〔記者X／屏東報導〕, 【本報訊】, （吉隆坡22日讯）): the opening of a
// story, which no title line above it wraps into. (Only a line that opens
// with a bracket is parsed: prose is spared.)
func (b *builder) bracketDatelineLead(s string) bool {
	r, _ := firstRune(s)
	if closeFor(r) == 0 {
		return false
	}
	_, _, ok := parseDatelineLang(s, b.lang)
	return ok
}

// datelineOpens reports s opening with a dateline of any shape the
// page's language knows (本报讯, 新华社北京12月1日电, 【東京】, (서울=연합뉴스)),
// or with the reporter's run-in credit that opens a story where a
// dateline would stand ([이데일리 김지훈 기자] …, 記者 鄭嘉朗 報道：…:
// runInCredit).
func (b *builder) datelineOpens(s string) bool {
	if _, _, ok := parseDatelineLang(s, b.lang); ok {
		return true
	}
	_, _, ok := runInCredit(s)
	return ok
}
