package newstext

import (
	"slices"
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

// A poll's or a statistics box's table often names its unit with no 単位:
// the sign alone opens the bracket closing the title, with the legend of
// its figures after 、, 内閣を支持しますか（％、カッコ内は前回）, 政党支持率
// （％）, 主な都市の人口（万人）, or the figures' key names it, （数字は％）.
// The line is the table's caption as the 単位 title is (blind page
// ja-seiji-doseiyoron: it had been a new article's headline over the
// rows); a poll's question may close it, か or か？. A bracket of other
// words, a day （６日）, a series' part （上）, a name's age （７５）, or a
// legend with no unit, （敬称略）, is none.

// jaTableUnits are the units a Japanese table's title names alone in its
// closing bracket.
var jaTableUnits = []string{"％", "%", "ポイント", "人", "万人", "千人", "円", "千円", "万円", "百万円", "億円", "兆円", "ドル", "億ドル", "件", "票", "万票", "議席", "社", "倍", "台", "万台", "戸", "トン", "万トン"}

// jaBareUnitTitle reports the bracket closing a Japanese table's title
// with its unit and no 単位 (see above): a unit of jaTableUnits, alone or
// after 数字は or 単位は, first, then only the legend's items
// (legendItem), after a title that ends no sentence but a question.
func jaBareUnitTitle(title, inner string) bool {
	unit, legend, _ := strings.Cut(trimSpace(inner), "、")
	if u, ok := strings.CutPrefix(unit, "数字は"); ok {
		unit = u
	} else if u, ok := strings.CutPrefix(unit, "単位は"); ok {
		unit = u
	}
	if !slices.Contains(jaTableUnits, unit) {
		return false
	}
	for item := range strings.SplitSeq(legend, "、") {
		if legend != "" && !legendItem(item) {
			return false
		}
	}
	title = trimSpace(title)
	if t, ok := strings.CutSuffix(title, "？"); ok && strings.HasSuffix(t, "か") {
		title = t // 内閣を支持しますか？（％）: the poll's question
	}
	return title != "" && !strings.Contains(title, "。") && !endsSentence(title)
}
