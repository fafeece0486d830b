package newstext

import (
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// fukanEssay is the text of a 副刊 essay, two finished paragraphs.
const fukanEssay = "　　外婆家的灶屋角落里，摆着一只黑釉腌菜坛。\n\n　　如今我也学着腌菜，总不是外婆的味道。\n"

// TestMarkedAuthorUnderTitle: a 副刊 sets its author right under the
// piece's title after a marker, with no role: ◎林清禾, □苏晚（江苏南通）
// (blind page cn-wanbao-fukan-20). The line is the byline (names only)
// and the title over it the headline. A marker line that holds no name,
// a page whose heads open with the same marker (a people story's names
// over its body text among them, or a name the paragraph under it speaks
// of), and a name with a bracket of no Han words stay as they were (heads).
func TestMarkedAuthorUnderTitle(t *testing.T) {
	for _, tt := range []struct{ page, line, names string }{
		{"外婆的腌菜坛\n◎林清禾\n\n" + fukanEssay, "◎林清禾", "林清禾"},
		{"江花·散文\n外婆的腌菜坛\n◎林清禾\n\n" + fukanEssay, "◎林清禾", "林清禾"},
		{"冬至夜\n□苏晚（江苏南通）\n\n" + fukanEssay, "□苏晚（江苏南通）", "苏晚"},
		{"老街的年味\n\n■欧阳文华\n\n" + fukanEssay, "■欧阳文华", "欧阳文华"},
		{"老街的年味\n●张华(南京)\n\n" + fukanEssay, "●张华(南京)", "张华"},
		// Look-alikes: no name, or heads marked alike on the page, or a
		// bracket of no Han words, or a name under a paragraph.
		{"城市夜经济调查\n◎相关链接\n\n" + fukanEssay, "◎相关链接", ""},
		{"京城夜市巡礼\n◎王府井\n\n" + fukanEssay + "\n◎西单夜市人气旺\n\n　　西单的夜市同样热闹，游客络绎不绝。\n", "◎王府井", ""},
		{"冬至夜\n□苏晚（2026）\n\n" + fukanEssay, "□苏晚（2026）", ""},
		{"冬至夜\n\n" + fukanEssay + "\n□苏晚\n\n　　又一年冬至，街上飘着汤圆的香气。\n", "□苏晚", ""},
		// A people story's subjects, marked alike, the first under the
		// title (review 26b), or one named again in the paragraph under it.
		{"坚守在岗位上的他们\n\n◎王建国\n\n凌晨四点，王建国已经在公交场站里检查车辆。\n\n◎李秀英\n\n李秀英是社区医院的护士。\n\n◎张伟\n\n张伟在环卫所工作。\n", "◎王建国", ""},
		{"坚守在岗位上的他们\n◎王建国\n\n　　凌晨四点，王建国已经在公交场站里检查车辆。\n", "◎王建国", ""},
		// A title-like line run on under an indented paragraph in one
		// block is no piece's title (FuzzNormalized: written back with
		// blank lines, the marked name under it was read otherwise).
		{"　　高地\n责任编辑 王小丽第3版高地\n●高地", "●高地", ""},
		{"　　街上飘着汤圆的香气。\n冬至夜\n□苏晚（江苏南通）\n\n" + fukanEssay, "□苏晚（江苏南通）", ""},
		// A piece opens with prose or a stanza under its author's name;
		// over a title line (a dedication ——写在母亲节, a first 小标题, a
		// 组诗's poem title, review 29a) the name is left a head, since the
		// grammar weighs that title only later and may make it a headline
		// the written text marks "# " (FuzzNormalized): chosen for a
		// reading the written text gives back.
		{"高地\n●高地\n\n——张庆伟\n\n——", "●高地", ""},
		{"外婆的腌菜坛\n◎林清禾\n\n——记我的外婆\n\n" + fukanEssay, "◎林清禾", ""},
		{"灯下的母亲\n◎周晓岚\n\n——写在母亲节\n\n　　小时候家里穷，一盏煤油灯要照亮一家人的夜晚。\n", "◎周晓岚", ""},
		{"老屋记事\n◎林清禾\n\n门前那棵枣树\n\n　　外婆家门前有一棵枣树，是外公年轻时种下的。\n", "◎林清禾", ""},
		{"乡村笔记（组诗）\n◎李青禾\n\n春分\n\n田埂上的风软了\n母亲把种子装进布袋\n一粒一粒数着日子\n\n谷雨\n\n雨落在新翻的泥土上\n父亲蹲在地头抽烟\n看秧苗一寸寸长高\n", "◎李青禾", ""},
		{"故乡的月亮\n◎陈远山\n\n故乡的月亮挂在老槐树上\n\n照着母亲晾晒的棉被\n\n照着父亲回家的小路\n", "◎陈远山", ""},
		// Title lines alone under the name up to the next headline are no
		// piece (FuzzNormalized: read back otherwise once written).
		{"高地\n●高地\n张庆伟\n\n——高地高地高地高地高地高地\n# 高地", "●高地", ""},
		{"高地\n●高地\n### 高地高地\n# 高地", "●高地", ""},
		{"高地\n●高地\n\u3000\u3000\\\nBy John Smith", "●高地", ""},
		{"高地\n●高地\n\n——\n高地", "●高地", ""},
		{"高地\n●张庆伟\n\n——高地\n高地\n# 高地", "●张庆伟", ""},
		{"高地\n●高地\n\n——张庆伟\n\n——高地高地高地\n\n——高地高地", "●高地", ""},
		{"高地\n●高地\n\n——张庆伟\nBy John Smith", "●高地", ""},
	} {
		d := mustRead(t, tt.page)
		var kind, names, head string
		for _, a := range d.Articles {
			for _, n := range a.Children {
				if n.Text == tt.line {
					kind, names = string(n.Kind), strings.Join(n.Names, ",")
				}
				if n.Kind == "headline" && head == "" {
					head = n.Text
				}
			}
		}
		want := tt.names != ""
		if (kind == "byline") != want || want && names != tt.names {
			t.Errorf("%s: got %s names %q, want byline %v names %q\n%s", tt.line, kind, names, want, tt.names, strings.Join(treeOf(d), "\n"))
		}
		if want && head == "" {
			t.Errorf("%s: the title over it is no headline\n%s", tt.line, strings.Join(treeOf(d), "\n"))
		}
		roundTrip(t, d)
	}
}

// TestEssayNotes: a 副刊 piece's writing date and place in brackets,
// （二〇二六年十一月于江城）, and its note on the author, 作者简介：…, are
// notes of the piece (blind page cn-wanbao-fukan-20); a bracketed date
// alone, a sentence with the words and a bracket saying more are not.
func TestEssayNotes(t *testing.T) {
	for s, want := range map[string]bool{
		"（二〇二六年十一月于江城）":      true,
		"（2026年11月20日写于北京）":  true,
		"（2026年冬于江城寓所）":      true,
		"(二〇二五年十月改定于杭州)":     true,
		"（二〇二六年十一月）":         false,
		"（2026年11月于北京举行）":    false,
		"（2026年11月于北京，时年八十）": false,
		"二〇二六年十一月于江城":        false,
	} {
		if got := writingDateNote(s); got != want {
			t.Errorf("writingDateNote(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"作者简介：林清禾，江城市作家协会会员，著有散文集《灯下》。": true,
		"作者簡介：陳美玲，台北人。":                 true,
		"【作者简介】苏晚，江苏南通人，诗人。":            true,
		"作者简介显示，他曾在当地工作多年。":             false,
		"作者简介：":     false,
		"作者为市委党校教授": false,
	} {
		if got := authorBioNote(s); got != want {
			t.Errorf("authorBioNote(%q) = %v, want %v", s, got, want)
		}
	}
	page := "外婆的腌菜坛\n◎林清禾\n\n" + fukanEssay + "\n（二〇二六年十一月于江城）\n\n作者简介：林清禾，江城市作家协会会员，著有散文集《灯下》。\n\n冬至夜\n□苏晚（江苏南通）\n\n　　又一年冬至，街上飘着汤圆的香气。\n"
	d := mustRead(t, page)
	got := strings.Join(treeOf(d), "\n")
	for _, w := range []string{"  note （二〇二六年十一月于江城）", "  note 作者简介：", "  headline 冬至夜"} {
		if !strings.Contains(got, w) {
			t.Errorf("want %q in\n%s", w, got)
		}
	}
	if len(d.Articles) != 2 {
		t.Errorf("want two articles, the essay and the next piece:\n%s", got)
	}
	roundTrip(t, d)
}

// TestVerseStanzas: a poem's stanzas, blocks of short unpunctuated lines,
// are its text, a verse node a stanza holding its lines as set, and never
// kickers of the title under them across a blank line (blind page
// cn-wanbao-fukan-20); written out and read back, they are the same
// stanzas. A title group of three lines, one block over the text, and two
// short blocks of two lines keep their titles.
func TestVerseStanzas(t *testing.T) {
	stanzas := []string{
		"雪落下来的时候\n母亲把灯又拧亮了一点\n锅里的汤圆翻着身\n像一群不肯睡的孩子",
		"父亲的酒盅空了两回\n窗外的河结了薄冰\n我们说起远方的哥哥\n谁也没有先停下筷子",
		"窗外的雪还在落\n像谁没说完的话\n轻轻落在屋檐上",
	}
	for _, tt := range []struct {
		name, page string
		want       []string // the poem's stanzas
		line       []int    // their first lines
	}{
		{"two stanzas over the next title", "冬至夜\n□苏晚（江苏南通）\n\n" + stanzas[0] + "\n\n" + stanzas[1] + "\n\n征稿启事\n\n　　本报副刊即日起征集散文、诗歌作品。\n",
			stanzas[:2], []int{4, 9}},
		{"stanzas of three lines over prose", "冬至夜\n□苏晚（江苏南通）\n\n" + stanzas[2] + "\n\n" + stanzas[2] + "\n\n" + fukanEssay,
			[]string{stanzas[2], stanzas[2]}, []int{4, 8}},
		// A stanza's line may hold no word (……, a year), so long as its
		// block holds one (review 29a).
		{"a wordless line closing a stanza", "冬至夜\n□苏晚（江苏南通）\n\n雪落下来的时候\n母亲把灯又拧亮了一点\n锅里的汤圆翻着身\n……\n\n" + stanzas[1] + "\n\n征稿启事\n\n　　本报副刊即日起征集散文、诗歌作品。\n",
			[]string{"雪落下来的时候\n母亲把灯又拧亮了一点\n锅里的汤圆翻着身\n……", stanzas[1]}, []int{4, 9}},
		{"a year opening each stanza", "老照片\n□苏晚（江苏南通）\n\n1978\n父亲站在码头上\n风吹起他的白衬衫\n身后是一条旧船\n\n2008\n我站在同一个码头\n船已经不见了\n风还在吹\n\n征稿启事\n\n　　本报副刊即日起征集散文、诗歌作品。\n",
			[]string{"1978\n父亲站在码头上\n风吹起他的白衬衫\n身后是一条旧船", "2008\n我站在同一个码头\n船已经不见了\n风还在吹"}, []int{4, 9}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.page)
			kids := d.Articles[0].Children
			var got []string
			var lines []int
			for _, c := range kids {
				switch c.Kind {
				case doc.KindVerse:
					got, lines = append(got, c.Text), append(lines, c.Line)
				case doc.KindParagraph, doc.KindKicker, doc.KindHeading:
					for _, st := range tt.want {
						if strings.Contains(c.Text, strings.Split(st, "\n")[0]) {
							t.Errorf("%s %q: a stanza's line outside its stanza", c.Kind, c.Text)
						}
					}
				}
			}
			if !slices.Equal(got, tt.want) || !slices.Equal(lines, tt.line) {
				t.Errorf("stanzas %q at lines %v, want %q at %v", got, lines, tt.want, tt.line)
			}
			if len(d.Articles) > 1 && d.Articles[1].Children[0].Text != "征稿启事" {
				t.Errorf("the next title lost: %s", strings.Join(treeOf(d), "\n"))
			}
			roundTrip(t, d)
		})
	}
	// Look-alikes: a title group of three lines over the text.
	wantKinds(t, "市民文化节开幕\n百场活动惠及全城\n老城区新添十个演出点\n\n　　市民文化节昨天开幕，活动将持续一个月。\n",
		"kicker 市民文化节开幕", "headline 百场活动惠及全城", "subheadline 老城区新添十个演出点")
	// One block of short lines, or two blocks of two lines, is no poem:
	// its lines keep a title's reading.
	for _, page := range []string{
		"雪落下来的时候\n母亲把灯又拧亮了一点\n锅里的汤圆翻着身\n\n　　市民文化节昨天开幕，活动将持续一个月。\n",
		"京城夜市巡礼\n百场活动惠及全城\n\n王府井夜市\n人气回升\n\n　　市民文化节昨天开幕，活动将持续一个月。\n",
	} {
		d := mustRead(t, page)
		if !strings.Contains(strings.Join(treeOf(d), "\n"), "headline") {
			t.Errorf("title lines lost their titles:\n%s", strings.Join(treeOf(d), "\n"))
		}
	}
	// Blocks of lines with no word at all (rules, bare marks) are no
	// stanzas (FuzzNormalized: a line ## read as verse was written back
	// joined).
	d := mustRead(t, "高地高地高地\n【中央社台北10日電】高地\n\n\n——\n## \n## \n\n——festival\n## \n## ")
	for _, c := range d.Articles[0].Children {
		if c.Kind == doc.KindVerse {
			t.Errorf("verse %q made of lines with no word", c.Text)
		}
	}
}

// TestCopyRowInBox: a call for contributions with its address set among
// an information box's rows (投稿邮箱：… over 截稿日期：…) is the box's row,
// a paragraph, and the desk's name under the last row signs the notice
// (byline org); alone at the page's foot the call stays furniture
// (TestCopyCall), and so does it under a paragraph.
func TestCopyRowInBox(t *testing.T) {
	page := "征稿启事\n\n　　本报副刊即日起征集散文、诗歌作品，一经刊用即付稿酬。\n\n投稿邮箱：jianghua@jcwb.example.cn\n截稿日期：2027年1月31日\n\n江城晚报副刊部\n\n本版编辑：王　蕾　美术编辑：陈　思\n"
	wantKinds(t, page, "headline 征稿启事", "paragraph 本报副刊即日起征集散文、诗歌作品，一经刊用即付稿酬。",
		"paragraph 投稿邮箱：jianghua@jcwb.example.cn", "paragraph 截稿日期：2027年1月31日", "byline 江城晚报副刊部")
	wantKinds(t, "征稿启事\n\n　　本报副刊即日起征集散文、诗歌作品，一经刊用即付稿酬。\n\n投稿邮箱：jianghua@jcwb.example.cn\n",
		"headline 征稿启事", "paragraph 本报副刊即日起征集散文、诗歌作品，一经刊用即付稿酬。", "noise 投稿邮箱：jianghua@jcwb.example.cn")
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"投稿邮箱：a@b.cn", "截稿日期：2027年1月31日", true},
		{"截稿日期：2027年1月31日", "投稿邮箱：a@b.cn", true},
		{"投稿邮箱：a@b.cn", "欢迎广大读者踊跃投稿。", false},
	} {
		us := []unit{{text: tt.a, line: 1, lastLine: 1, kind: kindOf(tt.a), noise: noiseKind(tt.a)}, {text: tt.b, line: 2, lastLine: 2, kind: kindOf(tt.b), noise: noiseKind(tt.b)}}
		b := &builder{units: us}
		b.keepCopyRows()
		got := us[0].kind == uText && us[1].kind == uText
		if got != tt.want {
			t.Errorf("%s / %s: both text %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
