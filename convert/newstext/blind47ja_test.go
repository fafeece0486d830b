package newstext

import (
	"strings"
	"testing"
)

// soccerStory is a Japanese regional sports page's story wrapped at 16
// characters with no blank lines (blind page ja-chiho-sakka), before its
// result box; soccerNext is the next story, its headline and subheadline
// flush over the indented 【place】 line.
const (
	soccerStory = "スポーツ　２０２６年（令和８年）１１月２９日　日曜日　１９面\n港北ＳＣ、終盤に逆転Ｊ２昇格\n若手の大野が２得点\n" +
		"　【横浜】明治安田Ｊ３リーグは２\n８日、最終節の１０試合が各地で行\nわれ、港北ＳＣはアウェーで北陸ユ\nナイテッドに３―２で逆転勝ちし、\n来季のＪ２昇格を決めた。\n" +
		"　港北は前半２０分までに２点を許\nしたが、後半に入って大野が立て続\nけに２点を奪い、終了間際に主将の\n高木が決勝点を挙げた。\n" +
		"　大野は「最後まで走り切れた。来\n季もチームを引っ張る」と話した。\n"
	soccerNext = "湘南台、初の全国へ\n高校女子サッカー県大会\n" +
		"　【藤沢】全国高校女子サッカー選\n手権神奈川県大会は２８日、決勝が\nあり、湘南台が相模原に２―０で勝\nち、初の全国大会出場を決めた。\n" +
		"　全国大会は来年１月に兵庫県で行\nわれる。\n（岡本美咲）\n"
)

// TestSoccerResultBoxWideRows: a soccer result box set wider than the
// page's 16-character measure (the matchday's label, the score line with
// its halves, the scorers' line) is a section of rows under the label,
// and the next story keeps its headline and subheadline: a box's line
// over the measure was not wrapped there and never runs on into the
// title lines under it, whether the box closes with a row of its own
// (▽観衆…) or with the wide line, whatever marks the label (▽, ◇) and
// whatever labels the scorers (【得】, 【得点】, none).
func TestSoccerResultBoxWideRows(t *testing.T) {
	const label = "▽Ｊ３第３８節（２８日・北陸スタジアム）\n"
	const score = "北陸Ｕ　２（２―０、０―３）３　港北ＳＣ\n"
	for name, box := range map[string]string{
		"full":          label + score + "【得】北　中西（前８分）森（前２０分）港　大野２（後６分、後２１分）高木（後４４分）\n▽観衆　１万２５６７人\n",
		"scorers last":  label + score + "【得点】北　中西（前８分）森（前２０分）港　大野２（後６分、後２１分）高木（後４４分）\n",
		"score only":    label + score,
		"diamond label": strings.Replace(label, "▽", "◇", 1) + score,
		"short score":   label + "北陸Ｕ　２―３　港北ＳＣ\n",
		"cautions":      label + score + "【警】北　中西\n▽観衆　１万２５６７人\n",
	} {
		t.Run(name, func(t *testing.T) {
			d := mustRead(t, soccerStory+box+soccerNext)
			roundTrip(t, d)
			got := strings.Join(deepKinds(d), "\n") + "\n"
			if strings.Count(got, "article\n") != 2 {
				t.Fatalf("want two articles:\n%s", got)
			}
			want := []string{
				"heading " + strings.TrimSuffix(strings.SplitN(box, "\n", 2)[0], "\n"),
				"article\nheadline 湘南台、初の全国へ\nsubheadline 高校女子サッカー県大会\ndateline 【藤沢】\n",
			}
			for _, row := range strings.Split(strings.TrimSuffix(box, "\n"), "\n")[1:] {
				want = append(want, "paragraph "+row+"\n")
			}
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in\n%s", w, got)
				}
			}
		})
	}
	// A line of running text over the measure is no row: the text under
	// it still runs on (an OCR'd credit padded apart, a sentence).
	b := &builder{measure: 32}
	for s, want := range map[string]bool{
		"神港ＦＣ　２（０―１、２―０）１　浪速Ｕ":                             true,
		"▽Ｊ１第３８節（６日・神港スタジアム）":                              true,
		"【得】浪　小川（前１２分）神　村上（後５分）岩田（後３０分）":                   true,
		"▽観衆　２万４１２８人の前で":                                   false, // not wider
		"神港ＦＣ　２―１　浪速Ｕ":                                     false, // within the measure
		"本报讯（记者　孙立伟　通讯员　周　敏）":                              false, // padded, no row
		"明治安田Ｊ１リーグは６日、最終節の１０試合が各地で行われた":                    false,
		"Kobe FC 2 (0-1, 2-0) 1 Naniwa United FC and more": false, // Latin: wraps by its own width
	} {
		if got := b.wideRow(srcLine{text: s}); got != want {
			t.Errorf("wideRow(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestSoccerBoxLabels: a soccer box's labels are rows, not datelines:
// the scorers' 【得】/【得点】, the cautions' 【警】/【警告】, the
// sendings-off's 【退】/【退場】 (no city is named so); a city in 【】
// is still a dateline, and a longer word is no record's label.
func TestSoccerBoxLabels(t *testing.T) {
	for s, want := range map[string]bool{
		"【得】浪　小川（前１２分）":   true,
		"【得点】浪　小川（前１２分）":  true,
		"【警】神　岩田":         true,
		"【警告】神　岩田":        true,
		"【退】浪　佐藤":         true,
		"【退場】浪　佐藤":        true,
		"【津】三重県は４日、":      false,
		"【姫路】全国高校サッカー選手権": false,
		"【得意】料理の話":        false,
	} {
		_, _, isDateline := parseDatelineLang(s, "ja")
		if got := boxRow(s); got != want || isDateline == want {
			t.Errorf("%s: boxRow %v dateline %v, want a row %v", s, got, isDateline, want)
		}
	}
}

// TestSoccerGameLabel: a soccer box's label names the league's matchday,
// its letters first (▽Ｊ１第３８節（６日・神港スタジアム）, ◇Ｊ２最終節),
// and heads the rows under it however wide; a ▽ line of other words is
// none, and a baseball round's label still is one.
func TestSoccerGameLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"▽Ｊ１第３８節（６日・神港スタジアム）": true,
		"◇Ｊ２最終節（６日）":          true,
		"◆J3第5節（6日・県営）":       true,
		"▽第３８節（６日）":           true,
		"▽最終節":                true,
		"▽２回戦（甲子園）":           true,
		"▽季節の便り":              false,
		"▽Ｊ１第３８節は６日に行われた":     false,
		"▽Ｊ１残留へ（６日）":          false,
		"▽節電（６日）":             false,
		"▽松江市（１日）総務課長":        false,
	} {
		if got := gameLabel(s); got != want {
			t.Errorf("gameLabel(%s) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"神港ＦＣ　２（０―１、２―０）１　浪速Ｕ":       true,
		"北陸Ｕ　２（１―０、０―１、延長１―０）３　港北ＳＣ": true,
		"神港ＦＣ、逆転でＪ１残留":               false,
		"首相　２（東京、大阪）３　会談":            false,
		"神港ＦＣ　２（０―１、２―０）１":           false,
	} {
		if got := halvesScoreLine(s); got != want {
			t.Errorf("halvesScoreLine(%s) = %v, want %v", s, got, want)
		}
	}
}
