package newstext

import (
	"strings"
	"testing"
)

// TestIndentOpensParagraphNoBlank: on a page with no blank lines that
// marks paragraphs by a one-U+3000 indent, an indented line right under
// an unindented one opens a paragraph, and the column-break join never
// glues it to the paragraph above, however that one ends: a wrapped ▽
// box entry's short tail (…＝箏曲、 / 飯田市) ends no sentence (blind
// page ja-chiho-bunka). Not changed:
// a break's unindented rest after a blank line still joins.
func TestIndentOpensParagraphNoBlank(t *testing.T) {
	const head = "県芸術文化功労者に３人\n書家の宮沢さんら　２０日表彰\n　県教育委員会は６日、本年度の\n県芸術文化功労者に３人を選んだ\nと発表した。ほかの２人は次の通\nり。\n"
	const headTree = "article\n  headline 県芸術文化功労者に３人\n  subheadline 書家の宮沢さんら　２０日表彰\n  paragraph 県教育委員会は６日、本年度の県芸術文化功労者に３人を選んだと発表した。ほかの２人は次の通り。\n"
	const closing = "　県芸術文化功労者は１９７５年\n度に始まり、今回で延べ２１８人\nとなった。\n"
	const closingTree = "  paragraph 県芸術文化功労者は１９７５年度に始まり、今回で延べ２１８人となった。"
	tests := []struct {
		name, page, want string
	}{
		{"▽ entry tail", head + "▽小林昭一さん（８０）＝洋画、\n上田市\n▽原田恵美さん（６６）＝箏曲、\n飯田市\n" + closing,
			headTree + "  paragraph ▽小林昭一さん（８０）＝洋画、上田市\n  paragraph ▽原田恵美さん（６６）＝箏曲、飯田市\n" + closingTree},
		{"entry with its place run on", head + "▽小林昭一さん（８０）＝洋画、\n長野県上田市\n▽原田恵美さん（６６）＝箏曲、\n長野県飯田市\n" + closing,
			headTree + "  paragraph ▽小林昭一さん（８０）＝洋画、長野県上田市\n  paragraph ▽原田恵美さん（６６）＝箏曲、長野県飯田市\n" + closingTree},
		{"one-line entry", head + "▽小林昭一さん（８０）＝上田市\n▽原田恵美さん（６６）＝飯田市\n" + closing,
			headTree + "  paragraph ▽小林昭一さん（８０）＝上田市\n  paragraph ▽原田恵美さん（６６）＝飯田市\n" + closingTree},
		{"blank-line break rest (not)", "市道で乗用車が横転\n\n　６日午前８時ごろ、上田市の市道\nで乗用車が横転した。運転していた\n\n会社員の男性が軽いけがをした。\n",
			"article\n  headline 市道で乗用車が横転\n  paragraph ６日午前８時ごろ、上田市の市道で乗用車が横転した。運転していた会社員の男性が軽いけがをした。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tw34WantTree(t, tt.page, strings.TrimSuffix(tt.want, "\n")) })
	}
}
