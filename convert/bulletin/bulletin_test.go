package bulletin_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/bulletin"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// tree builds a one-article document from kind/text pairs.
func tree(lang string, nodes ...*doc.Node) *doc.Document {
	return &doc.Document{Lang: lang, Articles: []*doc.Node{{Kind: doc.KindArticle, Children: nodes}}}
}

func node(k doc.Kind, text string) *doc.Node { return &doc.Node{Kind: k, Text: text} }

func write(t *testing.T, d *doc.Document, opts ...bulletin.Option) string {
	t.Helper()
	var buf bytes.Buffer
	if err := bulletin.New(opts...).Write(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func cols(s string, ambWide bool) int {
	n := 0
	for _, r := range s {
		n += layout.RuneColumns(r, ambWide)
	}
	return n
}

const para = "8月29日下午，全省打造内陆地区改革开放高地推进大会在长沙召开。省委书记、省人大常委会主任出席并讲话。他强调，要全面落实“三高四新”战略定位和使命任务，始终高举改革开放伟大旗帜，加快构建以融入共建“一带一路”为重点的全方位对外开放新格局。"

// TestNoteLabel: a note before an article's text is its editor's note,
// labelled unless it says what it is; a note after the text (a piece's
// writing date, its author's biography) is set as written.
func TestNoteLabel(t *testing.T) {
	for _, tt := range []struct {
		name, lang string
		nodes      []*doc.Node
		want       string // the note's first line as written
	}{
		{"lead note labelled", "zh-Hans", []*doc.Node{node(doc.KindHeadline, "题"), node(doc.KindNote, "金秋时节，各地秋粮陆续进入收获期。"), node(doc.KindParagraph, "正文。")}, "【编者按】金秋时节"},
		{"lead note above the headline", "zh-Hans", []*doc.Node{node(doc.KindNote, "本版推出系列报道。"), node(doc.KindHeadline, "题"), node(doc.KindParagraph, "正文。")}, "【编者按】本版推出"},
		{"Traditional label", "zh-Hant", []*doc.Node{node(doc.KindNote, "本版推出系列報導。"), node(doc.KindParagraph, "正文。")}, "【編者按】本版推出"},
		{"Japanese mark", "ja", []*doc.Node{node(doc.KindNote, "連載の第３回です。"), node(doc.KindParagraph, "本文。")}, "※連載の第３回です。"},
		{"编者的话 names itself", "zh-Hans", []*doc.Node{node(doc.KindNote, "编者的话：岁末将至，本版征集稿件。"), node(doc.KindParagraph, "正文。")}, "编者的话：岁末将至"},
		{"编者按 names itself", "zh-Hans", []*doc.Node{node(doc.KindNote, "编者按：本版推出系列报道。"), node(doc.KindParagraph, "正文。")}, "编者按：本版推出"},
		{"편집자주 names itself", "ko", []*doc.Node{node(doc.KindNote, "[편집자주] 연재를 시작한다."), node(doc.KindParagraph, "본문.")}, "[편집자주] 연재를"},
		{"its own ※ not doubled", "ko", []*doc.Node{node(doc.KindNote, "※ 외부 필자의 기고는 본지의 편집 방향과 다를 수 있습니다."), node(doc.KindParagraph, "본문.")}, "※ 외부 필자의"},
		{"writing date after the text", "zh-Hans", []*doc.Node{node(doc.KindHeadline, "题"), node(doc.KindParagraph, "正文。"), node(doc.KindNote, "（2026年初冬写于沪西）")}, "（2026年初冬写于沪西）"},
		{"author's note after a stanza", "zh-Hans", []*doc.Node{node(doc.KindVerse, "一行\n二行"), node(doc.KindNote, "作者简介：诗人，现居上海。")}, "作者简介：诗人"},
		{"table note after its rows", "ja", []*doc.Node{{Kind: doc.KindParagraph, Text: "支持　３５", Row: true}, node(doc.KindNote, "調査方法　電話で実施した。")}, "調査方法　電話で"},
		{"note after a section", "zh-Hans", []*doc.Node{{Kind: doc.KindSection, Children: []*doc.Node{node(doc.KindHeading, "小标题"), node(doc.KindParagraph, "正文。")}}, node(doc.KindNote, "本文有删节。")}, "本文有删节。"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := write(t, tree(tt.lang, tt.nodes...), bulletin.WithWidth(60))
			if !strings.Contains(out, "\n"+tt.want) && !strings.HasPrefix(out, tt.want) {
				t.Errorf("want a line starting %q in\n%s", tt.want, out)
			}
		})
	}
}

func TestElements(t *testing.T) {
	d := tree("zh-Hans",
		node(doc.KindKicker, "张庆伟在推进大会上强调"),
		node(doc.KindHeadline, "加快构建全方位对外开放新格局"),
		node(doc.KindSubheadline, "沿线设站14座"),
		node(doc.KindDateline, "本报讯"),
		node(doc.KindByline, "■湖南日报全媒体记者 邓晶琎"),
		node(doc.KindParagraph, para),
		&doc.Node{Kind: doc.KindSection, Children: []*doc.Node{
			node(doc.KindHeading, "发挥各类改革试点作用"),
			node(doc.KindParagraph, "张庆伟指出，近年来全省上下牢记嘱托。"),
		}},
		&doc.Node{Kind: doc.KindSection, Children: []*doc.Node{
			node(doc.KindHeading, "●周边店家延长营业"),
			node(doc.KindParagraph, "商户表示，客流明显增加。"),
		}},
		node(doc.KindCaption, "扫码看视频"),
		node(doc.KindCaption, "△患者在自助机上取号。"),
		node(doc.KindNote, "人工智能正加速走进生产生活。"),
		node(doc.KindNote, "【编者按】本版推出专栏。"),
		node(doc.KindJump, "（下转第三版）"),
		node(doc.KindNoise, "2022年8月30日 星期二"),
	)
	out := write(t, d, bulletin.WithWidth(40))
	tests := []struct{ rule, want string }{
		{"kicker set apart", "张庆伟在推进大会上强调\n\n加快构建"},
		{"headline underlined to its display width", "加快构建全方位对外开放新格局\n" + strings.Repeat("=", 28) + "\n"},
		{"subheadline after ——", "\n\n——沿线设站14座\n"},
		{"dateline on its own line", "\n\n本报讯\n\n"},
		{"byline on its own line", "\n\n■湖南日报全媒体记者 邓晶琎\n\n"},
		{"paragraph indented with two U+3000", "\n\n\u3000\u30008月"},
		{"section heading marked", "\n\n◆发挥各类改革试点作用\n\n"},
		{"section heading keeps its own mark", "\n\n●周边店家延长营业\n\n"},
		{"caption marked", "\n\n▲扫码看视频\n"},
		{"caption keeps its own mark", "\n\n△患者在自助机上取号。\n"},
		{"a note after the text set as written", "\n\n人工智能正加速走进生产生活。\n"},
		{"note not marked twice", "\n\n【编者按】本版推出专栏。\n"},
		{"jump kept, flush right", strings.Repeat(" ", 26) + "（下转第三版）\n"},
	}
	for _, tt := range tests {
		if !strings.Contains(out, tt.want) {
			t.Errorf("%s: output lacks %q:\n%s", tt.rule, tt.want, out)
		}
	}
	if strings.Contains(out, "星期二") {
		t.Errorf("noise written:\n%s", out)
	}
	if !strings.HasSuffix(out, "\n") || strings.Contains(out, "\r") {
		t.Errorf("output must be LF-terminated lines")
	}
}

func TestJustifiedWidth(t *testing.T) {
	d := tree("zh-Hans", node(doc.KindParagraph, para+para))
	for _, w := range []int{40, 41, 72, 73} {
		out := write(t, d, bulletin.WithWidth(w))
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		for i, l := range lines {
			c := cols(l, true)
			if c > w {
				t.Errorf("width %d: line %d is %d columns: %q", w, i, c, l)
			}
			if i < len(lines)-1 && c < w-fillSlack("zh-Hans") {
				t.Errorf("width %d: line %d is %d columns, not filled: %q", w, i, c, l)
			}
		}
	}
}

func TestAmbiguousWidth(t *testing.T) {
	d := tree("zh-Hans", node(doc.KindParagraph, strings.Repeat("“一二三四五六七八九十”", 8)))
	wide := write(t, d, bulletin.WithWidth(40))
	narrow := write(t, d, bulletin.WithWidth(40), bulletin.WithAmbiguousNarrow(true))
	for _, l := range strings.Split(strings.TrimSpace(narrow), "\n") {
		if c := cols(l, false); c > 40 {
			t.Errorf("narrow: line %q is %d columns", l, c)
		}
	}
	for _, l := range strings.Split(strings.TrimSpace(wide), "\n") {
		if c := cols(l, true); c > 40 {
			t.Errorf("wide: line %q is %d columns", l, c)
		}
	}
	if wide == narrow {
		t.Error("WithAmbiguousNarrow changed nothing")
	}
}

func TestBrief(t *testing.T) {
	d := tree("zh-Hans",
		node(doc.KindKicker, "引题"),
		node(doc.KindHeadline, "主题"),
		node(doc.KindSubheadline, "副题"),
		node(doc.KindDateline, "本报讯"),
		node(doc.KindByline, "记者 张三"),
		&doc.Node{Kind: doc.KindSection, Children: []*doc.Node{
			node(doc.KindHeading, "小标题"),
			node(doc.KindParagraph, "第一段。"),
			node(doc.KindParagraph, "第二段。"),
		}},
	)
	d.Articles = append(d.Articles, tree("", node(doc.KindHeadline, "第二篇"), node(doc.KindParagraph, "正文。")).Articles...)
	out := write(t, d, bulletin.WithBrief(true))
	for _, want := range []string{"引题", "主题", "本报讯", "第一段。", "第二篇", "正文。"} {
		if !strings.Contains(out, want) {
			t.Errorf("brief lacks %q:\n%s", want, out)
		}
	}
	for _, not := range []string{"副题", "张三", "小标题", "第二段"} {
		if strings.Contains(out, not) {
			t.Errorf("brief has %q:\n%s", not, out)
		}
	}
}

func TestRuleBetweenArticles(t *testing.T) {
	d := tree("zh-Hans", node(doc.KindHeadline, "一"))
	d.Articles = append(d.Articles, tree("", node(doc.KindHeadline, "二")).Articles...)
	out := write(t, d, bulletin.WithWidth(20))
	if !strings.Contains(out, "\n\n"+strings.Repeat("-", 20)+"\n\n二\n") {
		t.Errorf("no rule between articles:\n%s", out)
	}
}

func TestLatinAndKorean(t *testing.T) {
	d := tree("en", node(doc.KindParagraph, "The council voted on Tuesday to extend the programme; critics said the cost was far too high for a town of thirty thousand people."))
	out := write(t, d, bulletin.WithWidth(30))
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if cols(l, false) > 30 {
			t.Errorf("line %q too wide", l)
		}
	}
	if !strings.HasPrefix(out, "  The council") {
		t.Errorf("Latin paragraph not indented with spaces: %q", out)
	}
	// Korean breaks between words, and between the syllables of the next
	// word where the word spaces would open more than three columns each
	// (layout's gridKoLoose): no character lost, no gap of five columns.
	text := "부산 해운대구 영화의전당에서 2일 저녁 제29회 부산국제영화제가 개막했다. 올해 영화제에는 63개국에서 초청된 224편의 작품이 상영된다."
	out = write(t, tree("ko", node(doc.KindParagraph, text)), bulletin.WithWidth(30))
	squeeze := strings.NewReplacer(" ", "", "\u3000", "", "\n", "")
	if squeeze.Replace(out) != squeeze.Replace(text) {
		t.Errorf("Korean text changed:\n%s", out)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.Contains(l, "     ") {
			t.Errorf("Korean line %q opens a gap of five columns", l)
		}
		if utf8.RuneCountInString(strings.TrimRight(l, ".")) == 1 {
			t.Errorf("a word's last syllable alone on a line: %q", l)
		}
	}
}

