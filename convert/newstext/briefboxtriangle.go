package newstext

import "strings"

// A Taiwan paper's column of briefs (產業短波, 兩岸短波, 地方短訊) runs its
// items under the label as paragraphs each opening with ▲, no title of
// their own: ▲晶宇光電昨（7）日公告，董事會通過…。 Elsewhere a line opening
// with ▲ is a photo's caption, and so the items were read, the label a
// section head over them in the story above (blind page
// tw-jingji-chanye-yingshou). Under a box of briefs' label (briefBoxLabel)
// two or more such lines, each a finished sentence that describes no
// photo, are the box's briefs: paragraphs of an article of its own, the
// label its headline.

// markBriefBoxTriangles applies the rule above before the grammar.
func (b *builder) markBriefBoxTriangles(sc *scorer) {
	for i := range sc.us {
		u := &sc.us[i]
		if u.kind != uText || u.verbatim || !sc.fs[i].title || !briefBoxLabel(u.text) {
			continue
		}
		items := sc.triangleBriefs(i)
		if len(items) < 2 {
			continue
		}
		u.kind, u.summed = uHeadline, false
		b.warnParts(u.line, "box of briefs' label taken as its headline, its ▲ items as its briefs: ", u.text)
		for _, k := range items {
			v := &sc.us[k]
			v.kind, v.summed = uText, false
			ok, _ := leadsWithDateline(v.text, b.lang)
			v.lead = leadOf(ok) // (as every text unit holds it: expand reads it)
			bodyOnly(&sc.fs[k], false)
		}
	}
}

// triangleBriefs returns the units under the label at i that are ▲
// briefs: read as captions, opening with ▲, ending a sentence, naming no
// photo or its credit (圖, 攝, 提供).
func (sc *scorer) triangleBriefs(i int) []int {
	var items []int
	for k := sc.nextContent(i); k < len(sc.us) && len(items) < maxBriefItems; k = sc.nextContent(k) {
		t := sc.us[k].text
		if sc.us[k].kind != uCaption || !strings.HasPrefix(t, "▲") || atMost(t, 15) || !endsSentence(t) || hasAnyRune(t, "圖图攝摄") || strings.Contains(t, "提供") {
			break
		}
		items = append(items, k)
	}
	return items
}
