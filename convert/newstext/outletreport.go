package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Hong Kong site runs its own name and 報道 in before its story's first
// sentence, as a paper does (【星島日報報道】, 【東網報道】): 【點新聞報道】,
// 【HK01報道】, 【公視新聞報導】. With 訊 the same names were datelines
// (【點新聞訊】, 【HK01訊】), but with 報道 only a name ending in a paper's,
// agency's or site's character (社, 報, 網, 台: isOrgEnd) was, so a site
// called 新聞 or by Latin letters read as a run-in head holding the whole
// story. A kind of report in the same brackets, 【深度報道】, 【獨家報道】,
// 【專題報道】, names no outlet and stays a head.

// outletReportName reports h, the words before 報道 in brackets, as a
// news outlet's name isOrgEnd does not tell: a broadcaster or site by its
// ending (broadcastTag: 公視新聞, 香港電台, 鳳凰衛視; no section, 即時新聞),
// a site of one character and 新聞 (點新聞; not 假新聞, 舊新聞, 新新聞), or
// a name of Latin letters and digits, three or more, perhaps with Han,
// dots or hyphens (HK01, TVB, on.cc東網, ETtoday新聞雲; not 5G or AI, a
// topic's).
func outletReportName(h string) bool {
	if h == "" || !atMost(h, 16) {
		return false
	}
	if broadcastTag(h) {
		return true
	}
	for _, e := range []string{"新聞", "新闻"} {
		if stem, ok := strings.CutSuffix(h, e); ok {
			r, w := firstRune(stem)
			return w == len(stem) && isHan(r) && !strings.ContainsRune("假舊旧新", r)
		}
	}
	latin, letters := 0, false
	for _, r := range h {
		switch {
		case r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'):
			latin++
			letters = true
		case r >= '0' && r <= '9':
			latin++
		case r == '.' || r == '-' || isHan(r):
		default:
			return false
		}
	}
	return letters && latin >= 3
}
