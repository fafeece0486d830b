package newstext

import "strings"

// bracketedStamp reports a web time stamp set in round brackets under a
// story, its date and time joined by a hyphen: （2026/03/18-08:41）, as
// jiji.com prints when the story was posted. Like any web stamp it is
// noise: neither text of the story nor a title.
func bracketedStamp(s string) bool {
	inner := unbracket(s)
	if inner == "" || len(inner) > len("2026/03/18-08:41:00") {
		return false
	}
	date, clock, ok := strings.Cut(inner, "-")
	if !ok || strings.IndexByte(date, '/') < 0 {
		return false // (2026-03-18 …: the hyphen parts the date's fields, not the time)
	}
	return isNumericDate(date) && isClock(clock)
}

// marketWords end the label a wire sets in brackets over its market
// reports, 〔東京株式〕, 〔ＮＹ外為〕, 〔債券市況〕: the market, not the
// place the report was filed from, so no dateline.
var marketWords = []string{"株式", "外為", "債券", "市況", "相場", "株価", "原油", "商品", "金融"}

// marketLabel reports a bracket's text naming a market (marketWords).
func marketLabel(in string) bool {
	return hasAnySuffix(in, marketWords)
}

// hanClockStamp reports a web time stamp whose date and time are both
// written with their units, as jiji.com dates a story under its
// headline: 2026年03月27日07時12分 (a space may part the time). Like
// any web stamp it is noise, not a subheadline.
func hanClockStamp(s string) bool {
	if len(s) > len("2026年03月27日 07時12分") || !numericDateStart(s) {
		return false
	}
	date, clock, ok := strings.Cut(s, "日")
	if !ok || !isDigitsHanDate(date+"日") {
		return false
	}
	h, m, ok := strings.Cut(trimSpace(clock), "時")
	if !ok || len(h) == 0 || len(h) > 2 || !allDigits(h) {
		return false
	}
	m, ok = strings.CutSuffix(m, "分")
	return ok && len(m) > 0 && len(m) <= 2 && allDigits(m)
}
