package newstext

import "strings"

// A results box set as text does not always rank its finishers: a
// Chinese paper's box under 全程马拉松前三名 gives each a line of the
// category, the name and the time in Han units, 男子　杨正林　2小时14分36秒,
// 女子组　刘欣怡　2小时33分09秒, and a field event's box the mark,
// 男子跳远　张　伟　8米12, 举重　王　强　185公斤. Such a line is a
// table's row, as 男子　杨正林　2:14:36 is: read as title lines, the rows
// became kickers of the next story's headline, and at a narrow measure
// they and that headline read as one wrapped paragraph.
//
// A headline gives a time in one phrase of two fields,
// 鈴木が日本新　２時間４分５６秒 (no rank, no row: ranktime.go); a row has
// two or more short fields of words beside the result, and the result is
// measured to more than its unit (2小时14分36秒, 9秒83, 8.12米, not 4小时,
// the trip a spaced headline may give: 北京到上海　高铁　4小时).

// maxResultField bounds the runes of a results row's field of words: a
// category (男子组, 男子100米), a name (杨正林, 江城一中队), a note
// (赛会纪录), as a header row's column name (maxHeaderField).
const maxResultField = 8

// resultRow reports a line of three or more space-parted fields, one a
// measured result in Han units (resultFigure), at least two of the others
// words (at most maxResultField runes, no kana particle: 鈴木が日本新 is
// a phrase), none a clause: tableRow's one figure.
func resultRow(s string) bool {
	// (A byte search first: most lines name no unit of a result.)
	if !strings.Contains(s, "秒") && !strings.Contains(s, "米") && !strings.Contains(s, "公斤") && !strings.Contains(s, "千克") {
		return false
	}
	results, words := 0, 0
	for _, f := range strings.FieldsFunc(s, isSpace) {
		if resultFigure(f) {
			results++
			continue
		}
		if !atMost(f, maxResultField) || hasHiragana(f) {
			return false
		}
		words++
	}
	return results == 1 && words >= 2
}

// resultFigure reports a field that is a measured result in Han units: a
// time to more than its largest unit (hanDuration: 2小时14分36秒,
// ４分０５秒２３, 9秒83, 9.83秒, not 4小时 or 30秒), a length in metres
// with its centimetres (8米12, 8.12米, ２米３５) or a weight
// (185公斤, 62.5千克).
func resultFigure(f string) bool {
	if hanDuration(f) {
		return measuredDuration(f)
	}
	n := leadingFigure(f)
	if n == 0 {
		return false
	}
	num, rest := f[:n], f[n:]
	decimal := strings.ContainsAny(num, ".．")
	switch {
	case rest == "公斤" || rest == "千克":
		return true
	case rest == "米":
		return decimal // 8.12米 (8米 alone is a distance)
	}
	cm, ok := strings.CutPrefix(rest, "米")
	return ok && !decimal && cm != "" && len(cm) == leadingFigure(cm) && atMost(cm, 2) && !strings.ContainsAny(cm, ".．") // 8米12
}

// measuredDuration reports a time in Han units given to more than one
// unit or with a fraction of a second: a result's precision, where a
// single unit (4小时, 30秒) is any span of time.
func measuredDuration(f string) bool {
	units := 0
	if strings.ContainsAny(f, "時时") {
		units++ // (時間, 小时, 小時, or 时/時 before 分 and 秒)
	}
	if strings.Contains(f, "分") {
		units++
	}
	i := strings.Index(f, "秒")
	if i >= 0 {
		units++
	}
	return units >= 2 || i >= 0 && (i+len("秒") < len(f) || strings.ContainsAny(f, ".．")) // 9秒83, 9.83秒
}

// leadingFigure returns the byte length of the figure opening f: ASCII or
// fullwidth digits with at most one decimal point between digits.
func leadingFigure(f string) int {
	i, point := 0, false
	for i < len(f) {
		r, w := firstRune(f[i:])
		if (r == '.' || r == '．') && i > 0 && !point {
			if d, _ := firstRune(f[i+w:]); isAnyDigit(d) {
				point = true
				i += w
				continue
			}
		}
		if !isAnyDigit(r) {
			break
		}
		i += w
	}
	return i
}

// hasHiragana reports a hiragana letter in s: Japanese particles and
// inflections, a phrase's, never a name's or category's in a results row.
func hasHiragana(s string) bool {
	for _, r := range s {
		if r >= 0x3041 && r <= 0x3096 {
			return true
		}
	}
	return false
}
