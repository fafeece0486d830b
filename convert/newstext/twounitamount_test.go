package newstext

import "testing"

// TestTwoUnitAmountRow: a market box's row quoting a price in a
// currency's two units (ＮＹダウ　４万４１２０ドル５０セント　１８６ドル高,
// dollars and cents, 12元5角) is a table's row as one in whole dollars is,
// and as the box's last row it stays in the box instead of heading the
// next story (blind page ja-chiho-keizai-shikyo). A headline whose figure
// has words around it, or whose "amount" is not a currency's two units,
// stays none.
func TestTwoUnitAmountRow(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"ＮＹダウ　４万４１２０ドル５０セント　１８６ドル高", true},
		{"ＮＹダウ　４万４１２０ドル５０セント　１８６ドル５０セント高", true},
		{"NYダウ　4万4120ドル50セント　186ドル高", true},
		{"ユーロ圏株価　４５１０ユーロ２５セント　１２ユーロ安", true},
		{"ＦＴ１００　８２１０ポンド５ペンス　３２ポンド高", true},
		{"上海金　５億２０００万元５角　３元高", true},
		{"ＮＹダウ　４万ドル台に　最高値を更新", false},
		{"ＮＹダウ　４万４１２０ドル５０セントで取引を終える", false},
		{"ダウ平均、４万ドル５０セントを超え最高値", false},
		{"ＮＹダウ　４万４１２０ドル５００セント　１８６ドル高", false},
		{"ＮＹダウ　４万４１２０ドルもセント　１８６ドル高", false},
	} {
		if got := tableRow(c.s) > 0; got != c.want {
			t.Errorf("tableRow(%q) > 0 = %v, want %v", c.s, got, c.want)
		}
	}
	const head = "日経平均、４日ぶり反発\n" +
		"　６日の東京株式市場で日経平均株価は４日ぶりに反発した。\n" +
		"（共同）\n" +
		"◇市況（６日）\n" +
		"日経平均　３万９８４２円１２銭　２１５円高\n" +
		"円相場　１ドル＝１５０円２０銭　３０銭円安\n"
	const next = "北陸信金が新本店\n来年５月に営業開始\n" +
		"　【金沢】北陸信用金庫（金沢市）は６日、金沢駅西口に新本店を開業すると発表した。\n"
	for _, row := range []string{"ＮＹダウ　４万４１２０ドル５０セント　１８６ドル高", "NYダウ　4万4120ドル50セント　186ドル50セント高"} {
		wantNestedKinds(t, head+row+"\n"+next,
			"article", "headline 日経平均、４日ぶり反発",
			"paragraph ６日の東京株式市場で日経平均株価は４日ぶりに反発した。", "byline （共同）",
			"section", "  heading ◇市況（６日）", "  paragraph 日経平均　３万９８４２円１２銭　２１５円高",
			"  paragraph 円相場　１ドル＝１５０円２０銭　３０銭円安", "  paragraph "+row,
			"article", "headline 北陸信金が新本店", "subheadline 来年５月に営業開始", "dateline 【金沢】",
			"paragraph 北陸信用金庫（金沢市）は６日、金沢駅西口に新本店を開業すると発表した。")
	}
}
