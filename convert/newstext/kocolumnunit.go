package newstext

import "strings"

// A Korean table's header row under its unit title may give a column's
// own unit after its name in brackets, where the title's unit does not
// fit it: 통신 3사 AI 인프라 투자 계획(단위: 억원) / 회사 투자액 전년비(%),
// 증감(%p), 매출(억원), 인원(명). The bracket is the column's, and the word
// is a column's name as 전년비 is (koreanHeaderOf, asked under the title).
// Only a unit counts: a percentage (%, %p), or a count or amount word
// (원, 명, 개, 건, 배, 달러, 톤, 가구, 곳, 대, 회, 세, 년, 개월, 일, ㎡),
// with its scale before it (억원, 만명, 천톤); a headline's bracketed tag,
// (종합), (속보), (상보), or a name's gloss, (가칭), is none.

// columnUnitWords are the units a header's bracket may give.
var columnUnitWords = []string{"%p", "%", "％p", "％", "℃", "㎡", "㎞", "km", "kg", "원", "명", "개", "건", "배", "달러", "톤", "가구", "곳", "대", "회", "세", "년", "개월", "일", "포인트", "p"}

// columnUnitScales are the scales before a unit (억원, 만명).
var columnUnitScales = []string{"", "십", "백", "천", "만", "십만", "백만", "천만", "억", "조"}

// cutColumnUnit returns a header word without the unit in brackets that
// closes it (전년비(%) gives 전년비), or w as it is.
func cutColumnUnit(w string) string {
	if !strings.HasSuffix(w, ")") {
		return w
	}
	k := strings.LastIndexByte(w, '(')
	if k <= 0 {
		return w
	}
	if columnUnit(w[k+1 : len(w)-1]) {
		return w[:k]
	}
	return w
}

// columnUnit reports a bracket's inside that is a unit (%, 억원, 만명).
func columnUnit(in string) bool {
	for _, s := range columnUnitScales {
		rest, ok := strings.CutPrefix(in, s)
		if !ok {
			continue
		}
		for _, u := range columnUnitWords {
			if rest == u {
				return true
			}
		}
	}
	return false
}

// Such a header ends in a bracketed unit as a table's title with its bare
// unit does (jaBareUnitTitle: 政党支持率（％）), and was read as a second
// caption under the real one. Right under its table's unit title and over
// a row of as many fields (koreanHeaderUnder), with no blank line between
// them or with one, it is the header row: text, a row of the table.

// keepKoreanUnitHeaders makes text of a Korean header row whose column
// carries its unit, read as a caption, under its table's unit title.
func (b *builder) keepKoreanUnitHeaders() {
	us := b.units
	for i := 1; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uCaption || us[i-1].kind != uCaption || u.line != u.lastLine || !strings.HasSuffix(u.text, ")") {
			continue
		}
		if koreanHeaderUnder(us[i-1].text, u.text, us[i+1].text) {
			u.kind, u.summed = uText, false
		}
	}
}
