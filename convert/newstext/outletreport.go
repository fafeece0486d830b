package newstext

import (
	"slices"
	"strings"
)

// A Hong Kong site runs its own name and 報道 in before its story's first
// sentence, as a paper does (【星島日報報道】, 【東網報道】): 【點新聞報道】,
// 【HK01報道】, 【公視新聞報導】. With 訊 the same names were datelines
// (【點新聞訊】, 【HK01訊】), but with 報道 only a name ending in a paper's,
// agency's or site's character (社, 報, 網, 台: isOrgEnd) was, so a site
// called 新聞 or by Latin letters read as a run-in head holding the whole
// story. A kind of report in the same brackets, 【深度報道】, 【獨家報道】,
// 【專題報道】, names no outlet and stays a head, and so does a topic's
// or event's name in Latin letters, 【AI報道】, 【NBA報道】, 【G20峰會報道】:
// a Latin name is an outlet's only when it is one Hong Kong and Taiwan
// readers know (HK01, TVB, on.cc, am730, TOPick, Yahoo, CTWANT; in any
// case, i-CABLE as i-Cable) or ends as a site or station does.

// outletReportName reports h, the words before 報道 in brackets, as a
// news outlet's name isOrgEnd does not tell: a broadcaster or site by its
// ending (broadcastTag: 公視新聞, 香港電台, 鳳凰衛視; no section, 即時新聞),
// a site of one character and 新聞 (點新聞; not 假新聞, 舊新聞, 新新聞), or
// a name opening in Latin letters (latinOutletName: HK01, TVB, on.cc東網).
func outletReportName(h string) bool {
	if h == "" || !atMost(h, 16) {
		return false
	}
	if broadcastTag(h) {
		return true
	}
	if r := h[0]; r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
		return latinOutletName(h)
	}
	for _, e := range []string{"新聞", "新闻"} {
		if stem, ok := strings.CutSuffix(h, e); ok {
			r, w := firstRune(stem)
			return w == len(stem) && isHan(r) && !strings.ContainsRune("假舊旧新", r)
		}
	}
	return false
}

// latinOutlets are the Latin names Hong Kong, Taiwan and Macau outlets
// run in before 報道, alone or with their Han name after (on.cc東網,
// ETtoday新聞雲, now新聞), in lower case: a site spells its own name in
// its own case (am730, TOPick, i-CABLE), so latinOutletName compares them
// folded. A shape (three Latin letters or digits) took a topic's or an
// event's name as well, 【G20峰會報道】, 【NBA報道】, and the run-in head
// over a story became its dateline.
var latinOutlets = []string{
	// Hong Kong
	"hk01", "tvb", "on.cc", "rthk", "viutv", "now", "i-cable", "icable", "am730", "topick",
	"hket", "hkej", "yahoo",
	// Taiwan
	"tvbs", "ettoday", "ctwant", "setn", "ebc", "nownews", "udn", "cna", "pts", "tnl",
	// Macau
	"tdm",
}

// latinOutletEnds end a site's or station's name after Latin letters of
// its own (XYZ網, ABC台, ETtoday新聞雲); a bare 新聞 does not, as a topic's
// section is named so too (AI新聞).
var latinOutletEnds = []string{"網", "网", "台", "新聞雲", "新闻云"}

// latinOutletName reports h, opening in Latin letters or digits (dots and
// hyphens among them) and perhaps closed by Han, as an outlet's name: the
// Latin part one of latinOutlets in any case, or of two letters or more with Han
// ending as a site or station does (latinOutletEnds). A topic's or
// event's name in Latin letters, 【AI報道】, 【5G報道】, 【NBA報道】,
// 【G20峰會報道】, names no outlet.
func latinOutletName(h string) bool {
	i, letters := 0, 0
	for ; i < len(h); i++ {
		c := h[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			letters++
		} else if !(c >= '0' && c <= '9' || c == '.' || c == '-') {
			break
		}
	}
	latin, rest := h[:i], h[i:]
	for _, r := range rest {
		if !isHan(r) {
			return false
		}
	}
	if slices.Contains(latinOutlets, strings.ToLower(latin)) {
		return true
	}
	return letters >= 2 && rest != "" && hasAnySuffix(rest, latinOutletEnds)
}
