package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese paper's small table under a story is titled by a line closed
// by its unit in brackets, with 単位 (the Japanese form of 单位) and a
// colon, a 中黒 or an equals sign before the unit: 主要ワイナリーの出荷量
// （単位・万本）, 県内企業の設備投資（単位：億円）. A legend of the table's
// signs or of its other columns may follow the unit after a 読点:
// （単位・万本、▲は減）, （単位：億円、％）. As a Chinese （单位：…） title
// is, the line is the table's caption (blind page ja-b56-keizai-kabu: it
// had been the headline of a new article over the table's rows).

// unitTitleJa reports the bracket closing a Japanese table's title: 単位,
// a colon, 中黒 or equals sign, a short unit and at most a short legend
// after 、, with no full stop, after a title that ends no sentence.
func unitTitleJa(title, inner string) bool {
	rest, ok := strings.CutPrefix(trimSpace(inner), "単位")
	if !ok {
		return false
	}
	r, w := firstRune(rest)
	if !strings.ContainsRune("：:・＝=", r) {
		return false // 単位制の高校: a word, not the unit's label
	}
	rest = trimSpace(rest[w:])
	unit, legend, _ := strings.Cut(rest, "、")
	title = trimSpace(title)
	return unit != "" && atMost(unit, 8) && utf8.RuneCountInString(legend) <= 10 &&
		!strings.ContainsAny(rest, "。，,") && title != "" && !endsSentence(title)
}
