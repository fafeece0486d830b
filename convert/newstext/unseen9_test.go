package newstext

import (
	"strings"
	"testing"
)

// Forms from a ninth round of blind pages (December 2026), each tested
// on original text of its own.

// TestLetterSpacedTitle: a display headline that OCR read letter-spaced
// (a space after every character) reads as its characters and is the
// headline over the subheadline under it; a padded name, a line with a
// word of two characters or Latin letters keeps its spaces.
func TestLetterSpacedTitle(t *testing.T) {
	page := "滨 江 新 建 1 2 座 “ 城 市 书 房 ”\n\n" +
		"年底前全部开放，市民步行十分钟可达\n\n" +
		"本报讯（记者 周 敏）记者昨日从市文旅局获悉，今年滨江区将\n" +
		"新建12座“城市书房”，每座藏书不少于\n" +
		"三千册，全天候免费开放。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got, "headline 滨江新建12座“城市书房”", "subheadline 年底前全部开放，市民步行十分钟可达")
	for in, want := range map[string]string{
		"北 京 新 增 3 0 条 绿 道": "北京新增30条绿道",
		"王 芳":               "",
		"张 璐 李 明":           "",
		"市民 步 行 十 分 钟 可 达":  "",
		"A B C 新 闻 发 布":     "",
		"新  闻  发  布  会  场":  "",
		"１ ２ ３ ４ ５ ６":       "",
	} {
		text, ok := letterSpaced(in)
		if ok != (want != "") || ok && text != want {
			t.Errorf("letterSpaced(%q) = %q, %v; want %q", in, text, ok, want)
		}
	}
}

// TestRunningHeadFromFolio: a running head made of the folio's own words
// (晚报 · 城事) between the halves of a paragraph a page break split is
// page furniture, and the halves join; a line sharing only one word with
// the folio is no running head.
func TestRunningHeadFromFolio(t *testing.T) {
	page := "江城晚报 2025年3月6日 星期四 A03 城事\n\n" +
		"旧厂房变身创意园\n\n" +
		"本报讯 昨天，位于城东的老纺织厂改造完成，\n" +
		"三十多家设计工作室已经入驻。\n" +
		"园区负责人介绍，改造保留了原有的锯齿形\n" +
		"屋顶和红砖外墙，新增的展厅和咖啡馆\n\n" +
		"3\n\n" +
		"江城晚报 · 城事\n\n" +
		"将在下月对市民开放，周末还会举办\n" +
		"手作市集。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got,
		"paragraph 园区负责人介绍，改造保留了原有的锯齿形屋顶和红砖外墙，新增的展厅和咖啡馆将在下月对市民开放，周末还会举办手作市集。",
		"noise 江城晚报 · 城事")
	got2 := strings.Join(pageLeafKinds(mustRead(t, strings.Replace(page, "江城晚报 · 城事", "城事 · 观察", 1))), "\n")
	if strings.Contains(got2, "noise 城事 · 观察") {
		t.Errorf("a line with one word of the folio read as its running head:\n%s", got2)
	}
	if strings.Contains(got, "heading") {
		t.Errorf("running head read as a heading:\n%s", got)
	}
}

