package newstext

// A Korean news site ends a story, after its byline, with links to other
// stories: under a header (관련 뉴스, 관련 기사, 많이 본 뉴스: linkHeaders),
// or each opening with an arrow, ▶ 전력기기 '슈퍼사이클'…중견社 실적 고공행진.
// Each link is a line of its own, never wrapped into the next (splitBlock),
// and noise of kind "related link", not a paragraph or the next story's
// title (markLinkLists, markArrowLinks). An arrow line that is a jump,
// ▶관련기사 A5면, stays a jump.

// koLinkHeaderFirst reports the first runes of the Korean link headers
// of linkHeaders: no other line is compared with them.
func koLinkHeaderFirst(r rune) bool {
	return r == '관' || r == '많' || r == '추'
}

// arrowLinkMark reports the arrows a Korean site's related link opens
// with.
func arrowLinkMark(r rune) bool { return r == '▶' || r == '☞' }

// arrowLink reports a line that may be such a link: an arrow, then a
// short title line, no sentence in it.
func arrowLink(s string) bool {
	r, w := firstRune(s)
	return arrowLinkMark(r) && trimSpace(s[w:]) != "" && linkLine(s) && !endsSentence(s)
}

// markArrowLinks makes noise of the arrow links (arrowLink) that end a
// Korean story: a run of them right after the byline that closes it,
// with nothing but noise after the run to the page's end.
func (b *builder) markArrowLinks() {
	if b.lang != "ko" {
		return
	}
	us := b.units
	for i := 1; i < len(us); i++ {
		if us[i].kind != uText || !arrowLink(us[i].text) || us[i-1].kind != uByline {
			continue
		}
		j := i
		for j < len(us) && us[j].kind == uText && arrowLink(us[j].text) {
			j++
		}
		k := j
		for k < len(us) && us[k].kind == uNoise {
			k++
		}
		if k < len(us) {
			continue // the story goes on, or another follows
		}
		for ; i < j; i++ {
			us[i].kind, us[i].noise, us[i].summed = uNoise, noiseLink, false
		}
	}
}
