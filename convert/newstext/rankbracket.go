package newstext

import "strings"

// A ranking or results box set as text puts a note on its figures in
// brackets on a line of its own between its title and its first row: the
// period and the shop or body that counted, ベストセラー /
// （１１月２４日～３０日、紀ノ国堂書店本店調べ） / １　潮騒の台所…, 興行収入
// ランキング / （興行通信社調べ、１２月５、６日）. The bracket closes the
// line: the row under it is a line of its own, never the bracket's wrap,
// and the box's title over it no headline run on into it (blocks.go); the
// bracket is the box's note, as a legend of its signs is (jalegend.go,
// which places it: over the first row or under the last).

// bracketLineOverRow reports a line that is one bracket alone (unbracket),
// over a table's row: the caller asks it only when the line under it is a
// row.
func bracketLineOverRow(s string) bool {
	return atMost(s, 60) && unbracket(s) != ""
}

// surveySuffixes close the item of a box's note that names who counted:
// 紀ノ国堂書店本店調べ, 日販調べ, 県警まとめ.
var surveySuffixes = []string{"調べ", "集計", "まとめ"}

// surveyNote reports the inside of a box's note on its count (at most
// 40 runes, no sentence's punctuation): items parted by 、, one naming who
// counted (a name of at most eighteen runes, no digit and no hiragana,
// then a surveySuffix) and
// the others a period or date, each with a digit in it (１１月２４日～３０日,
// ５、６日 split at its 、 too). A sentence in brackets, （県が調べた）,
// ends in no such item.
func surveyNote(inner string) bool {
	if !atMost(inner, 40) || hasAnyRune(inner, "。，,！？「") {
		return false
	}
	counted := false
	for item := range strings.SplitSeq(inner, "、") {
		item = trimSpace(item)
		if !counted && surveyItem(item) {
			counted = true
			continue
		}
		if !hasDigit(item) || !atMost(item, 16) {
			return false
		}
	}
	return counted
}

// surveyItem reports an item naming who counted, 日販調べ (surveyNote).
func surveyItem(item string) bool {
	for _, suf := range surveySuffixes {
		if who, ok := strings.CutSuffix(item, suf); ok && who != "" && atMost(who, 18) && !hasDigit(who) && !hasHiragana(who) {
			return true
		}
	}
	return false
}
