package newstext

import (
	"strings"
	"testing"
)

// TestJaColumnNameKicker: a Japanese column's name ending in a column
// word (羅針盤, 観測, 手帳, の目, 視点, 論壇, 時評) over the column's title,
// the column signed in brackets under its text, is the kicker over the
// title, however short the title is beside it (sample
// ja-zenkoku-keizai-rashinban). Look-alikes kept: a news story's two
// title lines with a column word in the first but no signature (火星の観測),
// the same with a signature but a first line naming no column, and a
// subheadline ending in a column word under its headline.
func TestJaColumnNameKicker(t *testing.T) {
	text := "　円相場が１ドル＝１５０円台で定着して半年がたつ。輸出企業の決算は軒並み好調だが、その果実が家計に届いている実感は乏しい。\n" +
		"　為替に頼った利益はいずれ剥落する。経営者の覚悟が問われている。\n"
	// (The column follows a story, as on the page: a title pair opening
	// the page is read by other rules.)
	story := "北陸精機、純利益２割増\n４～９月期　半導体装置が好調\n\n" +
		"　北陸精機が６日発表した４～９月期の連結決算は、純利益が前年同期比２１％増の１２１億円だった。\n\n"
	tests := []struct{ name, page, want string }{
		{"kana column name", story + "けいざい羅針盤\n円安の「恩恵」はどこへ\n\n" + text + "（経済部長　高橋和也）\n",
			"kicker けいざい羅針盤\nheadline 円安の「恩恵」はどこへ\n"},
		{"kanji column name", story + "経済観測\n賃上げの波は地方に届くか\n\n" + text + "（論説委員　山口恵）\n",
			"kicker 経済観測\nheadline 賃上げの波は地方に届くか\n"},
		{"の目 column", story + "記者の目\n地銀再編が問うもの\n\n" + text + "（経済部　佐藤花子）\n",
			"kicker 記者の目\nheadline 地銀再編が問うもの\n"},
		{"column word, no signature", story + "火星の観測\n探査機が新たな画像\n\n" +
			"　大型の台風１５号は６日、沖縄の南を北上した。気象庁によると、週末には本州に接近する見込み。\n",
			"headline 火星の観測\nsubheadline 探査機が新たな画像\n"},
		{"signed story, no column name", "北陸精機、純利益２割増\n４～９月期　半導体装置が好調\n\n" + text + "（経済部　佐藤花子）\n",
			"headline 北陸精機、純利益２割増\nsubheadline ４～９月期　半導体装置が好調\n"},
		{"column word in a subheadline under a headline", story + "物価高、家計を直撃　節約志向強まる\n問われる消費者の視点\n\n" + text + "（経済部長　高橋和也）\n",
			"headline 物価高、家計を直撃　節約志向強まる\nsubheadline 問われる消費者の視点\n"},
	}
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: no\n%s in\n%s", tt.name, tt.want, got)
		}
	}
}