func TestOptions(t *testing.T) {
	d := tree("zh-Hans", node(doc.KindParagraph, strings.Repeat("一", 200)))
	for _, tt := range []struct {
		opt  bulletin.Option
		want int
	}{{bulletin.WithWidth(0), 72}, {bulletin.WithWidth(3), bulletin.MinWidth}, {bulletin.WithWidth(50), 50}} {
		out := write(t, d, tt.opt)
		first, _, _ := strings.Cut(out, "\n")
		if got := cols(first, true); got != tt.want {
			t.Errorf("first line %d columns, want %d", got, tt.want)
		}
	}
	if err := bulletin.New().Write(context.Background(), &bytes.Buffer{}, nil); err == nil {
		t.Error("nil document: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := bulletin.New().Write(ctx, &bytes.Buffer{}, d); err == nil {
		t.Error("cancelled context: no error")
	}
	if !utf8.ValidString(write(t, d)) {
		t.Error("output not UTF-8")
	}
}

func TestControlCharacters(t *testing.T) {
	out := write(t, tree("zh-Hans", node(doc.KindParagraph, "一二\t三\x1b[31m四\r\n五")))
	if strings.ContainsAny(out, "\t\r\x1b") || !strings.Contains(out, "[31m") {
		t.Errorf("control characters not replaced: %q", out)
	}
}

// TestParagraphIndent checks the body indent per language: two U+3000, the
// house style, in Chinese and Japanese alike (layout.ParagraphIndent).
func TestParagraphIndent(t *testing.T) {
	text := "本文は一字下げで始まる段落である。改行の位置は幅で決まる。"
	for _, tt := range []struct{ lang, want string }{{"zh-Hans", "\u3000\u3000本"}, {"ja", "\u3000\u3000本"}} {
		out := write(t, tree(tt.lang, node(doc.KindParagraph, text)), bulletin.WithWidth(40))
		if !strings.HasPrefix(out, tt.want) {
			t.Errorf("%s: paragraph starts %q, want %q", tt.lang, firstLine(out), tt.want)
		}
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// TestVerse: each line of a stanza starts a line at the margin, not
// indented, not spread to the width; a line wider than the width wraps
// two columns in (a hanging indent); stanzas stand a blank line apart,
// as blocks do, and control characters in a line are spaces as in any
// text.
func TestVerse(t *testing.T) {
	d := tree("zh-Hans",
		node(doc.KindParagraph, "又一年冬至。"),
		node(doc.KindVerse, "雪落下来的时候\n母亲把灯又拧亮了一点点\n锅里的\t汤圆"),
		node(doc.KindVerse, "父亲的酒盅空了两回"),
	)
	got := write(t, d, bulletin.WithWidth(16))
	want := "\u3000\u3000又一年冬至。\n\n" +
		"雪落下来的时候\n" +
		"母亲把灯又拧亮了\n" +
		"  一点点\n" +
		"锅里的 汤圆\n\n" +
		"父亲的酒盅空了\n" +
		"  两回\n" // (no lone character on a last line)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
