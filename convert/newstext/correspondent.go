package newstext

import (
	"strings"
	"unicode/utf8"
)

// A mainland paper heads its correspondents' and compiled reports with a
// bracket naming itself: 【环球时报驻德国特约记者 青木】, 【环球时报记者
// 王磊 李华】, 【环球时报综合报道】. The bracket is the story's dateline:
// the paper is its organisation, the country after 驻 its place, and the
// reporters its names (a compiled report names none).

// correspondentDateline parses the inside of such a bracket (see
// lenientBracket: in round brackets, （新华社记者 王磊）, the same words
// are a byline).
func correspondentDateline(in string) (dateline, bool) {
	for _, t := range []string{"综合报道", "綜合報道", "綜合報導"} {
		if h, ok := strings.CutSuffix(in, t); ok && paperName(h) {
			return dateline{org: h}, true
		}
	}
	k, role := -1, ""
	for _, r := range []string{"记者", "記者"} {
		if k = strings.Index(in, r); k > 0 {
			role = r
			break
		}
	}
	if k <= 0 {
		return dateline{}, false
	}
	head, names := in[:k], nameFields(in[k+len(role):])
	if len(names) == 0 {
		return dateline{}, false
	}
	for _, n := range names {
		if !isName(n) && !isKatakanaWord(n) {
			return dateline{}, false
		}
	}
	for _, p := range []string{"特约", "特約", "实习", "實習", "本报", "本報"} {
		if h, ok := strings.CutSuffix(head, p); ok {
			head, role = h, p+role
			break
		}
	}
	d := dateline{roles: []string{role}, names: names}
	for _, at := range []string{"驻", "駐"} {
		if j := strings.LastIndex(head, at); j > 0 {
			head, d.place = head[:j], head[j+len(at):]
			break
		}
	}
	if !paperName(head) || d.place != "" && (!isOrg(d.place) || !atMost(d.place, 6)) {
		return dateline{}, false
	}
	d.org = head
	return d, true
}

// paperName reports a paper's or agency's name: two to twelve Han runes
// ending as an organisation's name does (环球时报, 人民网, 中新社).
func paperName(s string) bool {
	return utf8.RuneCountInString(s) >= 2 && atMost(s, 12) && isOrgEnd(lastRune(s)) && isOrg(s)
}

// lenientBracket reports s opening with the lenticular or tortoise-shell
// bracket a paper sets its datelines in (【, 〔), not a round one.
func lenientBracket(s string) bool {
	return strings.HasPrefix(s, "【") || strings.HasPrefix(s, "〔")
}
