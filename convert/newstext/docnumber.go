package newstext

// A Chinese court story or a notice closes with the number of its case or
// document on a line of its own: 案号：（2026）苏0211刑初318号, 文号：国发
// 〔2026〕12号, 编号：ZJ-2026-0318. The value is a code, not words: a
// bracketed year, a court's or an office's abbreviation between runs of
// digits, 号 at its end, or capital letters and digits set with hyphens
// or after an office's words (国药准字H20260001). As a
// date or a figure alone (formValue), no title says only a reference
// number, so the line is a form's row, never a title that speaks for
// someone (attributedTitle). A title's value with one number in words,
// 今年第18号, 3号线今起试运行, 地铁：5号, stays a title.

// maxDocNumberRunes bounds a document's or a case's number.
const maxDocNumberRunes = 24

// docNumber reports a document's or a case's number as a whole value,
// with no space, lower-case letter or punctuation of a sentence: ending
// in 号 (號) right after a digit with a bracketed year or two runs of
// digits in it (（2026）苏0211刑初318号, 国发〔2026〕12号), or a code of
// capital letters and at least four digits, ending in a digit or 号,
// joined by hyphens or slashes or led by an office's words (ZJ-2026-0318,
// 国药准字H20260001, 京ICP备12345678号). A lower-case letter is a name's
// (iPhone17).
func docNumber(v string) bool {
	if v == "" || !atMost(v, maxDocNumberRunes) || !hasDigit(v) {
		return false
	}
	runs, digits, letters := 0, 0, 0
	bracketYear := false
	inRun := false
	open := -1 // digits since a year's opening bracket, or -1
	for _, r := range v {
		d := isDigitRune(r)
		switch {
		case d:
			digits++
			if !inRun {
				runs++
			}
			if open >= 0 {
				open++
			}
		case r == '（' || r == '〔' || r == '(' || r == '[' || r == '【':
			open = 0
		case r == '）' || r == '〕' || r == ')' || r == ']' || r == '】':
			bracketYear = bracketYear || open == 4
			open = -1
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '-' || r == '/':
		case isHan(r):
			open = -1
		default: // a space, a sentence's punctuation, a quotation mark
			return false
		}
		inRun = d
	}
	code := letters > 0 && digits >= 4
	l, n := decodeLast(v)
	if isDigitRune(l) {
		return code
	}
	if l != '号' && l != '號' {
		return false
	}
	last, _ := decodeLast(v[:len(v)-n])
	return isDigitRune(last) && (bracketYear || runs >= 2 || code)
}
