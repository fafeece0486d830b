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

// bookNoticeColumns name a 读书版's column of new-book notices.
var bookNoticeColumns = []string{
	"新书架", "新書架", "新书速递", "新書速遞", "新书快递", "新書快遞", "新书上架", "新書上架",
	"新书推荐", "新書推薦", "好书推荐", "好書推薦", "书讯", "書訊", "新书讯", "新書訊",
}

// zhBookNoticeBox reports unit i as a Chinese page's new-book column name
// (bookNoticeColumns, padded out or not) right over a notice led by its
// book's 《书名》 (see above).
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
	return n.kind == uText && !sc.fs[i+1].title && strings.HasPrefix(n.text, "《")
}
