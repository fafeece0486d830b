package pdf

import (
	"fmt"
	"strings"
	"time"

	"github.com/paiban/paiban/layout"
)

// Folio and nameplate text, in the document's language. Nothing is printed
// that the options do not give, except the page number.

// pageLabel is how a page number is printed: 第3版, 3面, 3면, Page 3.
func (b *builder) pageLabel(n int) string {
	switch b.lang {
	case layout.LangJa:
		return fmt.Sprintf("%d面", n)
	case layout.LangKo:
		return fmt.Sprintf("%d면", n)
	case layout.LangLatin:
		return fmt.Sprintf("Page %d", n)
	}
	return fmt.Sprintf("第%d版", n)
}

// editionFields are the edition's date with its weekday and its issue
// number, those of them given; the folio (folio set) leaves the issue to
// the nameplate when there is one.
func (b *builder) editionFields(folio bool) []string {
	f := b.cfg.folio
	var out []string
	if !f.Date.IsZero() {
		out = append(out, dateLabel(f.Date, b.lang)...)
	}
	if f.Issue != "" && !(folio && f.Masthead) {
		out = append(out, issueLabel(f.Issue, b.lang))
	}
	return out
}

var (
	weekdaysZh = [7]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}
	weekdaysJa = [7]string{"日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"}
	weekdaysKo = [7]string{"일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"}
)

// dateLabel returns a date and its weekday as the language writes them.
func dateLabel(t time.Time, lang layout.Lang) []string {
	y, m, d, wd := t.Year(), int(t.Month()), t.Day(), t.Weekday()
	switch lang {
	case layout.LangJa:
		return []string{fmt.Sprintf("%d年%d月%d日", y, m, d), weekdaysJa[wd]}
	case layout.LangKo:
		return []string{fmt.Sprintf("%d년 %d월 %d일", y, m, d), weekdaysKo[wd]}
	case layout.LangLatin:
		return []string{t.Format("Monday, 2 January 2006")}
	}
	return []string{fmt.Sprintf("%d年%d月%d日", y, m, d), weekdaysZh[wd]}
}

// issueLabel returns an issue number as the language writes it (第123期);
// anything but digits is printed as given.
func issueLabel(s string, lang layout.Lang) string {
	s = strings.TrimSpace(s)
	if strings.Trim(s, "0123456789") != "" {
		return s
	}
	switch lang {
	case layout.LangJa:
		return "第" + s + "号"
	case layout.LangKo:
		return "제" + s + "호"
	case layout.LangLatin:
		return "No. " + s
	}
	return "第" + s + "期"
}

// fieldRows sets fields in one row across the measure, each on its own and
// an em apart, from the left, the right or centred; the lines' X is on the
// page, Y is 0. Empty fields are left out.
func (b *builder) fieldRows(fields []string, size float64, align layout.Align) []placedLine {
	set := b.sets[roleBody]
	var row []placedLine
	x := 0.0
	for _, f := range fields {
		text := b.clean(f, 0, set)
		if text == "" {
			continue
		}
		lines := b.setText(text, roleBody, size, b.contentW, layout.AlignStart, 0)
		if len(lines) == 0 {
			continue
		}
		if len(row) > 0 {
			x += size
		}
		row = append(row, placedLine{X: x, Size: size, Set: set, Line: lines[0], Block: -1})
		x += lines[0].Width
	}
	shift := b.left
	switch align {
	case layout.AlignEnd:
		shift += b.contentW - x
	case layout.AlignCenter:
		shift += (b.contentW - x) / 2
	}
	for i := range row {
		row[i].X += shift
	}
	return row
}
