package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Tables set as text in web copy pad their columns with runs of ASCII
// spaces (江苏    2150.3    2398.6    -248.3), under a title line (表1：…
// （单位：亿元）) and a header row of words alone (省份    发行规模    偿还规模
// 净融资), over the table's source (数据来源：…). The padding is layout,
// not length: a row is measured with each run counted as one space.

// skipSpaces returns the offset of the first rune at or after i in s
// that is no space (len(s) if none).
func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += w
	}
	return i
}

// isPadding reports a run of white space that pads a column: two or more
// ASCII spaces, a tab, or an ideographic space.
func isPadding(s string) bool {
	return strings.HasPrefix(s, "  ") || s[0] == '\t' || strings.HasPrefix(s, "\u3000")
}

// paddedRunes returns the runes of s with each run of white space counted
// as one, and whether s has a run of padding at all.
func paddedRunes(s string) (int, bool) {
	n, padded := 0, false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			n++
			i += w
			continue
		}
		padded = padded || isPadding(s[i:])
		n++
		i = skipSpaces(s, i)
	}
	return n, padded
}

// paddedAtMost reports a line of at most n runes once its runs of ASCII
// spaces (two or more) or tabs are counted as one: a row padded as web
// copy pads it. (Only a short line with such a run is measured.)
func paddedAtMost(s string, n int) bool {
	if len(s) > 16*n || !strings.Contains(s, "  ") && strings.IndexByte(s, '\t') < 0 {
		return false
	}
	k, _ := paddedRunes(s)
	return k <= n
}

// maxHeaderField bounds a header row's column name.
const maxHeaderField = 8

// paddedRow returns the number of columns of s when it is a row of words
// parted only by padding (a table's header row: 省份    发行规模    偿还规模
// 净融资), or 0: two to six columns, each at most maxHeaderField runes, no
// clause punctuation, no Hangul (Korean parts words by spaces), and no
// single space inside (a phrase's spaces are single).
func paddedRow(s string) int {
	// (Length first: a long paragraph is never scanned.)
	// (Byte searches for the padding: ContainsAny would decode every rune.)
	if s == "" || len(s) > 16*maxRowRunes || !strings.Contains(s, "  ") && strings.IndexByte(s, '\t') < 0 && !strings.Contains(s, "\u3000") {
		return 0
	}
	if n, padded := paddedRunes(s); !padded || n > maxRowRunes {
		return 0
	}
	return headerFields(s, true)
}

// headerFields returns the number of fields of s, a header row's column
// names parted by spaces (only by padding when padded): two to six, each
// at most maxHeaderField runes, with no clause punctuation and no Hangul
// (Korean parts words by spaces); else 0.
func headerFields(s string, padded bool) int {
	return headerFieldsUpTo(s, padded, 6)
}

// headerFieldsUpTo is headerFields with at most max fields (a standings
// row's header runs to more: wideHeader).
func headerFieldsUpTo(s string, padded bool, max int) int {
	fields, runes := 0, 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			if padded && !isPadding(s[i:]) {
				return 0
			}
			i = skipSpaces(s, i)
			runes = 0
			continue
		}
		switch {
		case strings.ContainsRune("，,、。；！？!?;：:", r), r >= 0xAC00 && r <= 0xD7A3:
			return 0
		}
		if runes == 0 {
			fields++
		}
		if runes++; runes > maxHeaderField {
			return 0
		}
		i += w
	}
	if fields < 2 || fields > max {
		return 0
	}
	return fields
}

// headerOver reports a header row of words (paddedRow, or wordRow where
// the row under it is one) right above a table row (tableRow) of as many
// columns.
func headerOver(header, row string) bool {
	// The row first: tableRow turns a long line down within its first
	// runes, and most lines asked about (every line and its neighbours,
	// in splitBlock) are long, where the header's field count would scan
	// the whole line.
	n := tableRow(row)
	if n == 0 {
		return false
	}
	h := paddedRow(header)
	if h == 0 {
		h = wordRow(header)
	}
	if h == 0 && (koreanPlainRow(row) || koreanStandingsRow(row)) {
		h = koreanHeader(header) // 구분 전월 당월 증감 (kotable.go)
	}
	if h == 0 && n > 6 {
		h = wideHeader(header) // 名次　球队　场次　胜　平　负　积分 (standings.go)
	}
	return h == n && tableRow(header) == 0
}

