package newstext

import "testing"

// TestJaExhibitionRows: an exhibition's notice sets its information box
// with its own labels, 会期, 休館日, 観覧料 (入館料, 開館時間), beside the
// listed 会場 and 問い合わせ: each row is a paragraph, none a headline or
// subheadline over the rows under it (blind round 85). A line opening
// with such a word in prose, a row that ends a sentence, one too long for
// a row and a headline's phrases stay what they were.
func TestJaExhibitionRows(t *testing.T) {
	const notice = "［展覧会］\n信濃の木版画　百年の歩み\n　大正期から現代まで、県ゆかりの版画家の木版画約１５０点を紹介する。\n"
	wantRun(t, notice+"会期　１月２５日まで\n休館日　月曜\n会場　県立信濃美術館\n観覧料　一般９００円\n問い合わせ　同館（０２６・２３２・０００１）\n",
		"paragraph 大正期から現代まで、県ゆかりの版画家の木版画約１５０点を紹介する。", "paragraph 会期　１月２５日まで", "paragraph 休館日　月曜",
		"paragraph 会場　県立信濃美術館", "paragraph 観覧料　一般９００円", "paragraph 問い合わせ　同館（０２６・２３２・０００１）")
	wantRun(t, notice+"会期　３月１０日まで\n入館料　大人５００円\n開館時間　午前９時～午後５時\n",
		"paragraph 会期　３月１０日まで", "paragraph 入館料　大人５００円", "paragraph 開館時間　午前９時～午後５時")
	// A headline's phrases parted by U+3000 open with such a word by
	// chance: alone, with no row beside it, it stays the headline.
	wantKinds(t, "休館日　月曜に統一へ\n\n　県立美術館は来年度から、休館日を月曜に統一する。来館者の声を受けた。\n",
		"headline 休館日　月曜に統一へ", "paragraph 県立美術館は来年度から、休館日を月曜に統一する。来館者の声を受けた。")
	for s, want := range map[string]bool{
		"会期　１月２５日まで":       true,
		"休館日　月曜":           true,
		"観覧料　一般９００円":       true,
		"入館料　大人５００円":       true,
		"開館時間　午前９時～午後５時":   true,
		"休館日は月曜です。":        false, // prose
		"観覧料　一般９００円。":      false, // a sentence
		"会期中　多くの来場者でにぎわった": false, // no label
		"開館時間　午前９時から午後５時までで、毎週月曜日と年末年始は休館となっており、祝日は開館": false, // too long
	} {
		if got := jaFieldRow(s); got != want {
			t.Errorf("jaFieldRow(%q) = %v, want %v", s, got, want)
		}
	}
}
