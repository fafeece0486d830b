package newstext

import "strings"

// reportLine parses the byline Singapore's and Malaysia's papers set on a
// line of its own under the headline: the reporters' names, the word
// 报道 (or 報導/報道), and on the web the reporter's e-mail address
// (陈婉婷 报道 chenwt@sph.com.sg, 李俊杰、黄慧敏 报道). The names must each
// be a name (isName), set apart from the word by a space: 记者昨天报道
// or a sentence is no such line. The
// report word is the credit's role, as in 周慧敏　报道.
func reportLine(s string) (credit, bool) {
	if at := strings.LastIndexByte(s, '@'); at > 0 {
		k := strings.LastIndexFunc(s[:at], isSpace)
		if k < 0 || strings.ContainsFunc(s[k:], func(r rune) bool { return r > 0x7F && !isSpace(r) }) {
			return credit{}, false
		}
		s = trimSpace(s[:k])
	}
	var names, role string
	for _, w := range []string{"报道", "報導", "報道"} {
		if h, ok := strings.CutSuffix(s, w); ok && strings.TrimRightFunc(h, isSpace) != h {
			names, role = trimSpace(h), w
			break
		}
	}
	if names == "" || !atMost(names, 24) {
		return credit{}, false
	}
	fields := nameFields(names)
	for _, n := range fields {
		if !isName(n) || isTimeWord(n) {
			return credit{}, false
		}
	}
	return credit{roles: []string{role}, names: fields}, len(fields) > 0
}

// reportLineLast reports the runes reportLine's lines end in: its report
// word's last, or an e-mail address's (mailLast).
func reportLineLast(r rune) bool { return r == '道' || r == '導' || mailLast(r) }
