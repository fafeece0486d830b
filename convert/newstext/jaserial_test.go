package newstext

import (
	"strings"
	"testing"
)

// TestJaSerialTitleGroup: a serial novel's title group, its label
// (連載小説), its title with the instalment's number in brackets (潮待ちの町
// （４２）) and the credit of its author and illustrator (作・浜野しおり
// 画・北條まこと), is kicker, headline and byline of one article (blind
// round 85): the numbered title no table's row, the credit no new
// article's headline. A row's kanji label with a bracketed figure, a
// stage's credits, one role twice and a title with no number read as
// before.
func TestJaSerialTitleGroup(t *testing.T) {
	const text = "\n【前回までのあらすじ】\n　港町の旅館を継いだ真帆は、客足の落ちた宿を立て直そうと奔走する。\n\n　修一は濡れた外套を脱ごうともせず、土間に立ったまま帳場の奥を見回した。\n"
	for _, tt := range []struct{ page, kicker, headline, byline string }{
		{"連載小説\n潮待ちの町　（４２）\n作・浜野しおり　画・北條まこと\n" + text, "連載小説", "潮待ちの町　（４２）", "roles=作,画 names=浜野しおり,北條まこと"},
		{"新聞小説\n風のゆくえ　（１２）\n作・高村一樹　画・森野あかね\n" + text, "新聞小説", "風のゆくえ　（１２）", "roles=作,画 names=高村一樹,森野あかね"},
		{"連載\nみなとの灯り　(3)\n文・佐伯みどり　絵・山田花子\n" + text, "連載", "みなとの灯り　(3)", "roles=文,絵 names=佐伯みどり,山田花子"},
	} {
		d := mustRead(t, tt.page)
		got := strings.Join(pageLeafKinds(d), "\n")
		want := "kicker " + tt.kicker + "\nheadline " + tt.headline + "\nbyline "
		if !strings.HasPrefix(got, want) || len(d.Articles) != 1 {
			t.Errorf("%s: got\n%s\nwant it to open with\n%s", tt.headline, got, want)
			continue
		}
		if b := d.Articles[0].Children[2]; creditText(credit{roles: b.Roles, names: b.Names}) != "org= "+tt.byline {
			t.Errorf("%s: byline %v %v, want %s", tt.headline, b.Roles, b.Names, tt.byline)
		}
	}
	for s, want := range map[string]bool{
		"潮待ちの町　（４２）":  true,
		"みなとの灯り　(3)":  true,
		"死者　（３）":      false, // a row's label of kanji
		"潮待ちの町　（４２日）": false,
		"潮待ちの町":       false,
		"第２部　（４２）":    false,
	} {
		if got := jaSerialTitle(s); got != want {
			t.Errorf("jaSerialTitle(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]string{
		"作・浜野しおり　画・北條まこと": "org= roles=作,画 names=浜野しおり,北條まこと",
		"文・佐伯みどり　絵・山田花子":  "org= roles=文,絵 names=佐伯みどり,山田花子",
		"作・浜野しおり":         "",
		"作・浜野しおり　作・北條まこと": "",
		"作・演出　野田秀明":       "",
		"作　浜野しおり　画　北條まこと": "",
	} {
		got := ""
		if c, ok := jaSerialCredit(s); ok {
			got = creditText(c)
		}
		if got != want {
			t.Errorf("jaSerialCredit(%q) = %q, want %q", s, got, want)
		}
	}
}
