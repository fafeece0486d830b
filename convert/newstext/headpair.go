package newstext

import "strings"

// A headline over its subheadline may each be set as a word, padding and
// a count, 県内交通死者　４２人 / 前年比　１５人減, 大谷　５４号 / 本塁打王
// ３度目, 本市新增确诊 12例 / 累计 356例: the shape of a standing box's
// rows (countrows.go) and of a results box's (kickerrows.go). Where the
// two stand tells them apart: a box's rows stand under the box's label
// and over the next title or the page's end; a title pair stands at an
// article's head, with nothing above it but a kicker, and over the
// story's text or its dateline. Such a pair, two lines and no more, is
// left to the title rules.

// headPair reports units i and i+1, lines of a row's shape, a title pair
// at an article's head (see above): the unit under them is the story's
// text (no title line) or its dateline, a run-in one too (【ロサンゼルス
// ５日共同】…), and nothing but page furniture or a kicker stands above
// them (headPairAbove).
func (sc *scorer) headPair(i int) bool {
	us := sc.us
	j := i + 2
	if j >= len(us) {
		return false
	}
	switch {
	case us[j].kind == uHeading && us[j].runIn:
	case us[j].kind == uText && !us[j].verbatim && (!sc.fs[j].title || sc.fs[j].dateline):
	default:
		return false
	}
	return sc.headPairAbove(i) || sc.headPairUnderStory(i, j)
}

// headPairUnderStory reports units i and i+1 the next story's title pair
// though a story's paragraph stands above them: set off by a blank line
// under a finished sentence, over the new story's dateline or a Japanese
// news lead that dates its news in its first clause (jaDayLead: …は６日、),
// neither line a box's count row (死者　０人 / 負傷者　３人 stay rows).
// ３選手　五輪へ / ２団体　初出場 over 【東京】… or 日本カヌー連盟は６日、….
func (sc *scorer) headPairUnderStory(i, j int) bool {
	us := sc.us
	if i == 0 || us[i].line <= us[i-1].lastLine+1 || us[i+1].line != us[i].lastLine+1 {
		return false
	}
	if u := &us[i-1]; u.kind != uText || !endsSentence(u.text) {
		return false
	}
	if countRow(us[i].text) || countRow(us[i+1].text) {
		return false
	}
	return sc.fs[j].dateline || sc.lang == "ja" && jaDayLead(us[j].text)
}

// jaDayLead reports a Japanese news lead that dates its news in its first
// clause, the subject, は and the day: 日本カヌー連盟は６日、, 県警は５日
// 午後、. A story's later paragraphs say the day elsewhere (…を１１日から).
func jaDayLead(s string) bool {
	head := s
	if len(head) > 40*3 {
		head = head[:40*3] // (the subject is short; may cut a rune, then no match)
	}
	k := strings.Index(head, "は")
	if k <= 0 {
		return false
	}
	rest := head[k+len("は"):]
	n := 0
	for rest != "" {
		r, w := firstRune(rest)
		if !isAnyDigit(r) {
			break
		}
		rest, n = rest[w:], n+1
	}
	if n == 0 || n > 2 || !strings.HasPrefix(rest, "日") {
		return false
	}
	rest = rest[len("日"):]
	for _, p := range []string{"、", "午前", "午後", "朝", "夜", "夕"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// headPairAbove reports unit i at an article's head: the first text of
// the page (page furniture above it aside), or of a block set off by a
// blank line under what closes a story (page furniture, a byline or its
// credit; under a body paragraph the story runs on, and a box set off
// in it, 県内交通死者　４２人 / 前年比　１５人減, is rows), or under a kicker, a title line marked (■くらし) or a word of
// at most six runes with no bracket (a box's label holds its date,
// 県内の交通事故（６日）), itself no row of unit i's shape.
func (sc *scorer) headPairAbove(i int) bool {
	us := sc.us
	k := i - 1
	for k >= 0 && us[k].kind == uNoise {
		k--
	}
	if k < 0 {
		return true
	}
	if us[i].line > us[i-1].lastLine+1 && (k != i-1 || us[k].kind == uByline || us[k].cr != nil) {
		return true // (a blank line under what closes a story: furniture, a byline, a credit)
	}
	u, f := &us[k], &sc.fs[k]
	if k != i-1 || u.kind != uText || u.verbatim || !f.title || countRow(u.text) || alikeRows(u.text, us[i].text) {
		return false
	}
	return f.headMark != "" || f.runes <= 6 && !hasAnyRune(u.text, "（(〈《【「[")
}
