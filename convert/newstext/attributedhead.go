package newstext

import "strings"

// A Chinese headline may be a source and its claim parted by a colon,
// 天文台：周三起轉涼, 专家：警惕“隐形”风险 (attributedTitle), and a paper sets
// it over its subheadline after the story above has ended, as any title
// group: 天文台：周三起轉涼 / 市區最低氣溫14度 under a finished paragraph.
// Such a line is never a kicker (its colon: takeKickers refuses it), so of
// the two title lines the lower can be the headline only if the upper
// stays a paragraph of the story above: the group opens the next story
// with the attributed line as its headline, as a title group without the
// colon does (stackedOver, stackedUnder), and the lower line is its
// subheadline. An interview's label, 问：… or
// 答：…, speaks for no source: its line is the interview's text.

// attributedOver reports title line i speaking for someone (天文台：…) as
// the upper of two title lines between a finished paragraph and body
// text: the new article's headline.
func (sc *scorer) attributedOver(i int) bool {
	return strings.HasPrefix(sc.lang, "zh") && sc.stackedOver(i) && attributedHead(sc.us[i].text)
}

// attributedHead reports a title that speaks for a source
// (attributedTitle), not an interview's question or answer.
func attributedHead(s string) bool {
	if !attributedTitle(s) {
		return false
	}
	k := indexColon(s)
	switch trimSpace(s[:k]) {
	case "问", "問", "答", "Q", "A", "Ｑ", "Ａ":
		return false
	}
	return true
}

// underAttributed reports title line i as the lower of two such title
// lines whose upper speaks for someone (attributedOver): its subheadline,
// whatever its width, not a headline over a kicker that cannot be one.
func (sc *scorer) underAttributed(i int) bool {
	if !strings.HasPrefix(sc.lang, "zh") {
		return false
	}
	k := sc.prevContent(i)
	return k >= 0 && sc.us[k].kind == uText && attributedHead(sc.us[k].text) && sc.stackedUnder(i, sc.prevContent(k))
}

// A source's claim may also be the deck under the news line, as a
// Malaysian or mainland paper sets its 主题 over a 副题 quoting who said
// it: 八打灵再也SS2夜市下月起禁塑料袋 / 州议员：先劝导后执法. The upper line,
// longer than the claim and speaking for no one, is the news itself, the
// headline; a line no longer than the claim under it stays its kicker
// (年底诈骗案高发 / 专家：警惕诈骗 keeps its reading).

// attributedDeck reports title line n, speaking for its source
// (attributedHead), as the lower of exactly two title lines under title
// line i, which speaks for no one and runs longer: the subheadline under
// its headline, i no kicker.
func (sc *scorer) attributedDeck(i, n int) bool {
	if !strings.HasPrefix(sc.lang, "zh") || n != sc.nextContent(i) || !attributedHead(sc.us[n].text) || attributedTitle(sc.us[i].text) {
		return false
	}
	if sc.fs[i].runes <= sc.fs[n].runes {
		return false
	}
	if p := sc.prevContent(i); p >= 0 && sc.us[p].kind == uText && sc.fs[p].title {
		return false // a third title line above: left to threeDecks
	}
	m := sc.nextContent(n)
	return m >= len(sc.us) || !(sc.us[m].kind == uText && sc.fs[m].title && !sc.fs[m].row)
}
