package newstext

import (
	"strings"
	"testing"
)

// TestZhBookNoticeBox: a 读书版's column of new-book notices, its name
// (新书架, 新书速递, 书讯) over notices each led by its book's 《书名》, is
// an article of its own, its name the headline (blind page
// cn-dushu-shuping: after a 书摘 closed by its source note, 新书架 and its
// notices were paragraphs of the excerpt). Over a title line the name
// stays that piece's kicker, and over text not led by 《》 it stays
// whatever it was.
func TestZhBookNoticeBox(t *testing.T) {
	const (
		excerpt = "书摘\n父亲和他撑了三十年的那条老渡船\n\n父亲撑船的那些年，青石河还没有桥。天不亮，他就把船从柳树下解开。\n\n" +
			"1987年大桥通车那天，父亲一个人在渡口坐了很久。后来他把船拖上岸，翻过来晒在院子里。\n\n"
		notices = "《海上丝路的瓷器》陈光明著，南湖出版社2026年9月出版，定价88元。本书以二十余艘沉船出水瓷器为线索，勾勒宋元时期海上贸易的图景。\n" +
			"《给孩子的节气诗》苏晓禾编著，江东少年儿童出版社2026年10月出版，定价39.8元。精选二十四节气古诗词百余首，配有手绘插图和注音。\n" +
			"《数据之眼》周启航著，华川科技出版社2026年11月出版，定价72元。作者结合十余年行业经验，讲述普通人如何读懂身边的统计数字。\n"
	)
	for _, tt := range []struct{ name, closing, sep string }{
		{"新书架", "（摘自《青石镇百年》，江东人民出版社2026年10月版）\n\n", "\n"},
		{"新书架", "（摘自《青石镇百年》）\n\n", "\n"},
		{"新书速递", "（摘自《青石镇百年》）\n\n", "\n\n"},
		{"新書架", "（本文摘自《青石镇百年》）\n\n", "\n"},
		{"书　讯", "（摘自《青石镇百年》）\n\n", "\n"},
	} {
		d := mustRead(t, excerpt+tt.closing+tt.name+tt.sep+notices)
		got := outline(d, false)
		if !strings.Contains(got, "article\n  headline "+tt.name+"\n  paragraph 《海上丝路的瓷器》") {
			t.Errorf("%s over its notices: not an article of its own\n%s", tt.name, got)
		}
		roundTrip(t, d)
	}
	// Over a title line the column's name is that piece's kicker.
	d := mustRead(t, "新书架\n\n一本写给小城的情书\n\n林远舟的新作《青石镇百年》近日由江东人民出版社出版。全书四十万字。\n\n作者用八年时间走访了一百多位老人。\n")
	if got := outline(d, false); !strings.Contains(got, "kicker 新书架\n  headline 一本写给小城的情书") {
		t.Errorf("新书架 over a title line: not its kicker\n%s", got)
	}
	// A head of a story that is no column's name, or the name over text
	// not led by a book's title, is left to the other rules.
	for _, s := range []string{
		"社区图书馆焕然一新\n\n街道投入二十万元改造社区图书馆，新添图书三千余册。\n\n新书架\n\n馆里新添了三排书架，摆满了今年出版的新书。\n",
		"社区图书馆焕然一新\n\n街道投入二十万元改造社区图书馆，新添图书三千余册。\n\n新增书架\n\n《数据之眼》等新书已经上架，居民可以免费借阅。\n",
	} {
		if got := outline(mustRead(t, s), false); strings.Count(got, "article") != 1 {
			t.Errorf("a story's head taken as a new-book column:\n%s", got)
		}
	}
	// A story's section head over prose paragraphs that open with a
	// book's title stays in its story (review 31b finding 2).
	story := "市图书馆推出寒假阅读季\n\n本报讯（记者 周文静）1月15日，市图书馆“寒假阅读季”活动正式启动，全馆新上架图书两千余册。\n\n" +
		"馆长李红介绍，今年新书以少儿读物和科普读物为主，兼顾本地作者的作品。\n\n新书推荐\n\n" +
		"《星空下的小镇》是本市作家林远舟今年出版的儿童小说，讲述了一个小镇男孩追逐天文梦想的故事。\n\n" +
		"《身边的科学》用一百个生活中的小实验，带领孩子们认识物理和化学。\n\n据了解，阅读季活动将持续到2月底。\n"
	if got := outline(mustRead(t, story), false); strings.Count(got, "article") != 1 || strings.Contains(got, "headline 新书推荐") {
		t.Errorf("a story's 新书推荐 head over prose taken as a new-book column:\n%s", got)
	}
	for s, want := range map[string]bool{
		"《数据之眼》周启航著，华川科技出版社2026年11月出版，定价72元。":     true,
		"《给孩子的节气诗》苏晓禾编著，江东少年儿童出版社2026年10月出版。":     true,
		"《海上丝路的瓷器》，南湖出版社2026年9月出版，定价88元。":         true,
		"《海上丝路的瓷器》（陈光明著，南湖出版社）":                   true,
		"《海上丝路的瓷器》定价88元，南湖出版社出版。":                 true,
		"《星空下的小镇》是本市作家林远舟今年出版的儿童小说，讲述了一个小镇男孩的故事。": false,
		"《身边的科学》用一百个生活中的小实验，带领孩子们认识物理和化学。":        false,
		"《数据之眼》等新书已经上架，居民可以免费借阅。":                 false,
	} {
		if got := zhBookNoticeLead(s); got != want {
			t.Errorf("zhBookNoticeLead(%q) = %v, want %v", s, got, want)
		}
	}
}
