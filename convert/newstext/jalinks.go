package newstext

import "slices"

// A Japanese news site ends a story with a list of links to others under
// a header of its own, 関連記事 (mainichi.jp), あわせて読みたい: each
// link a title line of its own, often opening with its column's label
// (【社説】…, 【余録】…). The header is web furniture and the links are
// noise of kind "related link" (markLinkLists), not run-in heads glued
// to the next link: splitBlock keeps each link a unit of its own even on
// a page with no blank lines.

// jaLinkHeaders head a Japanese site's list of links to other stories.
var jaLinkHeaders = []string{"関連記事", "関連ニュース", "あわせて読みたい", "併せて読みたい", "おすすめ記事", "【関連記事】", "【関連ニュース】"}

// jaLinkHeaderFirst reports the first runes of jaLinkHeaders: no other
// line is compared with them.
func jaLinkHeaderFirst(r rune) bool {
	switch r {
	case '関', 'あ', '併', 'お', '【':
		return true
	}
	return false
}

// isJaLinkHeader reports one of jaLinkHeaders alone, with or without a
// colon after it.
func isJaLinkHeader(s string) bool {
	if !atMost(s, 10) {
		return false
	}
	return headerIn(s, jaLinkHeaders)
}

// jaRunInLink reports a Japanese site's link list header in lenticular or
// square brackets with its one link run in after it on the same line:
// 【関連記事】巨人ニュース一覧はこちら (日刊スポーツ), ［関連ニュース］…. It is
// the site's furniture as the header over its link on a line of its own
// is, a related link, not a paragraph. The link is a short title line
// (linkLine); the header alone is isJaLinkHeader's.
func jaRunInLink(s string) bool {
	if r, _ := firstRune(s); r != '【' && r != '［' && r != '[' || !atMost(s, 60) {
		return false
	}
	in, end, ok := leadingBracket(s)
	if !ok || end == len(s) || !slices.Contains(jaLinkHeaders, in) {
		return false
	}
	link := trimSpace(s[end:])
	return link != "" && linkLine(link) && !endsSentence(link)
}
