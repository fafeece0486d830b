package newstext

import (
	"slices"
	"strings"
)

// A mainland or Taiwan 读书版 sets its new-book notices in a column of
// their own under the reviews and excerpts: the column's name, 新书架,
// 新书速递, 书讯, over notices each led by its book's title in 《》
// (《数据之眼》周启航著，华川科技出版社2026年11月出版，定价72元。…). The
// column is an article of its own, as a Japanese 読書面's 新刊紹介 is,
// never a head or a paragraph of the excerpt or review above it, even
// when the name shares its block with the notices and a source note, not
// a byline, closed the piece above. Over a title line the name is left
// to the other rules: a rubric over one book's piece is its kicker.
//
// A notice gives the book's particulars right after its title, the
// author, the publisher or the price (《数据之眼》周启航著，…): a story's
// section head of the same words over prose about a book, 新书推荐 /
// 《星空下的小镇》是本市作家林远舟今年出版的儿童小说，…, stays a head of
// that story.

// bookNoticeColumns name a 读书版's column of new-book notices.
var bookNoticeColumns = []string{
	"新书架", "新書架", "新书速递", "新書速遞", "新书快递", "新書快遞", "新书上架", "新書上架",
	"新书推荐", "新書推薦", "好书推荐", "好書推薦", "书讯", "書訊", "新书讯", "新書訊",
}

// zhBookNoticeBox reports unit i as a Chinese page's new-book column name
// (bookNoticeColumns, padded out or not) right over a notice led by its
// book's 《书名》 and particulars (zhBookNoticeLead; see above).
func (sc *scorer) zhBookNoticeBox(i int) bool {
	u := &sc.us[i]
	if sc.lang != "zh-Hant" && sc.lang != "zh-Hans" || len(u.text) > 24 || i+1 >= len(sc.us) {
		return false // (most title lines: asked for every short one the grammar scores)
	}
	if r, _ := firstRune(u.text); r != '新' && r != '书' && r != '書' && r != '好' {
		return false
	}
	if !slices.Contains(bookNoticeColumns, unspaced(u.text)) {
		return false
	}
	n := &sc.us[i+1]
	return n.kind == uText && !sc.fs[i+1].title && zhBookNoticeLead(n.text)
}

// zhBookNoticeLead reports s opening as a new-book notice: the book's
// 《书名》, then, in a bracket or not, a first clause that is one of the
// book's particulars (bookParticular: 周启航著, 南湖出版社2026年9月出版)
// or names its price (定价). Prose about the book (《X》是…, 《X》用…)
// goes on with other words.
func zhBookNoticeLead(s string) bool {
	if !strings.HasPrefix(s, "《") {
		return false
	}
	k := strings.Index(s, "》")
	if k < 0 {
		return false
	}
	t := strings.TrimLeft(s[k+len("》"):], " 　，,（(")
	if j := strings.IndexAny(t, "，,。；）)"); j >= 0 {
		t = t[:j]
	}
	t = trimSpace(t)
	return strings.HasPrefix(t, "定价") || strings.HasPrefix(t, "定價") || bookParticular(t)
}
