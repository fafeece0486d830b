package newstext

import (
	"strings"
	"testing"
)

// Blind round 81 (cn-wanbao-yeguangbei-shiritan): a 新民晚报-style 夜光杯
// page, its paragraphs told by indent alone, each piece signed ◆ 作者名
// under its title.

// yeguangEssay is a 副刊 essay's text, two indented paragraphs with no
// blank line between them, the first wrapped.
const yeguangEssay = "　　我家住在梧桐里的时候，灶披间只有一只\n煤球炉。冬天天亮得晚，母亲五点多就起来生\n炉子。\n　　后来弄堂拆了，我们搬进新村，家里用上\n了煤气灶。\n"

// yeguangEssay2 is a second essay's text, set as yeguangEssay.
const yeguangEssay2 = "　　上海人把被子叫“被头”。冬天里难得出\n太阳，弄堂里家家户户都要抢着晒被头。\n　　收被头是我最喜欢的差事，抱着一大团棉\n被，是一股暖烘烘的太阳味。\n"

// yeguangPoem is a poem of three stanzas.
const yeguangPoem = "它站了四十年\n看过放学的孩子\n看过挑担的货郎\n\n冬夜里它亮得最早\n替晚归的人\n把回家的路\n\n后来弄堂没了\n它被移到了公园\n照着散步的人\n"

// TestDiamondMarkedAuthor: 新民晚报's 夜光杯 signs a piece ◆ 作者名 right
// under its title, as other 副刊 mark the author with ◎ or □: the line
// is the piece's byline (names only), over prose or a poem's stanzas.
// The guards of the ◎ rule hold for ◆, a mark that opens heads far more
// often: a ◆ line holding no name, a page whose heads open with ◆, a
// people story's subjects, a name under a paragraph or over a title line
// stay heads, and so does a Japanese or Korean page's ◆ line.
func TestDiamondMarkedAuthor(t *testing.T) {
	for _, tt := range []struct{ page, line, names string }{
		{"煤球炉上的铝饭盒\n◆ 沈一苇\n\n" + yeguangEssay, "◆ 沈一苇", "沈一苇"},
		{"煤球炉上的铝饭盒\n◆沈一苇\n\n" + yeguangEssay, "◆沈一苇", "沈一苇"},
		{"十日谈·弄堂里的冬天\n\n煤球炉上的铝饭盒\n◆ 欧阳文华\n\n" + yeguangEssay, "◆ 欧阳文华", "欧阳文华"},
		{"煤球炉上的铝饭盒\n\n" + yeguangEssay + "\n弄堂口的路灯\n◆ 苏小禾\n\n" + yeguangPoem, "◆ 苏小禾", "苏小禾"},
		{"冬至夜\n◆苏晚（江苏南通）\n\n" + yeguangEssay, "◆苏晚（江苏南通）", "苏晚"},
		// Look-alikes: no name; heads marked ◆ on the page; a people
		// story's subject named in the paragraph under it, or marked
		// names over body text; a name under a paragraph; a name over a
		// title line; a Japanese or Korean page's ◆ head.
		{"城市夜经济调查\n◆ 相关链接\n\n" + yeguangEssay, "◆ 相关链接", ""},
		{"京城夜市巡礼\n◆王府井\n\n" + yeguangEssay + "\n◆西单夜市人气旺\n\n　　西单的夜市同样热闹，游客络绎不绝。\n", "◆王府井", ""},
		{"坚守在岗位上的他们\n◆ 王建国\n\n　　凌晨四点，王建国已经在公交场站里检查车辆。\n", "◆ 王建国", ""},
		{"坚守在岗位上的他们\n\n◆王建国\n\n凌晨四点，他已经在公交场站里检查车辆。\n\n◆李秀英\n\n她是社区医院的护士。\n", "◆王建国", ""},
		{"冬至夜\n\n" + yeguangEssay + "\n◆ 苏晚\n\n　　又一年冬至，街上飘着汤圆的香气。\n", "◆ 苏晚", ""},
		{"老屋记事\n◆ 林清禾\n\n门前那棵枣树\n\n　　外婆家门前有一棵枣树，是外公年轻时种下的。\n", "◆ 林清禾", ""},
		{"湖畔の冬\n◆ 山田\n\n　湖のほとりを歩くと、水鳥の数が増えていくのが分かる。\n", "◆ 山田", ""},
		{"겨울 호숫가\n◆ 김하늘\n\n호숫가를 걸으면 물새가 날마다 늘어난다.\n", "◆ 김하늘", ""},
	} {
		d := mustRead(t, tt.page)
		n := nodeWithText(d, tt.line)
		var kind, names string
		if n != nil {
			kind, names = string(n.Kind), strings.Join(n.Names, ",")
		}
		want := tt.names != ""
		if (kind == "byline") != want || want && names != tt.names {
			t.Errorf("%s: got %s names %q, want byline %v names %q\n%s", tt.line, kind, names, want, tt.names, strings.Join(treeOf(d), "\n"))
		}
	}
}