// wordRow returns the number of fields of s when it is a row of short
// words parted by single spaces (城市 3月第3周 环比 同比), as paddedRow
// counts a padded one, or 0. Only a table row of as many fields under
// it makes it a header: alone it may be any spaced title.
func wordRow(s string) int {
	if s == "" || len(s) > 16*maxRowRunes || strings.IndexFunc(s, isSpace) < 0 {
		return 0
	}
	return headerFields(s, false)
}

// unitTitle reports a table's or chart's title closed by its unit in
// brackets (主要城市猪肉批发均价（单位：元/公斤）), no full stop: the
// table's caption. A Korean paper closes its table's title the same way,
// 업황 BSI 추이(단위: p), [단위: 억원] (unitTitleKo), and a Japanese one,
// 主要ワイナリーの出荷量（単位・万本、▲は減） (unitTitleJa), also with no
// 単位, 内閣を支持しますか（％、カッコ内は前回） (jaBareUnitTitle).
func unitTitle(s string) bool {
	if !atMost(s, 40) || strings.Contains(s, "。") {
		return false
	}
	start, inner, ok := trailingBracket(s)
	return ok && start > 0 && (strings.HasPrefix(inner, "单位") || strings.HasPrefix(inner, "單位") || unitTitleKo(s[:start], inner) || unitTitleJa(s[:start], inner) || jaBareUnitTitle(s[:start], inner))
}

// unitBracketLine reports a table's unit alone in brackets on its line,
// its legend after it however long: （単位・億円、カッコ内は前年同期比増減率
// ％、▲は赤字・減）, （单位：亿元）. Under a table's title (tableTitle) it
// closes that caption.
func unitBracketLine(s string) bool {
	start, inner, ok := trailingBracket(s)
	if !ok || start != 0 || !atMost(s, 48) || strings.Contains(s, "。") {
		return false
	}
	for _, w := range [...]string{"単位", "单位", "單位"} {
		if rest, ok := strings.CutPrefix(inner, w); ok {
			r, _ := firstRune(rest)
			return strings.ContainsRune("：:・＝=", r)
		}
	}
	return false
}

// unitLineUnder reports a table's unit alone in brackets on its line,
// unit, under its title, title (主要产品出口情况 / （单位：亿元）, 품목별 수출
// 현황 / (단위: 억원)): joined as a wrap, the two are a title closed by its
// unit (unitTitle).
func unitLineUnder(title, unit string) bool {
	start, _, ok := trailingBracket(unit)
	if !ok || start != 0 || !atMost(unit, 16) {
		return false
	}
	sep := ""
	if needsSpace(title, unit) {
		sep = " "
	}
	return unitTitle(title + sep + unit)
}

// tableTitle reports a table's title line, 表1：三季度部分省份城投债发行情况
// （单位：亿元）: 表 and its number (１, 一 too) before a colon or a space,
// or 表 right before the colon (表：上月營收前三大產業), with no full stop.
// It is the table's caption, as 图：'s line is a photo's; so is a line
// opening with a figure's label in brackets, ［表］…, 【図】….
func tableTitle(s string) bool {
	if in, end, ok := leadingBracket(s); ok && slices.Contains(jaFigureLabels, in) {
		// ［表］主な企業の4～9月期決算, 【図】…: the label in brackets,
		// a Japanese paper's (jacontentlabel.go).
		return atMost(s, 60) && !strings.Contains(s, "。") && trimSpace(s[end:]) != ""
	}
	rest, ok := strings.CutPrefix(s, "表")
	if !ok || !atMost(s, 60) || strings.Contains(s, "。") {
		return false
	}
	numbered := false
	for rest != "" {
		r, w := firstRune(rest)
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("一二三四五六七八九十", r)) {
			break
		}
		rest, numbered = rest[w:], true
	}
	if t, ok := strings.CutPrefix(rest, "："); ok {
		return trimSpace(t) != "" // 表：上月營收前三大產業, as 图： is a photo's
	}
	if t, ok := strings.CutPrefix(rest, ":"); ok {
		return trimSpace(t) != ""
	}
	return numbered && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "\u3000"))
}

// wordRowPair reports two lines that are rows of a list or a schedule
// set as text with words in their fields: each of three to six fields
// parted by padding (paddedRow), as many in each. A figure is no need: no
// wrap of prose leaves padding between short fields on both lines, and
// a block of such rows read as one paragraph ends in no sentence mark
// and runs on into the paragraph after it.
func wordRowPair(a, b string) bool {
	n := paddedRow(a)
	return n >= 3 && paddedRow(b) == n
}
