package newstext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines of a table set as text: match results (广东 102:98 辽宁), a
// weather box (北京　晴　-3℃～6℃), a schedule (19:00　新闻联播). Each line
// is a row of fields parted by spaces, short, with a figure in it and no
// clause punctuation. Two such lines of the same shape under each other
// are two rows, never one hard-wrapped paragraph, and a row never
// continues into the paragraph after it across a column break: joined,
// they would read 辽宁北京 88:91 浙江.

// maxRowRunes bounds a table row's length.
const maxRowRunes = 24

// tableRow returns the number of space-parted fields of a table row, or 0
// when s is not one: at most maxRowRunes runes, two to six fields, one of
// them a figure (digits and signs, no letter: 102:98, -3℃～6℃, 19:00,
// +0.52%), no comma, full stop or other clause punctuation, and no Hangul
// (Korean parts every word by a space: a Korean market row has a shape
// of its own, koreanRow). A headline with a figure inside
// a phrase (预计2027年动工　提供1.5万个学位) has no field that is a figure.
// A lottery's row of a label and its numbers may run longer and hold
// more fields (numberRow).
func tableRow(s string) int {
	return tableRowOf(s, true)
}

// tableRowOf is tableRow, with a comparison's bracket after a figure
// taken as the figure's (rowcomparison.go) only when comparisons is set:
// comparisonOnlyRow asks it without, to tell the lines that are rows
// only by that bracket.
func tableRowOf(s string, comparisons bool) int {
	// Every row holds a digit (a figure, a lottery's number, a day, a
	// Korean row's figure: numberRow, scheduleRow and koreanRow need one
	// too), which most short lines lack: asked first of a line short
	// enough for a row's bounds, where it costs less than they do.
	if s == "" || len(s) <= 16*maxRowRunes && !hasDigit(s) {
		return 0
	}
	if !atMost(s, maxRowRunes) && !paddedAtMost(s, maxRowRunes) && !amountRowAtMost(s, maxRowRunes) && !(comparisons && comparisonRowAtMost(s, maxRowRunes)) {
		if n := numberRow(s); n > 0 {
			return n // 红球　03　11　17　22　28　31　蓝球　09 (numberrow.go)
		}
		if n := scheduleRow(s); n > 0 {
			return n // 12月8日　南下　永康至大灣　22:00—05:00 (schedulerow.go)
		}
		if n := standingsRow(s); n > 0 {
			return n // 1　乌兹别克斯坦　5　4　1　0　12:3　+9　13 (standings.go)
		}
		return koreanRow(s) // (a Korean row runs longer: korows.go)
	}
	if !hasDigit(s) {
		return 0 // (no digit: no field is a figure)
	}
	fields, inField, figure := 0, false, false
	digit, letter := false, false // of the current field
	// A figure with its unit (９４９億ドル, ６％増, 1兆2,030億元) counts when
	// a row has two of them among three or more fields, and so does a
	// change led by its word (年增18.4％). A figure followed by a unit in
	// katakana or Latin letters alone (４０キロ, 40km) is a figure.
	startDigit, fieldRunes, unitFigures := false, 0, 0
	fieldStart, hanUnits, tailLetters := 0, 0, 0 // tailLetters: kana or Latin letters since the last digit
	tailKata := 0                                // of them, katakana (and ー)
	skip, figureEnd := 0, -1                     // a comparison's bracket after the field's figure (rowcomparison.go)
	endField := func(end int) {
		if figureEnd > fieldStart {
			end = figureEnd // (the bracket is the figure's: 投票率　３９・８８％（前回４３・０２％）)
		}
		if inField && digit && (!letter || hanUnits == 0 && startDigit && (tailLetters > 0 && tailLetters <= 3 || kataUnit(tailLetters, tailKata))) {
			figure = true
		}
		if inField && startDigit && letter && (fieldRunes <= 7 || hanUnits <= 3 && fieldRunes <= 10) {
			unitFigures++
		} else if inField && startDigit && letter && rateFigure(s[fieldStart:end]) {
			unitFigures++ // １ドル＝１５０円２０銭, a rate (ratefigure.go)
		} else if inField && startDigit && letter && twoUnitAmount(s[fieldStart:end]) {
			unitFigures++ // ４万４１２０ドル５０セント (twounitamount.go)
		}
		if f := s[fieldStart:end]; inField && !startDigit && digit {
			if ok, hanUnit := changeFigure(f); ok {
				unitFigures++
				if !hanUnit && (strings.HasPrefix(f, "約") || strings.HasPrefix(f, "约")) {
					figure = true // 約４０キロ: a quantity, roughly (約40年 is a phrase's)
				}
			}
		}
	}
	for i, r := range s {
		if i < skip {
			continue
		}
		if isSpace(r) {
			endField(i)
			inField = false
			continue
		}
		switch r {
		case '（', '(':
			if comparisons && inField && digit && !letter {
				if n := comparisonBracket(s[i:]); n > 0 {
					skip, figureEnd = i+n, i
					continue
				}
			}
		case ',', '，':
			// A thousands comma (12,030, １２，４０８: votecount.go) is
			// the figure's; any other comma parts clauses.
			if thousandsCommaAt(s, i) {
				break
			}
			return 0
		case '、', '。', '；', '！', '？', '!', '?', ';':
			return 0
		}
		if !inField {
			fields++
			inField = true
			digit, letter = false, false
			startDigit, fieldRunes = r >= '0' && r <= '9' || r >= '０' && r <= '９' || changeSignAt(s, i), 0
			fieldStart, hanUnits, tailLetters, tailKata = i, 0, 0, 0
		}
		fieldRunes++
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digit, tailLetters, tailKata = true, 0, 0
		case r >= 0xAC00 && r <= 0xD7A3:
			return koreanRow(s) // (korows.go)
		case isLetter(r):
			letter = true
			if isHan(r) {
				hanUnits++
			} else {
				tailLetters++
				if isKatakanaPart(r) {
					tailKata++
				}
			}
		}
	}
	endField(len(s))
	if unitFigures >= 2 && fields >= 3 {
		figure = true // アップル　　９４９億ドル　　６％増
	}
	if fields > 6 {
		if n := numberRow(s); n > 0 {
			return n // 红球　03　11　17　22　28　31 (numberrow.go)
		}
		return standingsRow(s) // 1　乌兹别克斯坦　5　4　1　0　13 (standings.go)
	}
	if !figure && fields >= 2 && rankedTimeRow(s) {
		figure = true // ①佐久長聖　２時間４分１１秒 (ranktime.go)
	}
	if !figure && fields >= 3 && resultRow(s) {
		figure = true // 男子　杨正林　2小时14分36秒, no rank (resultrow.go)
	}
	if !figure && fields >= 3 && scheduleRow(s) > 0 {
		figure = true // 8日　南下　永康至大灣　22時至翌日5時 (schedulerow.go)
	}
	if !figure || fields < 2 {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(s); r == '：' || r == ':' {
		return 0 // a lead-in to the rows (本轮部分比赛结果：), not a row
	}
	return fields
}

