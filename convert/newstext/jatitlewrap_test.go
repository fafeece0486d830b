package newstext

import (
	"strings"
	"testing"
)

// TestJapaneseHeadlineBrokenAtParticle: a Japanese headline set in two
// lines broken after a particle that leaves its phrase open (の が は と
// で や, glued to the word before it) is one headline, the lines joined
// with no space (blind page ja-chiho-sports-kantoku: 大分ＦＣ、来季の /
// 新監督に森田氏 had been a headline over a subheadline), on a page with
// or without blank lines, under a kicker, over a subheadline, and after
// a finished story. A line ending in a particle a headline ends in (訪米へ,
// 過去最多に, 来月から, 支援を, 今年も), in a noun, or in the last kana of
// a word (もの) stays a headline over its subheadline.
func TestJapaneseHeadlineBrokenAtParticle(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"大分ＦＣ、来季の", true},
		{"大分ＦＣが", true},
		{"新市長は", true},
		{"「森田」と", true},
		{"県高校駅伝で", true},
		{"Ｊ２や", true},
		{"Ｊ2の", true},
		{"コーチの", true},
		{"首相、来月訪米へ", false},
		{"訪日客、過去最多に", false},
		{"レジ袋有料化、来月から", false},
		{"延長、３月まで", false},
		{"被災地に支援を", false},
		{"大谷、今季も", false},
		{"高校駅伝県予選", false},
		{"忘れられないもの", false},
		{"そのための", false},
		{"の", false},
		{"", false},
	} {
		if got := jaOpenTitleEnd(c.in); got != c.want {
			t.Errorf("jaOpenTitleEnd(%q) = %v, want %v", c.in, got, c.want)
		}
	}

	const folio = "スポーツ　２０２６年（令和８年）１２月６日　１５面\n"
	const body = "　【大分】サッカーＪ２の大分Ｆ\nＣは５日、来季の監督に元日本代\n表コーチの森田隆之氏（４８）が\n就任すると発表した。\n"
	const story = "　【佐伯】全国高校駅伝の県予選\nが５日、佐伯市で行われ、男子は\n鶴崎工が２時間８分１５秒で初優\n勝した。\n"
	const para = "paragraph サッカーＪ２の大分ＦＣは５日、来季の監督に元日本代表コーチの森田隆之氏（４８）が就任すると発表した。"
	const para2 = "paragraph 全国高校駅伝の県予選が５日、佐伯市で行われ、男子は鶴崎工が２時間８分１５秒で初優勝した。"
	dl := func(p string) string { return "dateline 【" + p + "】" }
	for _, c := range []struct {
		page string
		want []string
	}{
		// The page as written: no blank lines, 15-character wraps.
		{folio + "大分ＦＣ、来季の\n新監督に森田氏\n" + body,
			[]string{"article", "noise " + strings.TrimSuffix(folio, "\n"), "headline 大分ＦＣ、来季の新監督に森田氏", dl("大分"), para}},
		// Set apart by a blank line.
		{"大分ＦＣ、来季の\n新監督に森田氏\n\n" + body,
			[]string{"article", "headline 大分ＦＣ、来季の新監督に森田氏", dl("大分"), para}},
		// Other particles.
		{folio + "大分ＦＣが\n新監督に森田氏\n" + body,
			[]string{"article", "noise " + strings.TrimSuffix(folio, "\n"), "headline 大分ＦＣが新監督に森田氏", dl("大分"), para}},
		// Under a kicker.
		{folio + "サッカー\n大分ＦＣ、来季の\n新監督に森田氏\n" + body,
			[]string{"article", "noise " + strings.TrimSuffix(folio, "\n"), "kicker サッカー", "headline 大分ＦＣ、来季の新監督に森田氏", dl("大分"), para}},
		// Over a subheadline.
		{folio + "大分ＦＣ、来季の\n新監督に森田氏\n元日本代表コーチ\n" + body,
			[]string{"article", "noise " + strings.TrimSuffix(folio, "\n"), "headline 大分ＦＣ、来季の新監督に森田氏", "subheadline 元日本代表コーチ", dl("大分"), para}},
		// The next story's, after a finished one.
		{folio + "大分ＦＣ、新監督\n" + body + "県高校駅伝、鶴崎工が\n初の頂点に\n" + story,
			[]string{"article", "noise " + strings.TrimSuffix(folio, "\n"), "headline 大分ＦＣ、新監督", dl("大分"), para,
				"article", "headline 県高校駅伝、鶴崎工が初の頂点に", dl("佐伯"), para2}},
		// Negatives: a headline ending in へ or に, or in a noun, stays
		// over its subheadline.
		{folio + "首相、来月訪米へ\n日米首脳会談で調整\n" + body,
			[]string{"article", "noise " + strings.TrimSuffix(folio, "\n"), "headline 首相、来月訪米へ", "subheadline 日米首脳会談で調整", dl("大分"), para}},
		{folio + "訪日客、過去最多に\n１０月は３百万人\n" + body,
			[]string{"article", "noise " + strings.TrimSuffix(folio, "\n"), "headline 訪日客、過去最多に", "subheadline １０月は３百万人", dl("大分"), para}},
		{folio + "高校駅伝県予選\n鶴崎工が初優勝\n" + story,
			[]string{"article", "noise " + strings.TrimSuffix(folio, "\n"), "headline 高校駅伝県予選", "subheadline 鶴崎工が初優勝", dl("佐伯"), para2}},
	} {
		wantAllKinds(t, c.page, c.want...)
	}
}
