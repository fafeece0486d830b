package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// deskDateline parses the inside of a Taiwanese paper's desk dateline,
// 〔體育中心／綜合報導〕, 〔財經頻道／綜合報導〕, 〔政治中心／台北報導〕,
// 〔即時新聞／綜合報導〕: a newsroom desk credited in place of a reporter
// (自由時報, 三立, NOWnews set the desk where the reporter's 記者X
// stands), a slash, and the report: compiled (綜合報導), a feature
// (專題報導), filed jointly (連線報導) or filed from a place (台北報導,
// 台北即時報導; the place is kept). The desk is a beat's name and a desk's
// word, X中心, X頻道, X組, X部 (體育中心, 國際新聞中心, 財經頻道, 政治組,
// 編輯部), or the breaking-news desk, 即時新聞. The bracket and the report
// after the slash make it a dateline, not the desk's words (a 中心 or 部
// is many an institution's name): 〔衛福部／說明〕 or a desk with no report
// is none. The desk is no organisation (the paper is): org stays empty,
// as for 即時新聞 before.
func deskDateline(in string) (dateline, bool) {
	k := indexSlash(in)
	if k <= 0 || !isDeskName(in[:k]) {
		return dateline{}, false
	}
	_, w := firstRune(in[k:])
	rest := in[k+w:]
	for _, suf := range []string{"報導", "报道", "報道", "报导"} {
		head, ok := strings.CutSuffix(rest, suf)
		if !ok {
			continue
		}
		if slices.Contains(deskReportKinds, head) {
			return dateline{}, true
		}
		place := filedPlace(head) // 台北即時: 即時 is no place
		if n := utf8.RuneCountInString(place); n >= 2 && n <= 4 && isHanWord(place) {
			return dateline{place: place}, true
		}
	}
	return dateline{}, false
}

// deskReportKinds are the reports a desk files from no one place:
// compiled, a feature, filed jointly.
var deskReportKinds = []string{"綜合", "综合", "專題", "专题", "連線", "连线", "聯合", "联合"}

// deskEnds end a newsroom desk's name after its beat: 體育中心,
// 財經頻道, 政治組, 編輯部.
var deskEnds = []string{"中心", "頻道", "频道", "組", "组", "部"}

// isDeskName reports a newsroom desk's name: a beat of two to five Han
// runes and one of deskEnds (國際新聞中心), or the breaking-news desk
// (即時新聞).
func isDeskName(s string) bool {
	switch s {
	case "即時新聞", "即时新闻":
		return true
	}
	for _, e := range deskEnds {
		if beat, ok := strings.CutSuffix(s, e); ok {
			n := utf8.RuneCountInString(beat)
			return n >= 2 && n <= 5 && isHanWord(beat)
		}
	}
	return false
}
