package newstext

import (
	"slices"
	"strings"
)

// A Japanese sports page heads a game's review run in at a paragraph of
// the story, 【戦評】東山は前半…, and sets its results box under a rubric
// naming the sport, 【高校ラグビー】 over ▽準決勝 and the score rows. Other
// pages head a column or a corner with a genre or section word in the
// same brackets, 【講評】, 【書評】, 【経済】. None of them is a place: read
// as 【佐久】 is, 【戦評】 dated and opened an article of its own in the
// middle of the story (blind page ja-chiho-rugby). A word of a sport or an
// event (jaEventEnds), a word ending in 評 (a review or a comment: 戦評,
// 総評, 寸評, 評 alone), or a section's name alone is no place; a bracket
// holding a place, 【東京】, 【ワシントン】, 【長野市】, stays a dateline.

// jaSportEnds end the name of a sport, alone or after its level or
// league: ラグビー, 高校ラグビー, 大学サッカー, 大相撲, 少年柔道.
var jaSportEnds = []string{"ラグビー", "サッカー", "バスケットボール", "バスケット", "バレーボール", "バレー", "ソフトボール", "ハンドボール", "ホッケー", "アイスホッケー", "テニス", "ゴルフ", "ボクシング", "レスリング", "フットサル", "スキー", "スケート", "フィギュア", "アメフト", "柔道", "剣道", "弓道", "空手", "相撲", "卓球", "水泳", "競泳", "体操", "競馬", "競輪", "競艇", "将棋", "囲碁"}

// jaSectionWords are the names of a paper's sections and corners, set
// alone in brackets over their items: 【スポーツ】, 【経済】, 【訃報】.
var jaSectionWords = []string{"スポーツ", "経済", "政治", "社会", "国際", "文化", "芸能", "生活", "科学", "教育", "地域", "訃報", "人事", "天気", "番組", "投稿", "読者", "結果", "成績", "記録", "日程", "戦績"}

// jaNoPlaceLabel reports a bracket's text that names a sport, an event, a
// review or comment (…評) or a section, not a place (see above).
func jaNoPlaceLabel(in string) bool {
	return strings.HasSuffix(in, "評") || hasAnySuffix(in, jaSportEnds) || jaEventName(in) || slices.Contains(jaSectionWords, in)
}

// jaSportRubric reports s a sport's or event's word alone in lenticular
// brackets, 【高校ラグビー】, 【箱根駅伝】: a results box's title, set on a
// line of its own over the rows, no run-in head of the line under it.
func jaSportRubric(s string) bool {
	in, ok := strings.CutPrefix(s, "【")
	if in, ok = strings.CutSuffix(in, "】"); !ok || !isPlaceWord(in) {
		return false
	}
	return hasAnySuffix(in, jaSportEnds) || jaEventName(in)
}

// markSportRubrics makes a headline of a sport's or event's rubric alone
// on its line (jaSportRubric) under a byline or trailer that closed the
// article above, over the results: 【高校ラグビー】 / ▽準決勝 / 東山３５－７
// 南陵. The rows under it are no body text, so the grammar gave the
// rubric no title position; a reader takes it as the box's title, the
// next article's headline, as any short title over text after a closing
// byline is. At a page's top the grammar decides.
func (b *builder) markSportRubrics(sc *scorer) {
	if b.lang != "ja" {
		return
	}
	for i := range sc.us {
		u := &sc.us[i]
		if u.kind != uText || u.verbatim || !strings.HasPrefix(u.text, "【") || !jaSportRubric(u.text) {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || !(sc.us[p].kind == uByline && sc.closesArticle(p) || sc.trailerAbove(p)) || !sc.resultRowsUnder(i) {
			continue
		}
		u.kind, u.summed = uHeadline, false
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "sport's rubric over its results after a closing byline taken as a headline: ", u.text)
		// The first row is the box's text, no subheadline under its
		// title (the rows under it are then no title group either; they
		// stay title-like, so a ■ head after them is no head cut from an
		// unfinished paragraph).
		bodyOnly(&sc.fs[sc.nextContent(i)], false)
	}
}

// resultRowsRun is how many lines under a sport's rubric must read as a
// results box's rows: a headline and its subheadline over a story are
// two short lines, the story's paragraph the third.
const resultRowsRun = 3

// resultRowsUnder reports the lines under unit i a results box's rows:
// up to resultRowsRun text units, at least one, up to a head (■次戦の日
// 程) or the page's end, each short and no sentence (▽準決勝, 東山３５－
// ７南陵).
func (sc *scorer) resultRowsUnder(i int) bool {
	n := 0
	for k := sc.nextContent(i); k >= 0 && n < resultRowsRun; k = sc.nextContent(k) {
		u := &sc.us[k]
		if u.kind != uText || sc.fs[k].headMark != "" {
			break
		}
		if u.verbatim || !atMost(u.text, 24) || endsSentence(u.text) {
			return false
		}
		n++
	}
	return n > 0
}
