package newstext

// A Hong Kong paper's own report opens with its report word in brackets,
// the paper's name before it (【明報專訊】, 【on.cc東網專訊】) or left off,
// as 【本報訊】 leaves it off: 【專訊】電影《夜航》前晚… is the paper's dateline
// with no org, not a digest's run-in lead-in (blind page
// hk-yule-shouyingli-piaofang). Only the word alone in its brackets is
// one: 【專訪】, 【專題】 and 【專欄】 name a kind of piece, and 專訊 unbracketed
// is a word of the text.

// bareReportDateline reports the inside of a bracketed dateline that is
// the report word alone (專訊, 专讯).
func bareReportDateline(in string) (dateline, bool) {
	if in == "專訊" || in == "专讯" {
		return dateline{}, true
	}
	return dateline{}, false
}