// kataUnit reports the letters after a field's last digit a unit written
// in katakana alone, up to seven of them (８００ミリリットル, ２キロメートル,
// ３０センチメートル: a recipe's or a course's row), as the three letters
// of ２００グラム or 40km are: katakana straight after a figure is its
// counter or unit. A figure followed by kana that are not all katakana
// (３人が, ５ゴールを) is a phrase's.
func kataUnit(letters, kata int) bool {
	return letters > 3 && letters == kata && kata <= 7
}

// changeWords lead a change's figure in a table's row: 年增18.4％,
// 月減3.2%, 約４０, and a market index's rise or fall, 漲142點, 跌0.52%
// (the longer words before the ones they end with).
var changeWords = []string{"年增", "年減", "年减", "月增", "月減", "月减", "季增", "季減", "季减", "增", "減", "减", "約", "约", "較", "较", "前年比", "前月比",
	"上漲", "上涨", "下跌", "漲", "涨", "跌", "上升", "升", "高水", "低水"}

// changeFigure reports a field that is a change word and a figure, with
// only a per cent sign or a unit in kana or Latin letters after it, or
// one Han unit closing it (漲142點, 減3成: hanUnit); a phrase (增1.5万个)
// is none.
func changeFigure(f string) (ok, hanUnit bool) {
	for _, w := range changeWords {
		rest, ok := strings.CutPrefix(f, w)
		if !ok || rest == "" {
			continue
		}
		if r, _ := firstRune(rest); !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '+' || r == '-' || r == '＋' || r == '－') {
			continue
		}
		han := false
		for i, r := range rest {
			if isHan(r) {
				if han || i+utf8.RuneLen(r) != len(rest) {
					return false, false // 增1.5万个: more than a unit after the figure
				}
				han = true
			}
		}
		return true, han
	}
	return false, false
}

// rowLine reports a line that is a table's row, a box score's or a
// list's item: body text, never a title line (unitFeats' row).
func rowLine(s string) bool {
	return tableRow(s) > 0 || listDot(s) || boxRow(s) || paddedRow(s) >= 3
}

// hasDigit reports an ASCII or fullwidth digit (０ to ９, EF BC 90 to
// EF BC 99) in s, the bytes matched without decoding: a row's figure
// needs one, and most short lines, titles and kickers, have none.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			return true
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99:
			return true
		}
	}
	return false
}

// isLetter is unicode.IsLetter with the runes of CJK text answered
// without a search of the Unicode tables: tableRow asks it of every rune
// of every short line. ASCII letters and the CJK Unified Ideographs
// (all letters, category Lo) are told by their range; TestIsLetter holds
// the two to agreement over all runes.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.IsLetter(r)
}

// listDot reports a line opening with the middle dot Japanese lists put
// before each item (・首相、経済対策の補正予算案について閣議決定), or the ▽
// of the entries of a standing box (▽松江市（１日）総務課長…): an item,
// body text, never a title line.
func listDot(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '・' || r == '･' || r == '▽' && !gameLabel(s)
}

// tableNote reports a table's note under its rows: （注）売上高と…, 注：…, ※….
func tableNote(s string) bool {
	return strings.HasPrefix(s, "（注）") || strings.HasPrefix(s, "(注)") || strings.HasPrefix(s, "注：") || strings.HasPrefix(s, "※")
}
