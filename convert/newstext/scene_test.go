package newstext

import "testing"

// TestSceneBreak checks the rule that tells a scene break from an article
// break: a dinkus inside an article with body text right below it divides
// that article (an untitled section headed by the mark); one with a
// headline, kicker or dateline below it, or with no body text above it in
// its article, starts an article.
func TestSceneBreak(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"feature, body below", "# 特写\n\n　　第一场。\n\n* * *\n\n　　第二场。\n",
			"article\n  headline 特写\n  paragraph 第一场。\n  section\n    heading * * *\n    paragraph 第二场。\n"},
		{"other marks", "# 特写\n\n　　第一场。\n\n◇◇◇\n\n　　第二场。\n\n※　※　※\n\n　　第三场。\n",
			"article\n  headline 特写\n  paragraph 第一场。\n  section\n    heading ◇◇◇\n    paragraph 第二场。\n  section\n    heading ※　※　※\n    paragraph 第三场。\n"},
		{"unindented body below", "# 特写\n\n第一场。\n\n＊＊＊\n\n第二场的正文很长，不是标题。\n",
			"article\n  headline 特写\n  paragraph 第一场。\n  section\n    heading ＊＊＊\n    paragraph 第二场的正文很长，不是标题。\n"},
		{"headline below", "# 一\n\n　　正文。\n\n* * *\n\n# 二\n\n　　正文。\n",
			"article\n  headline 一\n  paragraph 正文。\narticle\n  headline 二\n  paragraph 正文。\n"},
		{"kicker and headline below", "# 一\n\n　　正文。\n\n* * *\n\n引题\n\n# 二\n\n　　正文。\n",
			"article\n  headline 一\n  paragraph 正文。\narticle\n  kicker 引题\n  headline 二\n  paragraph 正文。\n"},
		{"dateline below", "# 一\n\n　　正文。\n\n* * *\n\n新华社北京12月1日电　简讯正文。\n",
			"article\n  headline 一\n  paragraph 正文。\narticle\n  dateline 新华社北京12月1日电 org=新华社 place=北京 date=12月1日\n  paragraph 简讯正文。\n"},
		{"no body above", "2022年8月30日 星期二\n\n* * *\n\n　　正文。\n",
			"article\n  noise 2022年8月30日 星期二 furniture\narticle\n  paragraph 正文。\n"},
		{"in a subsection", "# 题\n\n## 一\n\n　　甲。\n\n### 二\n\n　　乙。\n\n* * *\n\n　　丙。\n",
			"article\n  headline 题\n  section\n    heading 一\n    paragraph 甲。\n    section\n      heading 二\n      paragraph 乙。\n    section\n      heading * * *\n      paragraph 丙。\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.in)
			got := outline(d, false)
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			checkNothingLost(t, []byte(tt.in), d)
			roundTrip(t, d)
		})
	}
}
