package newstext

import "strings"

// A mainland site, a government's above all, closes every page with its
// footer: who runs it and who builds it (主办单位：江州市人民政府办公室
// 承办单位：江州市大数据中心), its government site code (网站标识码：
// 3601000012) and its licence numbers, the ICP filing (赣ICP备12000123号,
// 京ICP证030173号) and the police filing (京公网安备 11010502030143号).
// It is the site's, not the story's: noise, however the fields are set
// on its lines. A code or a filing is the site's alone, so a line holding
// one is told by itself; who runs it (主办单位：…) an event's box sets
// too (主办：市文化广电旅游局 among its rows), so a line of runners only is
// the footer's only beside a line told so (markFooterRunners).

// footerLabels label a site footer's fields, each before a colon.
var footerLabels = []string{
	"主办单位", "主辦單位", "承办单位", "承辦單位", "协办单位", "協辦單位", "主管单位", "主管單位",
	"主办", "主辦", "承办", "承辦", "网站标识码", "網站標識碼", "技术支持", "技術支持", "备案号", "備案號",
	"ICP备案号", "ICP備案號", "政府网站标识码", "政府網站標識碼",
}

// footerFirst reports the runes a footer's line may open with: a label's
// first (footerLabels) or a licence's province or city, any Han (赣, 京),
// gated by the line holding a filing's word.
func footerFirst(s string) bool {
	r, _ := firstRune(s)
	switch r {
	case '主', '承', '协', '協', '网', '網', '技', '备', '備', '政', 'I':
		return true
	}
	return isHan(r) && (strings.Contains(s, "ICP") || strings.Contains(s, "公网安备") || strings.Contains(s, "公網安備"))
}

// siteFooter reports a line of a site's footer told by itself (see
// above): footer fields (footerFields), a code or a filing among them.
func siteFooter(s string) bool {
	n, coded := footerFields(s)
	return n > 0 && coded
}

// footerFields counts the fields of a line of a site's footer: fields
// parted by spaces, each a label of footerLabels with its colon and
// value, or a filing's number (licenceNumber); 0 when any part of the
// line is none, or it is a sentence (a clause's end in it). coded says a
// site code's or a filing's field is among them.
func footerFields(s string) (n int, coded bool) {
	if !atMost(s, 100) || hasClauseEnd(s) {
		return 0, false
	}
	return openFooterFields(s)
}

// siteFooterSum is siteFooter(s), with the line's clause ends taken from
// its summary sm (nil: looked for) rather than searched for again.
func siteFooterSum(s string, sm *textSum) bool {
	if sm == nil {
		return siteFooter(s)
	}
	if sm.has(keyClauseEnd) || !atMost(s, 100) {
		return false
	}
	n, coded := openFooterFields(s)
	return n > 0 && coded
}

// openFooterFields is footerFields of a line of at most 100 runes with no
// clause's end.
func openFooterFields(s string) (n int, coded bool) {
	if !footerFirst(s) {
		return 0, false
	}
	// 京公网安备 11010502030143号: the number may stand apart from its word.
	for _, w := range []string{"公网安备", "公網安備"} {
		if k := strings.Index(s, w); k >= 0 {
			s = s[:k+len(w)] + trimSpace(s[k+len(w):])
		}
	}
	for rest := s; rest != ""; {
		t, next := nextCountToken(rest)
		rest = next
		if t == "" {
			continue
		}
		if licenceNumber(t) {
			n, coded = n+1, true
			continue
		}
		label, value, ok := strings.Cut(t, "：")
		if !ok {
			label, value, ok = strings.Cut(t, ":")
		}
		if !ok || trimSpace(value) == "" && rest == "" || !footerLabel(label) {
			return 0, false
		}
		if value = trimSpace(value); value == "" {
			// 主办单位： 江州市人民政府办公室: the value after a space.
			value, rest = nextCountToken(trimSpace(rest))
			if value == "" {
				return 0, false
			}
		}
		// A code's or filing's value is its number (网站标识码：3601000012,
		// 备案号：赣ICP备12000123号).
		if numberedFooterLabel(label) {
			if !allDigits(value) && !licenceNumber(value) {
				return 0, false
			}
			coded = true
		}
		n++
	}
	return n, coded
}

// numberedFooterLabel reports a footer label whose value is a number: the
// site code's and the filing's.
func numberedFooterLabel(l string) bool {
	return strings.Contains(l, "标识码") || strings.Contains(l, "標識碼") || strings.Contains(l, "备案") || strings.Contains(l, "備案")
}

// footerLabel reports one of footerLabels.
func footerLabel(l string) bool {
	for _, f := range footerLabels {
		if l == f {
			return true
		}
	}
	return false
}

// licenceNumber reports a mainland site's filing number: the ICP filing
// or licence (赣ICP备12000123号, 京ICP证030173号, 京ICP备12000123号-2) or
// the police filing (京公网安备11010502030143号): a province's or city's
// short name, the filing's word, digits, 号 (and a site's index after a
// hyphen).
func licenceNumber(t string) bool {
	for _, w := range []string{"ICP备", "ICP備", "ICP证", "ICP證", "公网安备", "公網安備"} {
		k := strings.Index(t, w)
		if k < 0 {
			continue
		}
		if head := t[:k]; head == "" || !isHanWord(head) || !atMost(head, 4) {
			return false
		}
		num, ok := strings.CutSuffix(t[k+len(w):], "号")
		if !ok {
			num, ok = strings.CutSuffix(t[k+len(w):], "號")
		}
		if !ok {
			// 京ICP备12000123号-2: the site's index after the number.
			i := strings.LastIndex(t, "号-")
			if i < 0 || !allDigits(t[i+len("号-"):]) || i < k+len(w) {
				return false
			}
			num = t[k+len(w) : i]
		}
		return num != "" && allDigits(num)
	}
	return false
}

// markFooterRunners makes noise of a line of a site footer's runners
// (主办单位：…　承办单位：…, no code or filing in it) right above or under
// a footer line told by itself (siteFooter): the footer's lines stand
// together at the page's end. Alone, or beside text, it is an event
// box's row and stays text.
func (b *builder) markFooterRunners() {
	us := b.units
	footer := func(j int) bool {
		return j >= 0 && j < len(us) && us[j].kind == uNoise && siteFooter(us[j].text)
	}
	for i := range us {
		u := &us[i]
		if u.kind != uText || u.para || u.line != u.lastLine {
			continue
		}
		if n, _ := footerFields(u.text); n > 0 && (footer(i-1) || footer(i+1)) {
			u.kind, u.noise, u.summed = uNoise, noiseChrome, false
		}
	}
}