// TestPieceTitleOverAuthor: on a 副刊 page that parts its paragraphs by
// indent alone, a title right over a marked author after the last
// paragraph of the piece above is the next piece's headline, however
// short (README: "the title over it is the piece's headline"), never a
// section head of the piece above. A title line over no author, over a
// marked line that is no author (no name, a name the paragraph speaks
// of), and a kicker or subheadline set with the headline over the
// author keep their reading.
func TestPieceTitleOverAuthor(t *testing.T) {
	first := "煤球炉上的铝饭盒\n◆ 沈一苇\n\n" + yeguangEssay + "\n"
	for _, tt := range []struct{ page, line, want string }{
		{first + "晒被头\n◆ 叶晓岚\n\n" + yeguangEssay2, "晒被头", "headline"},
		{first + "晒被头\n◎叶晓岚\n\n" + yeguangEssay2, "晒被头", "headline"},
		{first + "晒被头\n□ 叶晓岚\n\n" + yeguangEssay2, "晒被头", "headline"},
		{first + "弄堂里的晒被头\n◎叶晓岚\n\n" + yeguangEssay2, "弄堂里的晒被头", "headline"},
		{strings.Replace(first, "◆ ", "◎", 1) + "晒被头\n◎叶晓岚\n\n" + yeguangEssay2, "晒被头", "headline"},
		// Look-alikes.
		{first + "晒被头\n\n" + yeguangEssay2, "晒被头", "heading"},
		{first + "晒被头\n◆ 相关链接\n\n" + yeguangEssay2, "晒被头", ""},
		{first + "晒被头\n◎叶晓岚\n\n　　叶晓岚说，上海人把被子叫“被头”。\n", "晒被头", ""},
		{"十日谈·弄堂里的冬天\n\n煤球炉上的铝饭盒\n◆ 沈一苇\n\n" + yeguangEssay, "十日谈·弄堂里的冬天", "kicker"},
		{"十日谈·弄堂里的冬天\n\n煤球炉上的铝饭盒\n◆ 沈一苇\n\n" + yeguangEssay, "煤球炉上的铝饭盒", "headline"},
		{"煤球炉上的铝饭盒\n——记母亲的早晨\n◆ 沈一苇\n\n" + yeguangEssay, "记母亲的早晨", "subheadline"},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.line); tt.want != "" && got != tt.want || tt.want == "" && got == "headline" {
			t.Errorf("%s: got %q, want %q\n%s", tt.line, got, tt.want, strings.Join(treeOf(d), "\n"))
		}
	}
}

