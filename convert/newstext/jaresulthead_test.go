package newstext

import (
	"strings"
	"testing"
)

// TestJaResultHeads: a game's result in lenticular brackets alone on its
// line, 【巨人３－２阪神】, under a story's closing trailer, is the headline
// of the game's box, a new article; the next game's under that box is the
// next box's (blind round 75, item C). A round-up story's result heads,
// one run in at its paragraph, and one over a title line stay as they were.
func TestJaResultHeads(t *testing.T) {
	for s, want := range map[string]bool{
		"【巨人３－２阪神】":       true,
		"【ヤクルト５－４広島】":     true,
		"【DeNA 3-2 中日】":   true,
		"【高校ラグビー】":        false, // a sport's rubric (jasportlabel.go)
		"【東京】":            false,
		"【巨人３－２阪神】巨人は…":   false,
		"【２０２４－２５シーズン】":   false,
		"【１－０】":           false,
		"巨人３－２阪神":         false,
		"＜巨人３－２阪神＞◇５日◇東京": false,
	} {
		if got := jaResultHead(s); got != want {
			t.Errorf("jaResultHead(%s) = %v, want %v", s, got, want)
		}
	}

	const story = "巨人が逆転勝ち\n\n巨人は５日、阪神に３－２で逆転勝ちした。岡本が８回に２ランを放った。\n\n（担当・佐藤健太）\n\n"
	for _, tc := range []struct {
		name, page string
		want       []string // deepKinds, articles parted by "article"
	}{
		{"two boxes after the trailer", story +
			"【巨人３－２阪神】\n\n阪神　０００　１００　０１０　２\n巨人　０１０　０００　０２×　３\n\n" +
			"◇打撃成績（巨人）\n（中）丸　　　４　１　０\n（二）吉川　　４　２　０\n\n" +
			"【ヤクルト５－４広島】\n\nヤクルトが延長１０回にサヨナラ勝ち。村上の右前適時打で試合を決めた。\n\n" +
			"広島　　　０２０　００１　１００　０　４\nヤクルト　１００　０３０　０００　１ｘ　５\n",
			[]string{"article", "headline 巨人が逆転勝ち", "paragraph 巨人は５日、阪神に３－２で逆転勝ちした。岡本が８回に２ランを放った。", "byline （担当・佐藤健太）",
				"article", "headline 【巨人３－２阪神】", "paragraph 阪神　０００　１００　０１０　２", "paragraph 巨人　０１０　０００　０２×　３",
				"section ", "heading ◇打撃成績（巨人）", "paragraph （中）丸　　　４　１　０", "paragraph （二）吉川　　４　２　０",
				"article", "headline 【ヤクルト５－４広島】", "paragraph ヤクルトが延長１０回にサヨナラ勝ち。村上の右前適時打で試合を決めた。",
				"paragraph 広島　　　０２０　００１　１００　０　４", "paragraph ヤクルト　１００　０３０　０００　１ｘ　５"}},
		{"a report under the trailer's result head", story +
			"【ヤクルト５－４広島】\n\nヤクルトが延長１０回にサヨナラ勝ち。村上の右前適時打で試合を決めた。\n",
			[]string{"article", "headline 巨人が逆転勝ち", "paragraph 巨人は５日、阪神に３－２で逆転勝ちした。岡本が８回に２ランを放った。", "byline （担当・佐藤健太）",
				"article", "headline 【ヤクルト５－４広島】", "paragraph ヤクルトが延長１０回にサヨナラ勝ち。村上の右前適時打で試合を決めた。"}},
		// Look-alikes: a round-up story's heads (no trailer above), a
		// head run in at its paragraph.
		{"round-up", "セ・リーグ結果\n\n５日のセ・リーグは２試合が行われた。\n\n【巨人３－２阪神】\n\n巨人が逆転勝ちした。\n\n【ヤクルト５－４広島】\n\nヤクルトがサヨナラ勝ちした。\n",
			[]string{"article", "headline セ・リーグ結果", "paragraph ５日のセ・リーグは２試合が行われた。",
				"section ", "heading 【巨人３－２阪神】", "paragraph 巨人が逆転勝ちした。",
				"section ", "heading 【ヤクルト５－４広島】", "paragraph ヤクルトがサヨナラ勝ちした。"}},
		{"run in", story + "【ヤクルト５－４広島】ヤクルトが延長１０回にサヨナラ勝ち。\n",
			nil},
	} {
		d := mustRead(t, tc.page, WithLang("ja"))
		got := deepKinds(d)
		if tc.want == nil {
			// (run in: as before, a head of its paragraph, no headline)
			if strings.Contains(strings.Join(got, "\n"), "headline 【") {
				t.Errorf("%s: run-in result head made a headline:\n%s", tc.name, strings.Join(got, "\n"))
			}
			continue
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}
