package newstext

import "strings"

// A box of briefs may set its items with no titles, each a paragraph
// opened by the same bullet, ▽ on a Japanese page: 文化短信 / ▽長野市の
// 洋画家、… / ▽県内の高校文芸部による… . The box's label is then the
// article's headline (no item's headline stands under it to take it as
// a kicker), as a standing box's name is (人　事, おくやみ): the box is a
// piece of its own, never a section of the story above it, whose last
// paragraph the label follows (blind round 85, after a 俳壇 selection's
// 【評】). A label naming no box of briefs over such entries, 地域の話題,
// and a box label over titled items (briefBoxItem) read as before. Not
// on a Korean page: a bracketed label there, [국감 브리핑], over ◇ items
// after a story's last paragraph (or under its continuation, (1면에서
// 계속)) heads that story's part, as kojumptitle.go reads it.

// briefEntryBullets open the untitled items of a box of briefs (★ on a
// Malaysian Chinese page: 新闻小辑 / ★甲洞警局… / ★蕉赖…; a run of stars,
// ★★★★, is a rating, no bullet).
const briefEntryBullets = "▽◇▼●◆■★"

// briefLabelOverEntries reports title line i a box of briefs' label
// (briefBoxLabel) right over at least two paragraphs of body text, each
// opened by the same bullet (briefEntryBullets).
func (sc *scorer) briefLabelOverEntries(i int) bool {
	if sc.lang == "ko" || !briefBoxLabel(sc.us[i].text) {
		return false
	}
	var bullet rune
	n := i
	for k := range 2 {
		n = sc.nextContent(n)
		if n >= len(sc.us) || sc.us[n].kind != uText || sc.fs[n].title {
			return false
		}
		r, w := firstRune(sc.us[n].text)
		if r2, _ := firstRune(sc.us[n].text[w:]); r2 == r {
			return false // ★★★★: a rating, no item's bullet
		}
		if k == 0 {
			bullet = r
		}
		if r != bullet || !strings.ContainsRune(briefEntryBullets, r) {
			return false
		}
	}
	return true
}
