package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

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

// TestDinkusLine: on a page with no blank lines a dinkus stands on a line
// of its own between two paragraphs, spaced with U+3000 (◇　◇　◇), ASCII
// spaces or none: the same scene break a block of it alone is (blind page
// cn-ocr-hangyebao-15), and so under a blank line over the text. Under a
// label ending in its colon the marks are its value, and a line of marks
// with words is no dinkus: no break is read in either.
func TestDinkusLine(t *testing.T) {
	const head = "江河水利报　2026年12月5日　星期五　第3版　基层\n　　守闸三十年\n　　老周的“水账本”\n　　清晨6点，淮北平原还笼罩在\n薄雾里，闸工周德海已经沿着闸\n顶走完了第一圈。\n"
	const tail = "　　去年夏天，上游连降暴雨，石\n桥闸上游水位一夜之间涨了1.6\n米。\n"
	for _, mark := range []string{"◇　◇　◇", "◇ ◇ ◇", "◇◇◇", "＊　＊　＊", "* * *", "※※※", "★　★　★"} {
		for _, page := range []string{head + mark + "\n" + tail, head + "\n" + mark + "\n" + tail} {
			d := mustRead(t, page)
			var sec, above *doc.Node
			if len(d.Articles) == 1 {
				k := d.Articles[0].Children
				if n := len(k); n >= 2 && k[n-1].Kind == doc.KindSection {
					sec, above = k[n-1], k[n-2]
				}
			}
			if sec == nil || len(sec.Children) != 2 || sec.Children[0].Kind != doc.KindHeading || sec.Children[0].Text != mark ||
				sec.Children[1].Text != "去年夏天，上游连降暴雨，石桥闸上游水位一夜之间涨了1.6米。" || above.Text != "清晨6点，淮北平原还笼罩在薄雾里，闸工周德海已经沿着闸顶走完了第一圈。" {
				t.Errorf("%q: got\n%s\nwant one article, the text after the mark in a section it heads", page, outline(d, false))
			}
			if !hasWarning(d, "scene break") {
				t.Errorf("%q: no scene-break warning", page)
			}
			checkNothingLost(t, []byte(page), d)
			roundTrip(t, d)
		}
	}
	// Look-alikes: the marks as a label's value, marks with words.
	for _, tt := range []struct{ page, marks string }{
		{"冬季民宿推荐\n　　这家民宿依山而建，推开窗就能\n看到整片竹林。\n推荐指数：\n★★★★★\n　　老板说，明年还要再添几间房。\n", "★★★★★"},
		{"冬季民宿推荐\n　　这家民宿依山而建，推开窗就能\n看到整片竹林。\n★★★　推荐\n　　老板说，明年还要再添几间房。\n", "★★★　推荐"},
	} {
		d := mustRead(t, tt.page)
		if hasWarning(d, "scene break") || nodeWithText(d, tt.marks) == nil {
			t.Errorf("%q: got\n%s\nwant %s kept, no break", tt.page, outline(d, false), tt.marks)
		}
		roundTrip(t, d)
	}
}

// hasWarning reports a diagnostic of d holding the words w.
func hasWarning(d *doc.Document, w string) bool {
	for _, g := range d.Diagnostics {
		if strings.Contains(g.Message, w) {
			return true
		}
	}
	return false
}
