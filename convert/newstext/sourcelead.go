package newstext

import "strings"

// sourceLeadTerms end the attribution that opens a story retold from
// another paper or agency: 据日本《日经亚洲》12月3日报道，.
var sourceLeadTerms = []string{"报道", "報導", "报导", "電", "电", "消息"}

// sourceLead reports text that opens by naming its source and the day it
// reported (据日本《日经亚洲》12月3日报道，…, 据法新社12月3日报道，…): how a
// digest of foreign reports (参考消息) opens each story, a lead as a
// dateline is, which a head inside a story does not carry.
func sourceLead(s string) bool {
	rest, ok := strings.CutPrefix(s, "据")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "據"); !ok {
			return false
		}
	}
	k := indexAnyRune(rest, "，,。")
	if k <= 0 || !atMost(rest[:k], 32) {
		return false
	}
	head := rest[:k]
	for _, t := range sourceLeadTerms {
		if h, ok := strings.CutSuffix(head, t); ok {
			return trailingDate(h) > 0 // (a source before the date)
		}
	}
	return false
}

// sourceLeadAt reports unit j body text that opens with a sourceLead.
func (sc *scorer) sourceLeadAt(j int) bool {
	return j >= 0 && j < len(sc.us) && sc.us[j].kind == uText && !sc.fs[j].title && sourceLead(sc.us[j].text)
}
