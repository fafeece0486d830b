package newstext

import (
	"slices"
	"strings"
)

// A Chinese paper sets a notice under the name of its kind as a label,
// with the notice's own title under it: 政府公告 over 冬季防火安全講座,
// 招聘启事 over 市图书馆招聘志愿者. The name is the kicker and the title
// the headline, as a label over its title is anywhere (blind page
// mo-aowen-gonggao-jianxun, where the name, a standing box's, took the
// headline and left the title a subheadline). A name with text straight
// under it (更正 over the correction) still titles its notice alone.

// noticeLabelOverTitle reports unit i a notice's name (standingBox's
// notice words: 公告, 通告, 启事, 声明 and the names ending in them) on a
// Chinese page, straight over a title line at least three characters
// longer that is no notice's name itself, with body text under that.
func (sc *scorer) noticeLabelOverTitle(i int) bool {
	if sc.lang != "zh-Hans" && sc.lang != "zh-Hant" {
		return false
	}
	u := &sc.us[i]
	t := unspaced(u.text)
	if !slices.Contains(noticeNames, t) && !hasAnySuffix(t, noticeEnds) {
		return false
	}
	n := sc.nextContent(i)
	if n >= len(sc.us) {
		return false
	}
	nu, nf := &sc.us[n], &sc.fs[n]
	if nu.kind != uText || !nf.title || nf.headMark != "" || nf.row || nf.runes < sc.fs[i].runes+3 || standingBox(nu.text) || strings.ContainsAny(nu.text, "：:") {
		return false
	}
	m := sc.nextContent(n)
	return m < len(sc.us) && sc.us[m].kind == uText && !sc.fs[m].title
}
