package newstext

import (
	"strings"
	"unicode/utf8"
)

// A table's figure often carries the figure it is compared with in
// brackets right after it: an election box's turnout under each
// district's rows, 投票率　３９・８８％（前回４３・０２％）, a business
// table's 売上高　１２，３４５（前年比５％増）, a Chinese one's
// CPI　2.1%（前值1.8%）. The bracket belongs to the figure: the field is a
// figure still, and the line a row (before, the bracket's word made the
// field a phrase, and the turnout line, parted by U+3000 as a headline
// is, opened a new article). A bracket of other words after a figure,
// ３９・８８％（過去最低）, is no comparison: the field is left as it was.
//
// A line that is a row only by that bracket is one only beside a row or
// a table's head, as the turnout line stands under the candidates' rows:
// alone over prose, 内閣支持率　２８％（前回比３ポイント減） is a poll
// story's headline, its figure and the change the news.

// comparisonWords open the bracketed figure a row's figure is compared
// with: the last election's, last year's, the period before (the longer
// words before the ones they open).
var comparisonWords = []string{
	"前年同期比", "前年同期", "前年同月比", "前年同月", "前年度比", "前年度", "前年比", "前年",
	"前回比", "前回", "前月比", "前月", "前期比", "前期", "前週比", "前週", "前日比", "前日",
	"平年比", "平年", "昨年", "前值", "前値", "上月", "上年", "上期", "去年", "同比", "环比", "環比",
}

// A business table prints a dash where no rate can be given, a loss
// after a loss or a company new to the list: ▲１２（―）, ▲３１５（　―　）
// under the table's note ―は比較できず. The dash stands in the
// comparison's place, and the bracket is the figure's as a rate is.

// noComparison reports a comparison bracket's inside that is one dash
// alone, padded or not: （―）, （　―　）, （－）.
func noComparison(inner string) bool {
	switch trimSpace(inner) {
	case "―", "—", "－", "-", "‐", "─":
		return true
	}
	return false
}

// comparisonBracket returns the byte length of the bracket opening s
// when it holds a comparison figure and ends the field, the line's end
// or a space after it: a comparison word or none, then a figure with its
// sign (＋, －, ▲, △), a per cent sign or ポイント after it and 増 or 減
// at most (（前回４３・０２％）, （前年比５％増）, （▲１２）), or a dash
// alone where none can be given (（―）: noComparison); 0 when not.
func comparisonBracket(s string) int {
	inner, end, ok := leadingBracket(s)
	if !ok || inner == "" {
		return 0
	}
	if end < len(s) {
		if r, _ := firstRune(s[end:]); !isSpace(r) {
			return 0
		}
	}
	if noComparison(inner) {
		return end // （―）, （　―　）: no rate can be given (rowcomparison.go)
	}
	for _, w := range comparisonWords {
		if rest, ok := strings.CutPrefix(inner, w); ok {
			inner = rest
			break
		}
	}
	for _, sign := range [...]string{"＋", "－", "+", "-", "▲", "△", "▼"} {
		if rest, ok := strings.CutPrefix(inner, sign); ok {
			inner = rest
			break
		}
	}
	n := figureLen(inner)
	if n == 0 {
		return 0
	}
	inner = inner[n:]
	for _, unit := range [...]string{"％", "%", "ポイント", "pt"} {
		if rest, ok := strings.CutPrefix(inner, unit); ok {
			inner = rest
			break
		}
	}
	for _, change := range [...]string{"増", "減", "增", "减"} {
		if rest, ok := strings.CutPrefix(inner, change); ok {
			inner = rest
			break
		}
	}
	if inner != "" {
		return 0
	}
	return end
}

// comparisonOnlyRow reports a line that is a row (rowLine and the other
// row shapes of unitFeats) only because a comparison's bracket is taken as
// its figure's: without it, no row. unitFeats asks it of rows alone, and
// it looks further only with a bracket in them.
func comparisonOnlyRow(s string) bool {
	if !strings.ContainsAny(s, "（(") {
		return false
	}
	return tableRowOf(s, false) == 0 && tableRow(s) > 0 && !listDot(s) && !boxRow(s) && paddedRow(s) < 3 && !markerList(s) && !jaGameLine(s) && !infoRow(s)
}

// markComparisonRows makes a row of each line that is one only by its
// comparison's bracket (feats.cmpRow) when a row, another such line or a
// table's head stands on the line right above it or right below it
// (投票率　３９・８８％（前回４３・０２％） under the candidates' rows), or,
// in normalized text, is the indented paragraph right above or below it:
// body text, complete, as unitFeats marks a row. Alone over prose it is
// left a title line.
func (sc *scorer) markComparisonRows() {
	us := sc.us
	for i := range us {
		if !sc.fs[i].cmpRow || us[i].kind != uText {
			continue
		}
		beside := func(j int) bool {
			return sc.fs[j].row || sc.fs[j].cmpRow || sc.fs[j].headMark != "" || us[j].kind == uHeading
		}
		// (Normalized text writes each row as a paragraph of its own,
		// indented, between blank lines: an indented neighbour is as
		// close there as the line right above is on the page.)
		near := func(a, b int) bool { return us[a].lastLine+1 == us[b].line || us[a].para && us[b].para }
		if i > 0 && near(i-1, i) && beside(i-1) || i+1 < len(us) && near(i, i+1) && beside(i+1) {
			sc.fs[i].row, sc.fs[i].ended = true, true // (as unitFeats sets a row)
		}
	}
}

// comparisonRowAtMost reports a line of at most n runes once the
// comparison brackets after its figures are left out: a business table's
// row carries one after each figure (北星電機　4812（6）　316（12）　204（▲3）),
// which makes it longer than a row's bounds though its fields are as
// few and as short as any row's (blind round 88).
func comparisonRowAtMost(s string, n int) bool {
	if len(s) > 4*(n+18) || !strings.Contains(s, "（") && strings.IndexByte(s, '(') < 0 {
		return false
	}
	k := utf8.RuneCountInString(s)
	for _, f := range strings.FieldsFunc(s, isSpace) {
		i := strings.IndexAny(f, "（(")
		if i <= 0 {
			continue
		}
		if r, _ := decodeLast(f[:i]); !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '%' || r == '％') {
			continue
		}
		if comparisonBracket(f[i:]) == len(f)-i {
			k -= utf8.RuneCountInString(f[i:])
		}
	}
	return k <= n
}