// TestTitleAfterPoem: a poem has no sections. A title line right under
// the last stanza of a poem that is all its piece's text (its title, or
// its author, over the first stanza), over prose, opens the next piece
// as its headline (a notice, “我家的年夜饭”征文启事). A 组诗's part over its
// own stanzas, a title under stanzas an essay quotes in its prose, and
// a title over no prose keep their reading.
func TestTitleAfterPoem(t *testing.T) {
	first := "煤球炉上的铝饭盒\n◆ 沈一苇\n\n" + yeguangEssay + "\n"
	notice := "“我家的年夜饭”征文启事\n\n　　又是一年岁末时。即日起，本报夜光杯副刊举\n办征文活动，欢迎读者朋友踊跃赐稿。\n"
	for _, tt := range []struct{ page, line, want string }{
		{first + "弄堂口的路灯\n◆ 苏小禾\n\n" + yeguangPoem + "\n" + notice, "“我家的年夜饭”征文启事", "headline"},
		{first + "弄堂口的路灯\n◎苏小禾\n\n" + yeguangPoem + "\n" + notice, "“我家的年夜饭”征文启事", "headline"},
		{first + "弄堂口的路灯\n\n" + yeguangPoem + "\n" + notice, "“我家的年夜饭”征文启事", "headline"},
		{first + "弄堂口的路灯\n◎苏小禾\n\n" + yeguangPoem + "\n冬日里的弄堂\n\n" + yeguangEssay2, "冬日里的弄堂", "headline"},
		// Look-alikes: a 组诗's next part over stanzas; stanzas quoted
		// in an essay's prose, a head after them; a title over nothing.
		{first + "乡村笔记（组诗）\n◎李青禾\n\n" + yeguangPoem + "\n谷雨\n\n雨落在新翻的泥土上\n父亲蹲在地头抽烟\n看秧苗一寸寸长高\n\n田埂上的风软了\n母亲把种子装进布袋\n一粒一粒数着日子\n", "谷雨", "heading"},
		{first + "弄堂口的路灯\n◎苏小禾\n\n" + yeguangEssay + "\n" + yeguangPoem + "\n冬日里的弄堂\n\n" + yeguangEssay2, "冬日里的弄堂", "heading"},
		{first + "弄堂口的路灯\n\n　　我在旧书里读到一首诗。\n\n" + yeguangPoem + "\n冬日里的弄堂\n\n" + yeguangEssay2, "冬日里的弄堂", "heading"},
		{first + "弄堂口的路灯\n◎苏小禾\n\n" + yeguangPoem + "\n冬日里的弄堂\n", "冬日里的弄堂", ""},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.line); tt.want != "" && got != tt.want || tt.want == "" && got == "headline" {
			t.Errorf("%s: got %q, want %q\n%s", tt.line, got, tt.want, strings.Join(treeOf(d), "\n"))
		}
	}
}

// TestSoleTitleUnderFolio: a title of three characters or fewer alone
// above the text is the headline (a column's name 潮騒抄, a document's
// 倡议书) also under the page's folio or edition date, furniture that
// opens most printed pages (blind page ja-choukan-koramu-chiiki-15: 湖光抄
// under ２０２６年（令和８年）１２月８日　火曜日). Look-alikes: such a line
// under a folio in mid-page, after a story's text; the shorter of two
// title lines under a folio; a short line under a folio over a list's
// entry or a title line, keep their reading.
func TestSoleTitleUnderFolio(t *testing.T) {
	column := "　師走の湖畔を歩くと、水鳥の数\nが日ごとに増えていくのが分かる。\n北の国から渡ってきたカモたちが、\n波間に浮かんで羽を休めている。\n"
	folio := "２０２６年（令和８年）１２月８日　火曜日\n"
	story := "彦根城の松に「雪つり」\n【彦根】彦根市の彦根城で７日、庭木を雪の重みから守る「雪つり」の作業があった。\n"
	for _, tt := range []struct{ page, line, want string }{
		{folio + "湖光抄\n" + column, "湖光抄", "headline"},
		{folio + "潮騒抄\n" + column, "潮騒抄", "headline"},
		{folio + "\n湖光抄\n\n" + column, "湖光抄", "headline"},
		{"近江湖北新聞　２０２６年（令和８年）１２月８日　火曜日　　地域の話題　２３\n湖光抄\n" + column, "湖光抄", "headline"},
		{"新沪晚报　2026年12月8日　星期二　第17版　夜光杯\n\n倡议书\n\n各位居民：小区供暖管道改造将于下周一开工，请大家提前做好准备。\n", "倡议书", "headline"},
		// Look-alikes.
		{story + "\n近江湖北新聞　２０２６年（令和８年）１２月８日　火曜日　　地域の話題　２３\n\n湖光抄\n\n" + column, "湖光抄", "heading"},
		{folio + "晒秋忙\n\n古村迎来晒秋旅游旺季\n\n本报讯　初冬时节，古村的晒架上摆满了辣椒。\n", "古村迎来晒秋旅游旺季", "headline"},
		{folio + "古村迎来晒秋旅游旺季\n\n晒秋忙\n\n本报讯　初冬时节，古村的晒架上摆满了辣椒。\n", "古村迎来晒秋旅游旺季", "headline"},
		{folio + "\n人事\n\n▽松江市（１日）総務課長（財政課長）石田誠\n", "人事", "headline"},
		{folio + "湖光抄\n師走の湖畔\n" + column, "湖光抄", ""},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.line); tt.want != "" && got != tt.want || tt.want == "" && got == "headline" {
			t.Errorf("%s: got %q, want %q\n%s", tt.line, got, tt.want, strings.Join(treeOf(d), "\n"))
		}
	}
}
