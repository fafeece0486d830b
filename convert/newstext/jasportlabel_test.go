package newstext

import "testing"

// TestJaNoPlaceLabel: a Japanese bracket holding a sport's or event's word
// (【高校ラグビー】, 【大相撲】, 【箱根駅伝】), a review's or comment's
// (【戦評】, 【総評】, 【評】) or a section's name alone (【スポーツ】,
// 【訃報】) is no dateline's place (blind page ja-chiho-rugby); a place,
// alone, with its agency or its reporter, stays a dateline.
func TestJaNoPlaceLabel(t *testing.T) {
	for in, want := range map[string]string{
		"【戦評】":     "",
		"【総評】":     "",
		"【寸評】":     "",
		"【評】":      "",
		"【高校ラグビー】": "",
		"【ラグビー】":   "",
		"【高校サッカー】": "",
		"【大相撲】":    "",
		"【少年柔道】":   "",
		"【箱根駅伝】":   "",
		"【高校野球】":   "",
		"【全国大会】":   "",
		"【スポーツ】":   "",
		"【訃報】":     "",
		// Look-alikes: places stay datelines.
		"【東京】":       "東京",
		"【長野市】":      "長野市",
		"【ワシントン】":    "ワシントン",
		"【佐久】":       "佐久",
		"【ロンドン＝共同】":  "ロンドン",
		"【北京＝佐藤広樹】":  "北京",
		"【ニューヨーク時事】": "ニューヨーク",
	} {
		d, _, ok := parseDatelineLang(in+"東山は前半、西高の重いＦＷに押された。", "ja")
		if got := d.place; !ok && got != "" || got != want {
			t.Errorf("parseDatelineLang(%q): place %q (%v), want %q", in, got, ok, want)
		}
	}
}

// TestJaSportRubric: on a sports page with no blank lines, a review's
// label run in at an indented paragraph (　【戦評】東山は…) heads a section
// of the story, the byline under it inside, and a sport's rubric alone on
// its line under the closing byline (【高校ラグビー】 over ▽準決勝 and the
// score rows) is the results box's headline, never a dateline (blind page
// ja-chiho-rugby). Over a headline and its story the rubric is left to
// the grammar; a label of a place stays a dateline.
func TestJaSportRubric(t *testing.T) {
	for in, want := range map[string]bool{
		"【高校ラグビー】": true,
		"【箱根駅伝】":   true,
		"【大相撲】":    true,
		"【戦評】":     false,
		"【東京】":     false,
		"【高校ラグビー】東山が２年ぶり花園": false,
		"高校ラグビー": false,
	} {
		if got := jaSportRubric(in); got != want {
			t.Errorf("jaSportRubric(%q) = %v, want %v", in, got, want)
		}
	}
	const story = "東山、２年ぶり花園へ\n県予選決勝　西高に競り勝つ\n　第１０６回全国高校ラグビー大\n会県予選は６日、東山が西高を２１\n―１４で破った。\n"
	const storyTree = "article\n  headline 東山、２年ぶり花園へ\n  subheadline 県予選決勝　西高に競り勝つ\n  paragraph 第１０６回全国高校ラグビー大会県予選は６日、東山が西高を２１―１４で破った。\n"
	page := story + "　【戦評】東山は前半、西高の重\nいＦＷに押されて折り返した。\n　主将の佐藤健は「花園では１勝\n以上を目指す」と話した。\n（山田太郎）\n" +
		"【高校ラグビー】\n▽準決勝\n東山３５－７南陵\n西高１９－１７北斗\n▽決勝\n東山２１－１４西高\n"
	want := storyTree + "  section\n    heading 【戦評】\n    paragraph 東山は前半、西高の重いＦＷに押されて折り返した。\n    paragraph 主将の佐藤健は「花園では１勝以上を目指す」と話した。\n    byline  山田太郎 : （山田太郎）\n" +
		"article\n  headline 【高校ラグビー】\n  paragraph ▽準決勝\n  paragraph 東山３５－７南陵\n  paragraph 西高１９－１７北斗\n  paragraph ▽決勝\n  paragraph 東山２１－１４西高"
	tw34WantTree(t, page, want)
	// Over the next story's headline the rubric is its kicker.
	page = story + "（山田太郎）\n【高校ラグビー】\n西高、３年ぶり花園へ\n　西高が南陵を３５―７で破った。\n"
	want = storyTree + "  byline  山田太郎 : （山田太郎）\narticle\n  kicker 【高校ラグビー】\n  headline 西高、３年ぶり花園へ\n  paragraph 西高が南陵を３５―７で破った。"
	tw34WantTree(t, page, want)
}
