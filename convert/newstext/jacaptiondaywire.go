package newstext

import (
	"slices"
	"strings"
)

// dayWireTail reports the tail after a Japanese wire photo caption's
// first ＝ that gives the day alone, maybe with the time of day, and then
// the agency that took the photo after a second ＝, the place already in
// the caption's words: ６日＝AP, ５日午後＝ロイター (北京市内で開かれた就職
// 説明会に集まった大学生ら＝６日＝AP), as 全国紙 credit wire photos
// (…＝７日、ワシントン＝ロイター with the place). The agency is one of
// captionAgencies, nothing after it: a listing's ▽総会＝５日＝市役所 names
// a place there, a rate's or a name's ＝ holds no day before it.
func dayWireTail(rest string) bool {
	day, agency, ok := strings.Cut(rest, "＝")
	return ok && captionDayTime(day) && slices.Contains(captionAgencies, agency)
}
