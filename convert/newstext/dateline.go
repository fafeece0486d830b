package newstext

import (
	"strings"
	"unicode/utf8"
)

// dateline is a parsed 电头.
type dateline struct {
	text, place, date string
}

// org suffixes that end a news organisation's name before a place.
func isOrgEnd(r rune) bool {
	return r == '社' || r == '报' || r == '報' || r == '台' || r == '网' || r == '網' || r == '刊'
}

// notAfterDian lists characters that make 电/讯 part of a word
// (电视, 电话, 讯息) rather than a dateline's end.
func notAfterTerm(r rune) bool {
	return strings.ContainsRune("视话脑力子影台器网源梯商竞动站池路缆厂费报线器邮讯波量机息号视話視腦網", r)
}

// parseDateline recognises a dateline opening s (本报讯, 新华社北京8月29日电,
// 三湘都市报8月29日讯, 【本报訊】) and returns it with the rest of s.
func parseDateline(s string) (dateline, string, bool) {
	if inner, end, ok := leadingBracket(s); ok {
		if d, rest, ok := parseDatelineCore(trimSpace(inner)); ok && rest == "" {
			d.text = s[:end]
			return d, trimSpace(s[end:]), true
		}
		return dateline{}, "", false
	}
	return parseDatelineCore(s)
}

func parseDatelineCore(s string) (dateline, string, bool) {
	runes := 0
	for i := 0; i < len(s) && runes < 32; {
		r, w := utf8.DecodeRuneInString(s[i:])
		isTerm := r == '讯' || r == '訊' || r == '电' || r == '電'
		if isTerm && i > 0 {
			if d, ok := datelineHead(s[:i], r); ok {
				rest := s[i+w:]
				if nr, _ := utf8.DecodeRuneInString(rest); rest != "" && notAfterTerm(nr) {
					return dateline{}, "", false
				}
				d.text = s[:i+w]
				return d, trimSpace(rest), true
			}
		}
		if !(isHan(r) || r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			return dateline{}, "", false
		}
		i += w
		runes++
	}
	return dateline{}, "", false
}

// datelineHead validates what precedes the 电/讯 of a dateline: an
// organisation, a place and a date (月…日), or a paper's name before 讯.
func datelineHead(h string, term rune) (dateline, bool) {
	var d dateline
	if strings.HasSuffix(h, "日") {
		// Walk back over the date: digits 日, optionally digits 月 and
		// digits 年 before it.
		j := len(h) - len("日")
		digits := 0
		back := func() int { // consumes a run of digits, returns its length
			n := 0
			for j > 0 {
				r, w := utf8.DecodeLastRuneInString(h[:j])
				if !isDigitOrNumeral(r) {
					break
				}
				j -= w
				n++
			}
			return n
		}
		digits = back()
		for _, unit := range []string{"月", "年"} {
			if digits == 0 || !strings.HasSuffix(h[:j], unit) {
				break
			}
			save := j
			j -= len(unit)
			if back() == 0 {
				j = save
				break
			}
		}
		if digits == 0 || j == len(h)-len("日") {
			return d, false
		}
		d.date = h[j:]
		pre := h[:j]
		if pre == "" {
			return d, false // a bare "8月29日电" is too often 8月29日电视…
		}
		d.place = placeOf(pre)
		return d, true
	}
	if term == '讯' || term == '訊' {
		if r, _ := utf8.DecodeLastRuneInString(h); isOrgEnd(r) && utf8.RuneCountInString(h) <= 12 {
			return d, true
		}
	}
	return d, false
}

// placeOf strips a news organisation from the head of a dateline:
// 新华社北京 → 北京, 本报长沙 → 长沙, 三湘都市报 → "".
func placeOf(pre string) string {
	for _, p := range []string{"本报", "本報"} {
		if strings.HasPrefix(pre, p) {
			return pre[len(p):]
		}
	}
	// The organisation ends at its first 社/报/台/网 after at least two
	// characters: 中央社台北 → 台北, 三湘都市报 → "".
	for i, r := range pre {
		if i > 0 && isOrgEnd(r) && utf8.RuneCountInString(pre[:i]) >= 2 {
			return pre[i+utf8.RuneLen(r):]
		}
	}
	return pre
}

func isDigitOrNumeral(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("〇零一二三四五六七八九十两", r)
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isDigitOrNumeral(r) {
			return false
		}
	}
	return true
}
