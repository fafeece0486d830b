package newstext

import "strings"

// endsInDatedCredit reports a caption closed by 中央社's photo credit set
// without its brackets, the photo's date after a space:
// …補助新制。中央社記者江品叡攝　113年12月8日. It is the bracketed
// （中央社記者X攝　113年12月8日） (datedPhotoCredit) with its brackets left
// off, as the wire's web copy sets it: the credit (endsInPhotoCredit,
// a role or a space before the name and 攝) then the date, a Minguo or
// Western year, month and day, or month and day, in figures (photoDate). The
// date ends the caption where 攝 ends other credits, so the caption is
// complete (endsInCredit). A date with no space before it (…攝113年…),
// a word after the space (…攝　今天上午), and a sentence ending in a
// date after other words are none.
func endsInDatedCredit(s string) bool {
	if !atMost(s, 160) {
		return false // a caption is one or two sentences
	}
	k := lastIndexNear(s, "　", 13)
	if j := lastIndexNear(s, " ", 13); j > k {
		k = j
	}
	if k <= 0 {
		return false
	}
	_, w := firstRune(s[k:])
	date := s[k+w:]
	if !photoDate(date) {
		return false
	}
	credit := strings.TrimRight(s[:k], " 　")
	return hasAnySuffix(credit, []string{"攝", "摄"}) && endsInPhotoCredit(credit)
}

// photoDate reports a photo's date in figures: 113年12月8日, 2024年12月8日
// (isEditionDate, with no weekday) or 12月8日.
func photoDate(s string) bool {
	md, ok := strings.CutSuffix(s, "日")
	if !ok {
		return false
	}
	if y := strings.Index(md, "年"); y >= 0 {
		if !isNumber(md[:y]) {
			return false
		}
		md = md[y+len("年"):]
	}
	m, d, ok := strings.Cut(md, "月")
	return ok && isNumber(m) && isNumber(d) && atMost(m, 2) && atMost(d, 2)
}
