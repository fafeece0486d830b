package newstext

import (
	"strings"
	"testing"
)

// TestDrawnCreditAlone: a drawing's credit alone on its line, the art's
// label and the artist (漫画/周小川) or the artist and the word for
// drawing (周小川　绘), is a caption; a word ending in 绘, a label over
// more than a name, and a text's credit are not.
func TestDrawnCreditAlone(t *testing.T) {
	for s, want := range map[string]bool{
		"漫画/周小川":     true,
		"漫画／周小川":     true,
		"漫画：周小川":     true,
		"漫畫：周小川":     true,
		"插图：李　明":     true,
		"插画/王晓红":     true,
		"周小川　绘":      true,
		"周小川 绘":      true,
		"周小川／绘":      true,
		"本报记者　周小川　绘": true,
		"李　明　繪":      true,
		// Look-alikes.
		"精心描绘": false,
		"彩绘":   false,
		"漫画/动画改编的作品大受欢迎": false,
		"漫画：从纸面到屏幕":      false,
		"插图：某某公司":        false,
		"文/周小川":          false,
		"周小川　摄":          false,
		"漫画周小川":          false,
		"他说，周小川　绘":       false,
	} {
		if got := drawnCreditAlone(s); got != want {
			t.Errorf("drawnCreditAlone(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDrawnCreditBetweenParagraphs: the credit alone between a story's
// paragraphs is the drawing's caption, never a head nor a byline naming
// 周小川绘; a cartoon's label over a short title stays a head.
func TestDrawnCreditBetweenParagraphs(t *testing.T) {
	page := func(line string) string {
		return "法官说法\n\n本报讯　承办法官表示，经营者不得隐瞒商品的实际内容。\n\n" + line + "\n\n消费者应保留聊天记录和开箱视频，发现问题可先与商家协商。\n"
	}
	for line, want := range map[string]string{
		"漫画/周小川":     "caption 漫画/周小川",
		"漫画：周小川":     "caption 漫画：周小川",
		"周小川　绘":      "caption 周小川　绘",
		"本报记者　周小川　绘": "caption 本报记者　周小川　绘",
		// Look-alikes.
		"漫画：从纸面到屏幕": "heading 漫画：从纸面到屏幕",
		"文/周小川":     "byline 文/周小川",
	} {
		if got := leafLines(t, page(line)); !strings.Contains(got, want) {
			t.Errorf("%q: no %q in:\n%s", line, want, got)
		}
	}
}

// TestHeadOverInfoRows: a head as wide as the measure, its unit's first
// line, does not run on into the first of the information rows under
// it (日時　… / 場所　…); a head over one row alone, a row under a
// sentence's wrap and a short head keep their readings.
func TestHeadOverInfoRows(t *testing.T) {
	// A page of no blank lines at a 15-character measure.
	lead := "村の話題をまとめて伝える欄です。\n　公民館で作品展が開かれ、多く\nの村民が訪れた。（木村）\n"
	full := lead + "◇松川村歳末チャリティー演芸会\n日時　２１日午後１時\n場所　村すずの音ホール\n問い合わせ　村公民館\n"
	got := leafLines(t, full)
	for _, want := range []string{"heading ◇松川村歳末チャリティー演芸会\n", "paragraph 日時　２１日午後１時\nparagraph 場所　村すずの音ホール"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	// The same with Chinese rows under a title line as wide.
	zh := "社区活动\n\n本报讯　街道近日举办多场便民活动，受到居民欢迎。今后还将继续开展。\n\n冬季健康讲座暨义诊活动安排通知\n时间：12月12日上午9时\n地点：社区服务中心二楼\n"
	if got := leafLines(t, zh); !strings.Contains(got, "paragraph 时间：12月12日上午9时") {
		t.Errorf("the first Chinese row glued to the title:\n%s", got)
	}
	// A programme box's bracketed title over two rows no wider than the
	// measure: the box's label, title and rows (the README's 番組ＰＲ box).
	box := wideRowStory + "番組ＰＲ\n「星野あかり　京の台所をゆく」\n放送　１２月１２日（土）午後７時\n再放送　１２月１９日（土）午後２時\n"
	if got := leafLines(t, box); !strings.Contains(got, "kicker 番組ＰＲ\nheadline 「星野あかり　京の台所をゆく」\nparagraph 放送　１２月１２日（土）午後７時\n") {
		t.Errorf("the programme's title glued to its first row:\n%s", got)
	}
	// The head wrapped over two lines, each a title line, too.
	wrapped := lead + "◇松川村歳末チャリティー演芸会と\n餅つき大会\n日時　２１日午後１時\n場所　村すずの音ホール\n"
	if got := leafLines(t, wrapped); !strings.Contains(got, "heading ◇松川村歳末チャリティー演芸会と餅つき大会\nparagraph 日時　２１日午後１時\n") {
		t.Errorf("the wrapped head glued to its first row:\n%s", got)
	}
	// Look-alikes: a row alone under the head (no pair) and a short head
	// read as before; a clause ending in 、 over the row still runs on
	// (no title above it).
	for page, want := range map[string]string{
		lead + "◇松川村歳末チャリティー演芸会\n日時　２１日午後１時\n　会場には多くの村民が集まり、\n笑顔が広がった。\n": "heading ◇松川村歳末チャリティー演芸会\nparagraph 日時　２１日午後１時\nparagraph 会場には多くの村民が集まり、笑顔が広がった。",
		lead + "◇演芸会\n日時　２１日午後１時\n場所　村すずの音ホール\n":                          "heading ◇演芸会\nparagraph 日時　２１日午後１時\nparagraph 場所　村すずの音ホール",
		"村の話題をまとめて伝える欄です。\n　催しの案内は次の通り、\n日時　２１日午後１時\n場所　村すずの音ホール\n":       "paragraph 催しの案内は次の通り、日時　２１日午後１時\nparagraph 場所　村すずの音ホール",
	} {
		if got := leafLines(t, page); !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}
