package newstext

import (
	"strings"
	"testing"
)

// TestJapaneseReaderLineAtMeasure: on a letters corner set with no blank
// lines, the writer's line at a letter's foot or under its title, and
// the next letter's title, are lines of their own however full they run:
// a line exactly as wide as the column is no wrap when it is a reader's
// line (望月正雄（７８）＝松本市、無職 at a fifteen-character measure, blind
// page ja-chiho-ronsetsu-koe), nor is the title under one. A reader's
// line the column wrapped stays one line, and a full line of the
// letter's text under a finished sentence goes on with the paragraph as
// before.
func TestJapaneseReaderLineAtMeasure(t *testing.T) {
	letter1 := []string{
		"　先週、通院の帰りに凍った歩道",
		"で転びそうになりました。坂の多",
		"い町では手すりがあるだけで安心",
		"して歩けます。",
		"　市には冬の間だけでも、駅まで",
		"の道に設置を検討してほしいと思",
		"います。",
	}
	letter2 := []string{
		"　小学生の息子が、給食に出た地",
		"元産のリンゴのおいしさを話して",
		"くれました。何よりの食育です。",
		"　値段や量の確保が難しいことは",
		"承知していますが、地元の野菜を",
		"使う日をもっと増やしてほしいで",
		"す。",
	}
	const (
		para1a = "  paragraph 先週、通院の帰りに凍った歩道で転びそうになりました。坂の多い町では手すりがあるだけで安心して歩けます。\n"
		para1b = "  paragraph 市には冬の間だけでも、駅までの道に設置を検討してほしいと思います。\n"
		para2  = "  paragraph 小学生の息子が、給食に出た地元産のリンゴのおいしさを話してくれました。何よりの食育です。\n" +
			"  paragraph 値段や量の確保が難しいことは承知していますが、地元の野菜を使う日をもっと増やしてほしいです。"
	)
	page := func(top, foot []string, title string, writer []string) string {
		var ls []string
		ls = append(ls, "声", "雪道の歩道に手すりを")
		ls = append(ls, top...)
		ls = append(ls, letter1...)
		ls = append(ls, foot...)
		ls = append(ls, title)
		ls = append(ls, writer...)
		ls = append(ls, letter2...)
		return strings.Join(ls, "\n") + "\n"
	}
	one := func(s string) []string { return []string{s} }
	for _, tt := range []struct {
		name, page, want string
	}{
		{"foot line and title both at the measure",
			page(nil, one("望月正雄（７８）＝松本市、無職"), "給食の地元野菜　もっと増やして", one("安曇野市　会社員　小林聡子（４４）")),
			"article\n  kicker 声\n  headline 雪道の歩道に手すりを\n" + para1a + para1b +
				"  byline  望月正雄 : 望月正雄（７８）＝松本市、無職\n" +
				"article\n  headline 給食の地元野菜　もっと増やして\n  byline  小林聡子 : 安曇野市　会社員　小林聡子（４４）\n" + para2},
		{"title at the measure over the writer's line",
			page(nil, one("望月正雄（７８）＝松本市"), "給食の地元野菜　もっと増やして", one("安曇野市　会社員　小林聡子（４４）")),
			"article\n  kicker 声\n  headline 雪道の歩道に手すりを\n" + para1a + para1b +
				"  byline  望月正雄 : 望月正雄（７８）＝松本市\n" +
				"article\n  headline 給食の地元野菜　もっと増やして\n  byline  小林聡子 : 安曇野市　会社員　小林聡子（４４）\n" + para2},
		{"foot line at the measure over a short title",
			page(nil, one("望月正雄（７８）＝松本市、無職"), "給食の地元野菜", one("安曇野市　会社員　小林聡子（４４）")),
			"article\n  kicker 声\n  headline 雪道の歩道に手すりを\n" + para1a + para1b +
				"  byline  望月正雄 : 望月正雄（７８）＝松本市、無職\n" +
				"article\n  headline 給食の地元野菜\n  byline  小林聡子 : 安曇野市　会社員　小林聡子（４４）\n" + para2},
		{"writer's lines under titles, all at the measure",
			page(one("松本市　無職　望月正雄（７８）"), nil, "給食の地元野菜　もっと増やして", one("安曇野市　会社員　小林聡子（４４）")),
			"article\n  kicker 声\n  headline 雪道の歩道に手すりを\n  byline  望月正雄 : 松本市　無職　望月正雄（７８）\n" + para1a + para1b +
				"article\n  headline 給食の地元野菜　もっと増やして\n  byline  小林聡子 : 安曇野市　会社員　小林聡子（４４）\n" + para2},
		// A reader's line the column wrapped is one line still.
		{"reader's line wrapped at the measure",
			page(nil, []string{"望月正雄（７８）＝長野県松本市", "、会社員"}, "給食の地元野菜　もっと増やして", one("安曇野市　会社員　小林聡子（４４）")),
			"article\n  kicker 声\n  headline 雪道の歩道に手すりを\n" + para1a + para1b +
				"  byline  望月正雄 : 望月正雄（７８）＝長野県松本市、会社員\n" +
				"article\n  headline 給食の地元野菜　もっと増やして\n  byline  小林聡子 : 安曇野市　会社員　小林聡子（４４）\n" + para2},
		// Look-alike: a full line of text under a finished sentence runs
		// on as before.
		{"text under a finished sentence",
			page(nil, []string{"　市には冬の間でも設置を願う。", "坂の多い町では誰もが同じ思いで", "しょう。"}, "給食の地元野菜　もっと増やして", one("安曇野市　会社員　小林聡子（４４）")),
			"article\n  kicker 声\n  headline 雪道の歩道に手すりを\n" + para1a + para1b +
				"  paragraph 市には冬の間でも設置を願う。坂の多い町では誰もが同じ思いでしょう。\n" +
				"article\n  headline 給食の地元野菜　もっと増やして\n  byline  小林聡子 : 安曇野市　会社員　小林聡子（４４）\n" + para2},
	} {
		t.Run(tt.name, func(t *testing.T) { tw34WantTree(t, tt.page, tt.want) })
	}
}
