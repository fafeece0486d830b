package newstext

import "strings"

// A Japanese results or list table states the key to its signs and the
// paper's standing remarks in one bracket, on a line of its own under the
// table's title or under its last row: （丸数字は当選回数、敬称略）,
// （数字は得票数）, （カッコ内は前回順位）, （敬称略）, （届け出順）. It is the
// table's note, as （注）… under the rows is (tablenote.go): no subheadline
// of the title over it (it titles nothing), no byline (it names no
// one) and no paragraph of a story. Elsewhere, between a story's
// paragraphs, the line is left to the other rules; a bracket of other
// words, a series' part （上） or a caption's （写真は山田氏）, is none.

// legendRemarks are a list's standing remarks: its names with no
// honorific, its order.
var legendRemarks = []string{"敬称略", "順不同", "届け出順", "届出順", "得票順", "五十音順"}

// legendSigns name a sign a legend explains before は: the figures, the
// bracketed ones, a type face (and any symbol: ○は…, ▲は…).
var legendSigns = []string{"丸数字", "数字", "カッコ内", "かっこ内", "括弧内", "（　）内", "（）内", "()内", "太字", "赤字", "網掛け", "丸囲み", "印"}

// tableLegend reports a whole-bracketed line (at most 40 runes) whose
// items, parted by 、, are each a standing remark (legendRemarks) or a
// sign and what it means, 丸数字は当選回数 (a sign of legendSigns or one
// to three symbols, は, then at most twelve runes with no sentence's
// punctuation).
func tableLegend(s string) bool {
	inner := unbracket(s)
	if inner == "" || hasAnyRune(inner, "。，,！？「") {
		return false
	}
	if surveyNote(inner) {
		return true // （１１月２４日～３０日、紀ノ国堂書店本店調べ）: rankbracket.go
	}
	for item := range strings.SplitSeq(inner, "、") {
		if !legendItem(item) {
			return false
		}
	}
	return true
}

// legendItem reports one item of a table's legend (tableLegend).
func legendItem(item string) bool {
	for _, r := range legendRemarks {
		if item == r {
			return true
		}
	}
	sign, meaning, ok := strings.Cut(item, "は")
	if !ok || meaning == "" || !atMost(meaning, 12) {
		return false
	}
	for _, w := range legendSigns {
		if sign == w {
			return true
		}
	}
	if sign == "" || !atMost(sign, 3) {
		return false
	}
	for _, r := range sign {
		if isLetter(r) || isAnyDigit(r) {
			return false
		}
	}
	return true
}

// captionTitlesTable reports a caption that is a table's title: closed
// by its unit (主な企業の９月中間決算（単位・百万円、▲は赤字・減）) or
// opened by 表 and its number (表１：…). A legend under it is the
// table's second key line, as under a title line; a photo's caption
// titles no table.
func captionTitlesTable(s string) bool {
	if r, _ := firstRune(s); r == '表' && tableTitle(s) {
		return true
	}
	return unitTitle(s)
}

// markTableLegends makes a note of each table's legend (tableLegend)
// standing right under a title line or a table's titling caption
// (captionTitlesTable) over the table's first row or marked head (a head marked ## too, as the writer writes it), or right
// under the table's last row.
func (b *builder) markTableLegends(sc *scorer) {
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim {
			continue
		}
		if r, _ := firstRune(u.text); r != '（' && r != '(' {
			continue // (most lines: one rune decoded)
		}
		if !tableLegend(u.text) {
			continue
		}
		p, n := sc.prevContent(i), sc.nextContent(i)
		if p < 0 {
			continue
		}
		under := sc.fs[p].row
		over := n < len(us) && (sc.fs[n].row || sc.fs[n].headMark != "" || us[n].kind == uHeading) &&
			(us[p].kind == uHeadline || us[p].kind == uText && sc.fs[p].title && !sc.fs[p].row ||
				us[p].kind == uCaption && captionTitlesTable(us[p].text))
		if under || over {
			u.kind, u.summed = uNote, false
		}
	}
}
