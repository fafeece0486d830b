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
func tableRow(s string) int {
	if s == "" {
		return 0
	}
	if !atMost(s, maxRowRunes) && !paddedAtMost(s, maxRowRunes) {
		return koreanRow(s) // (a Korean row runs longer: korows.go)
	}
	if !hasDigit(s) {
		return 0 // (no digit: no field is a figure)
	}
	fields, inField, figure := 0, false, false
	digit, letter := false, false // of the current field
	// A figure with its unit (９４９億ドル, ６％増) counts when a row has
	// two of them among three or more fields.
	startDigit, fieldRunes, unitFigures := false, 0, 0
	endField := func() {
		if inField && digit && !letter {
			figure = true
		}
		if inField && startDigit && letter && fieldRunes <= 7 {
			unitFigures++
		}
	}
	for _, r := range s {
		if isSpace(r) {
			endField()
			inField = false
			continue
		}
		switch r {
		case '，', ',', '、', '。', '；', '！', '？', '!', '?', ';':
			return 0
		}
		if !inField {
			fields++
			inField = true
			digit, letter = false, false
			startDigit, fieldRunes = r >= '0' && r <= '9' || r >= '０' && r <= '９', 0
		}
		fieldRunes++
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digit = true
		case r >= 0xAC00 && r <= 0xD7A3:
			return koreanRow(s) // (korows.go)
		case isLetter(r):
			letter = true
		}
	}
	endField()
	if unitFigures >= 2 && fields >= 3 {
		figure = true // アップル　　９４９億ドル　　６％増
	}
	if !figure || fields < 2 || fields > 6 {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(s); r == '：' || r == ':' {
		return 0 // a lead-in to the rows (本轮部分比赛结果：), not a row
	}
	return fields
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
