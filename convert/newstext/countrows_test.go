package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestCountRowsInARun: a standing box's rows of a label and a count with
// its counter (死者　０人, 発生　１２件（前年比３減）, 受伤　15人) are
// rows when two or more stand one under another, whatever their width
// (blind page ja-chiho-hatsuyuki-13: the first row, as wide as the
// measure, was joined to the next, and the box's title after the trailer
// closing the story above stayed in that story). One alone, and lines of
// other shapes (more words after the counter, a phrase before the
// figure, a date, a time), are left to the other rules.
func TestCountRowsInARun(t *testing.T) {
	for in, want := range map[string]bool{
		"死者　０人":              true,
		"負傷者　１５人":            true,
		"発生　１２件（前年比３減）":      true,
		"発生　１２件（３減）":         true,
		"出動　２８件":             true,
		"来場者　約２万人":           true,
		"来場者　１万２０００人":        true,
		"避難所　５カ所":            true,
		"全焼　３棟":              true,
		"死者・不明者　４人":          true,
		"死亡　3人":              true,
		"受伤　15人":             true,
		"降水量　１２・５ミリ":         false, // (a katakana unit: tableRow's)
		"住宅全焼　２人けが":          false,
		"新型コロナ　新たに３人":        false,
		"開催日　１２月６日":          false,
		"長野東　１時間９分２２秒":       false,
		"死者０人":               false,
		"死者　０":               false,
		"県内の交通事故（６日）":        false,
		"発生　１２件（前年比３減、死者なし）": false,
		"사망 3명":              false,
		"交通事故の発生件数　１２件":      false,
	} {
		if got := countRow(in); got != want {
			t.Errorf("countRow(%q) = %v, want %v", in, got, want)
		}
	}
	// A page wrapped at 13 characters: the box's first row is as wide as
	// the measure.
	const story = "鶴見で冬の花火大会\n来場者は過去最多\n" +
		"　【鶴見】鶴見市の河川敷で\n５日夜、冬の花火大会が開か\nれ、約２万人が夜空を彩る花\n火を楽しんだ。主催した実行\n委員会によると、来場者は過\n去最多だった。\n" +
		"　会場には屋台が並び、家族\n連れや若者らでにぎわった。\n実行委は来年も同じ時期に開\nく予定だ。\n（佐藤健）\n"
	for _, rows := range [][]string{
		{"出動　２８件（前年比４増）", "火災　１件", "搬送　２５人"},
		{"火災　１件", "出動　２８件（前年比４増）", "搬送　２５人"},
		{"出動　２８件（前年比４増）", "搬送　２５人"},
	} {
		d := mustRead(t, story+"市内の救急出動（５日）\n"+strings.Join(rows, "\n")+"\n")
		k := allKinds(d)
		want := []string{"byline （佐藤健）", "article", "headline 市内の救急出動（５日）"}
		for _, r := range rows {
			want = append(want, "paragraph "+r)
		}
		if len(k) < len(want) || !slices.Equal(k[len(k)-len(want):], want) {
			t.Errorf("rows %q:\n got: %s\nwant tail: %s", rows, strings.Join(k, " | "), strings.Join(want, " | "))
		}
		roundTrip(t, d)
	}
	// Two such lines at an article's head, nothing above them but a
	// kicker and the story's text or its dateline under them, are its
	// headline and subheadline (headpair.go), as before the rule: the
	// title rules judge them.
	for _, c := range []struct {
		page string
		want []string
	}{
		{"■くらし\n県内交通死者　４２人\n前年比　１５人減\n　県警交通企画課のまとめによると、今年１月から１１月末までに県内の交通事故で亡くなった人は４２人で、前年同期より１５人少なかった。\n",
			[]string{"kicker ■くらし", "headline 県内交通死者　４２人", "subheadline 前年比　１５人減"}},
		{"大谷　５４号\n本塁打王　３度目\n　【ロサンゼルス５日共同】米大リーグ、ドジャースの大谷翔平は５日、本拠地でのパドレス戦で今季５４号ソロを放った。\n",
			[]string{"headline 大谷　５４号", "subheadline 本塁打王　３度目"}},
		{"本市新增确诊 12例\n累计 356例\n\n本报讯（记者 王明）市卫健委6日通报，5日0时至24时，本市新增本土确诊病例12例，均为集中隔离点发现。\n",
			[]string{"kicker 本市新增确诊 12例", "headline 累计 356例", "dateline 本报讯"}},
	} {
		d := mustRead(t, c.page)
		k := allKinds(d)
		if len(k) < len(c.want)+1 || !slices.Equal(k[1:len(c.want)+1], c.want) {
			t.Errorf("title pair at the head:\n%s\n got: %s\nwant head: %s", c.page, strings.Join(k, " | "), strings.Join(c.want, " | "))
		}
		roundTrip(t, d)
	}
	// Two such lines set off by blank lines inside a story, under its
	// body paragraph, are a box's rows in it, no new article's head
	// (review: the story split at 県内交通死者　４２人 / 前年比　１５人減).
	{
		const page = "県内の交通事故　減少続く\n\n" +
			"　県警によると、今年１月から１１月末までに県内で起きた交通事故は前年より約１割少なかった。高齢ドライバーの事故も減っている。\n\n" +
			"県内交通死者　４２人\n前年比　１５人減\n\n" +
			"　県警交通企画課は「年末は飲酒運転が増える時期で、引き続き警戒したい」と話している。\n"
		d := mustRead(t, page)
		k := allKinds(d)
		if n := strings.Count(strings.Join(k, "\n"), "article"); n != 1 || !slices.Contains(k, "paragraph 県内交通死者　４２人") {
			t.Errorf("a box's rows inside a story:\n%s\n got: %s", page, strings.Join(k, " | "))
		}
		roundTrip(t, d)
	}
	// One such line alone under a finished story is no row: the title
	// rules judge it as before (a subheadline's phrase, 来場者　３万人).
	d := mustRead(t, "冬の花火大会にぎわう\n来場者　３万人\n\n鶴見市の河川敷で５日夜、冬の花火大会が開かれた。\n")
	if k := allKinds(d); !slices.Contains(k, "subheadline 来場者　３万人") {
		t.Errorf("a lone count line lost its title reading: %v", k)
	}
	roundTrip(t, d)
}
