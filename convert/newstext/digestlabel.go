package newstext

import "strings"

// A Chinese digest's label, 简讯 or 快讯, over items that run their
// subjects in in lenticular brackets (【公交12路调整走向】市公交集团消息，…)
// heads one article whose sections the items are (briefboxmarked.go): the
// label is the article's headline, however short; two characters are
// "very short" for a story's headline, not for a digest's label.

// digestLabelOverLeadIns reports unit i, on a page not Japanese, a brief
// box's label (briefBoxLabel) whose text under it, unit j, is a heading
// split off a run-in 【…】 lead-in.
func (sc *scorer) digestLabelOverLeadIns(i, j int) bool {
	if sc.lang == "ja" || j >= len(sc.us) || !briefBoxLabel(sc.us[i].text) {
		return false
	}
	u := &sc.us[j]
	return u.kind == uHeading && u.runIn && strings.HasPrefix(u.text, "【")
}
