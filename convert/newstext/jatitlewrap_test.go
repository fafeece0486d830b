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

// TestJapaneseTitleClosedAtMeasure: on a page wrapped at a 14-character
// column, a headline line exactly as wide as the measure whose last
// phrase, parted by a U+3000, closes with a particle a headline ends in
// (…　１９日から, …　来年２月まで, …　開催へ) is a headline of its own
// over its subheadline, over a dateline or an indented paragraph (blind
// page ja-chiho-moyooshi, misread 3). Still one headline, as README's
// limitation says: a full line ending in no such particle (…１９日に開幕),
// one whose から follows a verb's kana (日暮れてから), one with no phrase
// parted (…まつり来週から), and a tail of a word or two under it (開幕).
func TestJapaneseTitleClosedAtMeasure(t *testing.T) {
	const folio = "２０２６年（令和８年）１２月６日　土曜日　　地域\n"
	const sub = "灯籠約３千本が城跡照らす"
	dated, bare := "　【上田】上田城跡公園で恒例\nの「冬の光まつり」が来週から\n開かれる。市民が手作りした灯\n籠約３千本が城跡を照らし、期\n間中は屋台も並ぶ。\n　実行委員会によると、今年は\n市内の小学生が描いた絵を灯籠\nに取り入れた。点灯は毎日午後\n５時からで、入場は無料。\n　委員長は「家族で冬の夜を楽\nしんでほしい」と話している。\n市道で乗用車が横転　けが人なし\n　【上田】６日午前８時ごろ、\n上田市の市道で乗用車が横転し\nた。運転していた男性にけがは\nなかった。\n　上田署によると、現場は緩や\nかなカーブで、路面が凍結して\nいたとみて原因を調べている。\n", "　上田城跡公園で恒例の「冬の\n光まつり」が来週から開かれる。\n市民が手作りした灯籠約３千本\nが城跡を照らし、期間中は屋台\nも並ぶ。\n　実行委員会によると、今年は\n市内の小学生が描いた絵を灯籠\nに取り入れた。点灯は毎日午後\n５時からで、入場は無料。\n　委員長は「家族で冬の夜を楽\nしんでほしい」と話している。\n市道で乗用車が横転　けが人なし\n　【上田】６日午前８時ごろ、\n上田市の市道で乗用車が横転し\nた。運転していた男性にけがは\nなかった。\n　上田署によると、現場は緩や\nかなカーブで、路面が凍結して\nいたとみて原因を調べている。\n"
	tests := []struct {
		name, head, second, body string
		want                     []string
	}{
		{"から over a dateline", "上田城で冬の灯り　１９日から", sub, dated, []string{"headline 上田城で冬の灯り　１９日から", "subheadline " + sub, "dateline 【上田】"}},
		{"から over an indent", "上田城で冬の灯り　１９日から", sub, bare, []string{"headline 上田城で冬の灯り　１９日から", "subheadline " + sub}},
		{"まで", "上田城で冬の光　来年２月まで", sub, dated, []string{"headline 上田城で冬の光　来年２月まで", "subheadline " + sub, "dateline 【上田】"}},
		{"へ", "上田城の冬の光まつり　開催へ", sub, bare, []string{"headline 上田城の冬の光まつり　開催へ", "subheadline " + sub}},
		{"no particle (not)", "上田城で冬の光　１９日に開幕", sub, dated, []string{"headline 上田城で冬の光　１９日に開幕" + sub, "dateline 【上田】"}},
		{"a verb's から (not)", "上田城で冬の光　日暮れてから", sub, dated, []string{"headline 上田城で冬の光　日暮れてから" + sub, "dateline 【上田】"}},
		{"no phrase parted (not)", "上田城の冬の光まつり来週から", sub, bare, []string{"headline 上田城の冬の光まつり来週から" + sub}},
		{"a word's tail (not)", "上田城で冬の灯り　１９日から", "開幕", dated, []string{"headline 上田城で冬の灯り　１９日から開幕", "dateline 【上田】"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := append([]string{"noise ２０２６年（令和８年）１２月６日　土曜日　　地域"}, tt.want...)
			wantKinds(t, folio+tt.head+"\n"+tt.second+"\n"+tt.body, want...)
		})
	}
}
