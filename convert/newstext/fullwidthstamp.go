package newstext

import (
	"slices"
	"strings"
)

// A Chinese or Japanese site may set its time stamp under the headline
// in full-width forms, as its text sets figures: ２０２６年１２月６日
// ２２：４０, ２０２６／１２／０６　２２：４０, with 配信 or 更新 after it
// or 更新： before it. It is the same stamp as 2026年12月6日 22:40, web
// furniture (noise): read as text, it was a table's row of two figures
// between the headline and the lead. A line that runs on into text after
// the time (２０２６年１２月６日　２２：４０　本社調べでは…) is no stamp, as
// in ASCII forms.

// A bare date and time in full-width forms, no stamp word with it
// (２０２６年１２月６日　２２：４０), is as often a print box's row (the
// time of a quake under ■地震の概要, an event's date over its venue) as a
// site's stamp: it is a stamp only right under a headline at the page's
// or a block's head (fullwidthStampsAt), else text, as it read before
// the full-width forms were known. A stamp with its word (…配信, 更新：…)
// is one wherever it stands.

// fullwidthStamp reports a web time stamp set in full-width digits and
// colons (see above): the line folded to ASCII forms is a stamp the
// ASCII tests know. Most lines are turned away by their first runes: a
// full-width year (four digits then 年, ／, － or ．), or a stamp's word
// (更新：, 发布时间：) with a full-width digit after it.
func fullwidthStamp(s string) bool {
	if !atMost(s, 48) {
		return false
	}
	r, _ := firstRune(s)
	switch {
	case r >= '０' && r <= '９':
		if !fullwidthYearStart(s) {
			return false
		}
	case webStampFirst(r) && r > 0x7f || r == '最' || r == '配' || r == '公' || r == '掲':
		if !hasFullwidthDigit(s) {
			return false
		}
	default:
		return false
	}
	f := foldFullwidth(s)
	return isWebStamp(f) || hanClockStamp(f) || jaWordedStamp(f) || isPortalStamp(f)
}

// fullwidthYearStart reports s opening with a year in four full-width
// digits and the mark a date goes on with: 年, ／, －, ．.
func fullwidthYearStart(s string) bool {
	const w = len("０")
	if len(s) < 5*w {
		return false
	}
	for i := 0; i < 4; i++ {
		if r, _ := firstRune(s[i*w:]); r < '０' || r > '９' {
			return false
		}
	}
	r, _ := firstRune(s[4*w:])
	return r == '年' || r == '／' || r == '－' || r == '．'
}

// hasFullwidthDigit reports whether s holds a full-width digit (０ to ９:
// EF BC 90 to EF BC 99 in UTF-8).
func hasFullwidthDigit(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return true
		}
	}
	return false
}

// bareFullwidthStamp reports a line that opens with a full-width year
// and holds nothing but a date and a time: digits, the date's and the
// clock's marks, padding and a weekday in brackets, no stamp word.
func bareFullwidthStamp(s string) bool {
	if !fullwidthYearStart(s) {
		return false
	}
	for _, r := range s {
		if r >= '０' && r <= '９' || isSpace(r) {
			continue
		}
		if !strings.ContainsRune("年月日／－．：（）()火水木金土", r) {
			return false
		}
	}
	return true
}

// fullwidthStampsAt returns the texts of the bare full-width stamps
// (bareFullwidthStamp) of lines that stand right under a headline at the
// page's or a block's head: over them (a blank line between or none) one
// or two title lines with no head mark (■地震の概要 is a box's label), and
// over those the page's first line, a blank line or page furniture: a
// Japanese site's name and the section may stand between (信州日報デジタル
// over おくやみ over the headline, jaMasthead, jaWebSectionWord). The
// reader takes a bare one for a stamp only where its text is among
// these (builder.fwStampOK), so one text reads alike wherever it stands.
func fullwidthStampsAt(lines []srcLine) []string {
	var out []string
	for i, l := range lines {
		// (Most lines are turned away by their first byte: a full-width
		// digit opens with EF.)
		if l.text == "" || l.text[0] != 0xEF || !bareFullwidthStamp(l.text) || slices.Contains(out, l.text) {
			continue
		}
		j := i - 1
		if j >= 0 && lines[j].text == "" {
			j--
		}
		if j < 0 || !stampTitleLine(lines[j]) {
			continue
		}
		if j > 0 && lines[j-1].text != "" && stampTitleLine(lines[j-1]) {
			j-- // (a kicker or headline over the subheadline)
		}
		for j > 0 && (jaMasthead(lines[j-1].text) || jaWebSectionWord(lines[j-1].text)) {
			j-- // (the site's name and the section over the headline)
		}
		if j == 0 || lines[j-1].text == "" || noiseKind(lines[j-1].text) != "" {
			out = append(out, l.text)
		}
	}
	return out
}

// stampTitleLine reports a line a web page's headline may be: a title
// line, unindented, with no head mark.
func stampTitleLine(l srcLine) bool {
	return !l.indent && isTitleLine(l.text) && !endsSentence(l.text) && headMarker(l.text) == "" && !bareFullwidthStamp(l.text)
}

// fwStampOK reports a stamp's text s no bare full-width stamp, or one
// the page sets right under a headline (fullwidthStampsAt), and none the
// page sets under an event box's date label (eventLabelStampsAt).
func (b *builder) fwStampOK(s string) bool {
	if len(b.labelStamps) > 0 && slices.Contains(b.labelStamps, s) {
		return false
	}
	return !bareFullwidthStamp(s) || slices.Contains(b.fwStamps, s)
}
