package newstext

import (
	"strings"
	"testing"
)

// TestJaBattingRows: a batter's row of a Japanese box score, its
// position in round brackets, the name and the figures, （中）丸　４　１　０,
// is a box's row: no caption (（中） is no photo's place), no dateline
// (（三） is no place), each row a paragraph of the box (blind round 75,
// item A). Look-alikes keep their reading.
func TestJaBattingRows(t *testing.T) {
	for s, want := range map[string]bool{
		"（中）丸　　　４　１　０":       true,
		"（二）吉川　　４　２　０":       true,
		"（三）岡本　　３　１　２":       true,
		"（一）大城　　４　０　０":       true,
		"（遊）門脇　３　０　０　．２４１":   true,
		"（打左）中田　１　０　０":       true,
		"（右）Ｃ・ケラー　４　１　１":     true,
		"(捕)Sakamoto 4 1 0":  true,
		"（三）岡本　４１２　三振　左本　四球": true,
		"（中）":   false, // a photo's place alone
		"（一）総則": false, // a numbered head
		"（一）２０２５年度　１２　３":       false, // a head's figure, no batter
		"（中）央区の人口　１２　３":        false, // no batter's name
		"（三）岡本選手が３打点":          false, // a sentence
		"（港）佐々木　４　１　０":         false, // a team's mark, not a position (boxscore.go)
		"（上）小林、中村―山口":          false,
		"（中）と握手する山田氏＝５日、東京都内で": false,
		"（二）ヤクルト　５　４":          true, // (a position: the row's form decides)
	} {
		if got := battingRow(s); got != want {
			t.Errorf("battingRow(%s) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"（中）丸　　　４　１　０", "（三）岡本　　３　１　２", "（一）大城　　４　０　０"} {
		if _, _, ok := parseDatelineLang(s, "ja"); ok {
			t.Errorf("%s read as a dateline", s)
		}
		if k := kindOf(s); k != uText {
			t.Errorf("kindOf(%s) = %v, want text", s, k)
		}
		if !boxRow(s) {
			t.Errorf("boxRow(%s) = false", s)
		}
	}
	// Look-alikes: a caption with its position mark, a bracketed dateline.
	if !isCaptionSum("握手する山田市長（中）と田中社長＝５日、東京都内で", nil) {
		t.Error("caption with a position mark no longer a caption")
	}
	if d, _, ok := parseDatelineLang("（那覇）県は５日、…", "ja"); !ok || d.place != "那覇" {
		t.Errorf("（那覇） dateline lost: %+v %v", d, ok)
	}

	const page = "巨人が逆転勝ち\n\n巨人は５日、阪神に３－２で逆転勝ちした。岡本が８回に２ランを放った。\n\n" +
		"◇打撃成績（巨人）\n（中）丸　　　４　１　０\n（二）吉川　　４　２　０\n（三）岡本　　３　１　２\n（一）大城　　４　０　０\n"
	d := mustRead(t, page, WithLang("ja"))
	if len(d.Articles) != 1 {
		t.Fatalf("%d articles, want 1:\n%s", len(d.Articles), strings.Join(deepKinds(d), "\n"))
	}
	got := strings.Join(deepKinds(d), "\n")
	for _, want := range []string{
		"heading ◇打撃成績（巨人）\nparagraph （中）丸　　　４　１　０\nparagraph （二）吉川　　４　２　０\nparagraph （三）岡本　　３　１　２\nparagraph （一）大城　　４　０　０",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want\n%s\nin\n%s", want, got)
		}
	}
}
