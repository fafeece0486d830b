package newstext

import (
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// stanzaPoem holds five stanzas of a 副刊 poem (blind page
// cn-wanbao-fukan-20 has the first two).
var stanzaPoem = []string{
	"雪落下来的时候\n母亲把灯又拧亮了一点\n锅里的汤圆翻着身\n像一群不肯睡的孩子",
	"父亲的酒盅空了两回\n窗外的河结了薄冰\n我们说起远方的哥哥\n谁也没有先停下筷子",
	"夜深了雪还在下\n门前的路白成一片\n明天一早我去扫雪\n给回家的人留一条路",
	"远处有人放起烟花\n一朵一朵开在天上\n照亮了回家的路",
	"我站在门口张望\n看见哥哥的身影\n从雪里慢慢走来",
}

// wrapAt hard-wraps s every n characters, as a page set at a measure.
func wrapAt(s string, n int) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i += n {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(string(rs[i:min(i+n, len(rs))]))
	}
	return b.String()
}

// TestStanzaMeasure: a poem of three or more stanzas has enough short
// lines to set the page's measure by itself, which made its longer lines
// full and joined each stanza into one unit (kickers of the next title).
// A poem's stanza lines set no measure: every stanza is a verse node
// whatever the number of stanzas, with a folio over it, prose around it,
// or prose hard-wrapped at a measure on the same page (whose wrapped
// paragraphs stay joined).
func TestStanzaMeasure(t *testing.T) {
	head := "冬至夜\n□苏晚（江苏南通）\n\n"
	call := "\n\n征稿启事\n\n　　本报“江花”副刊即日起征集以“家的味道”为主题的散文、诗歌作品。\n\n江城晚报副刊部\n"
	folio := "江城晚报　2026年12月6日　星期日　A11　江花副刊\n\n"
	prose := "外婆家的灶屋角落里，摆着一只黑釉腌菜坛。每年立冬前后，外婆总要挑一个晴天，把洗净晾干的雪里蕻一层层码进坛里，撒一层盐，压一块青石。坛口封上黄泥，搁在灶台背后最暖和的地方。到了腊月，揭开坛盖，酸香扑鼻，那是整个冬天最盼望的味道。"
	essay := "乡味\n◎林清禾\n\n" + wrapAt(prose, 20) + "\n\n" + wrapAt(prose[60:], 20) + "\n"
	poem := func(n int) string { return strings.Join(stanzaPoem[:n], "\n\n") }
	for _, tt := range []struct {
		name, page string
		n          int  // the stanzas
		section    bool // the second piece is read as a section of the first (no round trip: a marked byline under a "##" heading reads back as a paragraph, a matter of its own)
	}{
		{"two stanzas", head + poem(2) + call, 2, false},
		{"three stanzas", head + poem(3) + call, 3, false},
		{"three stanzas under a folio", folio + head + poem(3) + call, 3, false},
		{"five stanzas", head + poem(5) + call, 5, false},
		{"five stanzas under a folio", folio + head + poem(5) + call, 5, false},
		{"three stanzas over prose", head + poem(3) + "\n\n" + fukanEssay, 3, false},
		{"three stanzas under prose wrapped at 20", essay + "\n" + head + poem(3) + call, 3, true},
		{"three stanzas over prose wrapped at 20", head + poem(3) + "\n\n" + essay, 3, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.page)
			var got []string
			var walk func(ns []*doc.Node)
			walk = func(ns []*doc.Node) {
				for _, c := range ns {
					switch c.Kind {
					case doc.KindVerse:
						got = append(got, c.Text)
					case doc.KindKicker:
						t.Errorf("kicker %q", c.Text)
					case doc.KindParagraph:
						if strings.HasPrefix(c.Text, "每年立冬前后") && !strings.HasSuffix(c.Text, "最盼望的味道。") {
							t.Errorf("a wrapped paragraph cut: %q", c.Text)
						}
					}
					walk(c.Children)
				}
			}
			for _, a := range d.Articles {
				walk(a.Children)
			}
			if !slices.Equal(got, stanzaPoem[:tt.n]) {
				t.Errorf("stanzas %q, want %q\n%s", got, stanzaPoem[:tt.n], strings.Join(treeOf(d), "\n"))
			}
			if !tt.section {
				roundTrip(t, d)
			}
		})
	}
}

// TestStanzaLines: which lines stanzaLines sets aside from the measure:
// those of two or more blocks in a row of three or more lines of
// ideographs alone. A wrapped paragraph (punctuated), a table's rows
// (digits, padding), a title group (one block), blocks of two lines and
// stanza blocks parted by prose are none.
func TestStanzaLines(t *testing.T) {
	prose := "外婆家的灶屋角落里，摆着一只黑\n釉腌菜坛。每年立冬前后，外婆总\n要挑一个晴天，把洗净晾干的雪里\n蕻一层层码进坛里。"
	for _, tt := range []struct {
		name, page string
		want       int // lines marked
	}{
		{"two stanzas", stanzaPoem[0] + "\n\n" + stanzaPoem[1], 8},
		{"three stanzas, two blank lines apart", stanzaPoem[0] + "\n\n\n" + stanzaPoem[1] + "\n\n" + stanzaPoem[3], 11},
		{"title and byline over three stanzas", "冬至夜\n□苏晚（江苏南通）\n\n" + strings.Join(stanzaPoem[:3], "\n\n"), 12},
		{"one stanza", stanzaPoem[0] + "\n\n" + prose, 0},
		{"stanzas parted by prose", stanzaPoem[0] + "\n\n" + prose + "\n\n" + stanzaPoem[1], 0},
		{"a wrapped paragraph", prose + "\n\n" + prose, 0},
		{"a title group over the text", "市民文化节开幕\n百场活动惠及全城\n老城区新添十个演出点\n\n　　市民文化节昨天开幕，活动将持续一个月。", 0},
		{"blocks of two lines", "京城夜市巡礼\n百场活动惠及全城\n\n王府井夜市\n人气回升", 0},
		{"a table's rows", "姓名　年龄　城市\n张伟　３５　北京\n李娜　２８　上海\n\n项目　金额\n餐饮　１２０\n交通　４５", 0},
		{"a teaser box of punctuated titles", "本期导读\n冬至：一碗汤圆的温度\n老城区新添十个演出点\n\n第3版\n市民文化节开幕\n百场活动惠及全城", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ls []srcLine
			for i, s := range strings.Split(tt.page, "\n") {
				ls = append(ls, srcLine{text: s, no: i + 1})
			}
			n := 0
			for _, m := range stanzaLines(ls) {
				if m {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%d lines marked, want %d", n, tt.want)
			}
		})
	}
}
