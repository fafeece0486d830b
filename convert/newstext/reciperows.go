package newstext

import (
	"strings"
	"unicode/utf8"
)

// A recipe's ingredient list sets each ingredient on a row of two
// fields, its name and its amount in a cook's measure: 材料（２人分）
// over 白菜　１／８個 / 酒　大さじ２ / ポン酢しょうゆ　適量. The rows with
// a figure and a counter are table rows already (tableRow); a measure
// spoon before the figure (大さじ２, 小さじ１／２) or an amount in words
// (適量, 少々) made no row, and the list was set as a table cut in two by
// paragraphs. Such a row counts only in a run of rows (markRows), as a
// count row does: a line 塩　少々 alone is left as it was.

// recipeRowMax bounds a recipe row's length in runes.
const recipeRowMax = 24

// recipeLabelMax bounds an ingredient's name in runes.
const recipeLabelMax = 12

// recipeWords are the amounts in words a recipe gives (適量: to taste).
var recipeWords = []string{"適量", "少々", "適宜", "少量", "ひとつまみ", "各適量", "各少々"}

// recipeMeasures are the cook's measures written before their figure.
var recipeMeasures = []string{"大さじ", "小さじ", "カップ", "各大さじ", "各小さじ"}

// recipeRow reports an ingredient row (see above): a name of one word of
// Han, kana or a middle dot, spaces, and an amount: a word of
// recipeWords, or a measure of recipeMeasures and a figure (fractions
// with ／ or /, ½), maybe a bracketed note after it.
func recipeRow(s string) bool {
	if len(s) < 6 || len(s) > recipeRowMax*utf8.UTFMax {
		return false
	}
	k := strings.Index(s, "\u3000")
	if j := indexSpaceTab(s); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	if k <= 0 || !atMost(s, recipeRowMax) {
		return false
	}
	label, value := s[:k], trimSpace(s[k:])
	if !recipeLabel(label) {
		return false
	}
	if value, note, ok := strings.Cut(value, "（"); ok {
		if !strings.HasSuffix(note, "）") || strings.ContainsAny(note, "。、（") {
			return false
		}
		return recipeAmount(value)
	}
	return recipeAmount(value)
}

// recipeLabel reports an ingredient's name: words of Han or kana, a
// middle dot or a long vowel mark inside, two or more parted by 、 as
// most recipes write them (塩、こしょう), and maybe a short bracketed
// note of its preparation after it (しょうが（すりおろし）).
func recipeLabel(t string) bool {
	if !atMost(t, recipeLabelMax) || strings.HasPrefix(t, "・") {
		return false
	}
	if head, note, ok := strings.Cut(t, "（"); ok {
		note, ok = strings.CutSuffix(note, "）")
		if !ok || head == "" || !recipeNote(note) {
			return false
		}
		t = head
	}
	prev := '、'
	for _, r := range t {
		if !isHan(r) && !isKana(r) && r != 'ー' && r != '・' && (r != '、' || prev == '、') {
			return false
		}
		prev = r
	}
	return prev != '、'
}

// recipeNote reports a note on an ingredient's preparation in its
// name's bracket: a few runes of Han or kana, no sentence in it.
func recipeNote(n string) bool {
	if n == "" || !atMost(n, 6) {
		return false
	}
	for _, r := range n {
		if !isHan(r) && !isKana(r) && r != 'ー' {
			return false
		}
	}
	return true
}

// recipeAmount reports an amount (see recipeRow).
func recipeAmount(v string) bool {
	for _, w := range recipeWords {
		if v == w {
			return true
		}
	}
	for _, m := range recipeMeasures {
		if rest, ok := strings.CutPrefix(v, m); ok {
			return recipeFigure(rest)
		}
	}
	for _, c := range recipeCounters {
		if rest, ok := strings.CutSuffix(v, c); ok && rest != "" {
			r, _ := firstRune(rest)
			return isAnyDigit(r) && recipeFigure(rest)
		}
	}
	return false
}

// recipeCounters are the Han counters an ingredient's amount may end in
// after its figure, １／４本, １本, １／８個, ２切れ: in a run of
// ingredient rows such a row is one of the list's, as 大さじ２ is
// (without them 大根　１／４本 broke the list's table in two). A counter
// in kana, １かけ, ２パック, makes a table row already (tableRow).
var recipeCounters = []string{"本", "個", "枚", "片", "束", "袋", "缶", "玉", "株", "房", "尾", "切れ", "丁", "合", "粒"}

// recipeFigure reports a figure alone: digits, a fraction (１／２, 1/2,
// ½), 1と1/2, or a half 半 / 弱 / 強 after it.
func recipeFigure(v string) bool {
	v = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(v, "弱"), "強"), "杯")
	if v == "" {
		return false
	}
	digits := 0
	for _, r := range v {
		switch {
		case isAnyDigit(r):
			digits++
		case r == '／' || r == '/' || r == '½' || r == 'と' || r == '半' || r == '・' || r == '.' || r == '．':
		default:
			return false
		}
	}
	return digits > 0 || v == "½" || v == "半"
}