// TestSpacePaddedTable: a table set as text in web copy, its columns
// padded with runs of ASCII spaces, under its title 表2：… and over its
// source 数据来源：…, gives a caption, one paragraph a row with its spaces
// (the header row too), a note, and the paragraph after it on its own; a
// site's tip line is furniture.
func TestSpacePaddedTable(t *testing.T) {
	page := "前十个月各口岸客流持续回升，其中陆路口岸增幅最大。\n\n" +
		"表2：前十个月主要口岸出入境人次（单位：万人次）\n" +
		"口岸    今年    去年    增幅\n" +
		"罗湖    3120.5    2688.1    16.1%\n" +
		"福田    2876.4    2301.9    25.0%\n" +
		"深圳湾    1988.2    1710.6    16.2%\n" +
		"数据来源：市口岸办，本报整理\n\n" +
		"口岸办有关负责人表示，年底前还将新增一批自助通关设备\n\n" +
		"晚报新闻热线：0755-83518000\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got,
		"caption 表2：前十个月主要口岸出入境人次（单位：万人次）\n",
		"\nparagraph 口岸    今年    去年    增幅\n",
		"\nparagraph 罗湖    3120.5    2688.1    16.1%\n",
		"\nparagraph 深圳湾    1988.2    1710.6    16.2%\n",
		"\nnote 数据来源：市口岸办，本报整理\nparagraph 口岸办有关负责人表示，",
		"\nnoise 晚报新闻热线：0755-83518000")
	for in, want := range map[string]int{
		"口岸    今年    去年    增幅": 4,
		"口岸　　今年　　去年":           3,
		"新闻 发布    会议":          0, // a single space inside a column
		"口岸    今年，去年":          0,
		"城市更新三年行动计划    推进会议":   0, // a column longer than a header's
	} {
		if got := paddedRow(in); got != want {
			t.Errorf("paddedRow(%q) = %d, want %d", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"澎湃新闻报料：021-962866":    true,
		"报料热线：(020) 8888 6666": true,
		"报料：请联系本报记者":           false,
		"市民报料：家门口的路灯坏了":        false,
	} {
		if got := tipLine(in); got != want {
			t.Errorf("tipLine(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"表1：各区新建绿道情况": true,
		"表示：将继续推进":    false,
		"表3：见下。其余从略。": false,
	} {
		if got := tableTitle(in); got != want {
			t.Errorf("tableTitle(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTranslatedStoryForms: a translated story as 参考消息 sets it. The
// bracket naming the foreign paper, its date and 文章 is a dateline; the
// original's title 题：… is a note and the author's credit closing it
// (作者 X, its space kept) a byline; a second story's unindented title
// among indented paragraphs, over 参考消息网…报道 and a space, starts an
// article, the dateline split from its text; （编译/X） is a byline. The
// text's own attribution (据法新社巴黎12月2日报道，) is no dateline.
func TestTranslatedStoryForms(t *testing.T) {
	page := "日媒：日本高校推广“无纸化”考试\n" +
		"【日本《读卖新闻》网站12月1日文章】题：告别答题卡的一代（作者 佐藤美咲）\n" +
		"\u3000\u3000东京都内多所高中本学期起试行平板电脑答题，学生在屏幕上作答，教师在线批改。\n" +
		"\u3000\u3000校方认为，这可以节省纸张和阅卷时间，但也有家长担心学生用眼过度。\n\n" +
		"德国铁路明年起上调票价\n" +
		"参考消息网12月3日报道 据德新社柏林12月1日报道，德国铁路公司宣布，明年起长途列车票价平均上调百分之五。\n" +
		"\u3000\u3000报道称，公司同时将扩大优惠票的发售范围。\n" +
		"\u3000\u3000（编译/林芳）\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"\ndateline 【日本《读卖新闻》网站12月1日文章】\nnote 题：告别答题卡的一代\nbyline （作者 佐藤美咲）\nparagraph 东京都内",
		"\ndateline 参考消息网12月3日报道\nparagraph 据德新社柏林12月1日报道，",
		"\nbyline （编译/林芳）")
	if len(d.Articles) != 2 || len(d.Articles[1].Children) == 0 || d.Articles[1].Children[0].Text != "德国铁路明年起上调票价" {
		t.Errorf("want two articles, the second under its headline:\n%s", got)
	}
	for in, want := range map[string]string{
		"韩国《中央日报》网站11月28日文章": "11月28日",
		"美国《纽约时报》12月1日报道":    "12月1日",
		"中央日报11月28日文章":       "", // no 《》 or 网站: no source named
		"韩国《中央日报》网站文章":       "",
	} {
		d, ok := foreignReportDateline(in)
		if ok != (want != "") || d.date != want {
			t.Errorf("foreignReportDateline(%q) = %+v, %v; want date %q", in, d, ok, want)
		}
	}
	for in, want := range map[string]bool{
		"参考消息网12月4日报道 据法新社巴黎12月2日报道，": true,
		"参考消息网12月4日报道":                true,
		"据法新社巴黎12月2日报道 法国文化部":         false,
		"法新社巴黎12月2日报道，法国文化部":          false,
	} {
		if _, _, ok := parseDateline(in); ok != want {
			t.Errorf("parseDateline(%q) ok = %v, want %v", in, ok, want)
		}
	}
}
