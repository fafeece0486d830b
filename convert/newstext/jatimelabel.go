package newstext

import "slices"

// A Japanese paper's diary boxes, the 首相動静 above all, part a day by the
// time of day in lenticular brackets run in at each part: 【午前】８時３分、
// 公邸から官邸。… / 【午後】０時１分、官邸。…; a schedule or a timeline
// does the same, 【朝】, 【夜】, 【正午】. A time of day is no place: read
// as 【松本】 is, 【午後】 dated and opened an article of its own in the
// middle of the box (blind page ja-seiji-doseiyoron). A word of the time
// of day alone in the bracket (jaDayTimeWords) is a head, run in a
// section's heading as 【解説】 is; a bracket with a day before it,
// 【６日午前】, is no place either (jadateddateline.go).

// jaDayTimeWords name a time of day, never a town: the words a diary or
// schedule box sets alone in lenticular brackets.
var jaDayTimeWords = []string{"午前", "午後", "午前中", "正午", "朝", "昼", "夕", "夜", "早朝", "未明", "深夜", "夕方", "夕刻", "昼間", "日中", "夜間", "終日", "朝方", "明け方"}

// jaDayTimeLabel reports a bracket's text that is a time of day
// (jaDayTimeWords), a diary's head, not a dateline's place.
func jaDayTimeLabel(in string) bool {
	return slices.Contains(jaDayTimeWords, in)
}
