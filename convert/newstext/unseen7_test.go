package newstext

import (
	"github.com/paiban/paiban/convert/doc"
	"strings"
	"testing"
)

// Conventions found by a third round of blind pages (December 2026),
// each tested on original text of its own.

// TestAttributedHeadUnderCaption: a head that speaks for someone (居民：
// 停车位仍紧张) on the line right under a caption closed by its credit,
// with no blank line, is a head of its own, not the start of the next
// paragraph; a form's row (地点：市民中心) is no such head.
func TestAttributedHeadUnderCaption(t *testing.T) {
	page := "老旧小区加装电梯提速　今年完成三百部\n\n" +
		"本报讯（记者　陈　立）市住建局昨日通报，今年全市老旧小区已完成加装电梯三百部，比去年多出一倍，另有一百二十部正在施工，预计春节前全部投用。\n\n" +
		"住建局有关负责人介绍，加装电梯的审批时间已由过去的四个月压缩到一个月，财政补贴也从每部十五万元提高到二十万元。\n" +
		"西湖街道某小区新装的电梯昨日投入使用。（记者　陈　立摄）\n" +
		"居民：停车位仍紧张\n" +
		"不少居民表示，电梯装好以后出行方便了，但小区停车位紧张的问题仍未解决，希望下一步改造能一并考虑。\n\n" +
		"一位住在六楼的老人说，她盼电梯盼了十年，如今下楼买菜再也不用歇三次脚了。\n"
	d := mustRead(t, page)
	got := strings.Join(leafKinds(d), "\n")
	for _, want := range []string{
		"caption 西湖街道某小区新装的电梯昨日投入使用。（记者　陈　立摄）",
		"heading 居民：停车位仍紧张",
		"paragraph 不少居民表示，",
	} {
		if !strings.Contains(got, "\n"+want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	for in, want := range map[string]bool{
		"居民：停车位仍紧张":   true,
		"當局：周邊交通同步檢討": true,
		"地点：市民中心广场":   false,
		"联系人：王先生":     false,
		"记者：您怎么看？":    false,
	} {
		if got := attributedTitle(in); got != want {
			t.Errorf("attributedTitle(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestSourcedWebStamp: a web stamp after the name of the site that posted
// the story (8视界新闻　发布 / …, 澎湃新闻　发布时间：…) is the site's
// furniture, kept as a time stamp; a sentence with a time in it is not.
func TestSourcedWebStamp(t *testing.T) {
	for in, want := range map[string]string{
		"联合晚报网　发布 / 2025年6月9日 08:30":       noiseStamp,
		"澎湃新闻　发布时间：2025-06-09 08:30":       noiseStamp,
		"新闻客户端 更新 2025-06-09 08:30":        noiseStamp,
		"比赛于 2025-06-09 08:30":             "",
		"记者昨天说，发布 / 2025年6月9日 08:30 的消息有误": "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTitleGroupOverShortPage: on a short page with no blank line under
// its titles, the two title lines are not wrapped text whose width is the
// page's measure: they stay two title lines, the second is never a
// section head, and the text under them is the article's first paragraph.
func TestTitleGroupOverShortPage(t *testing.T) {
	for _, stamp := range []string{"", "岛城新闻　发布 / 2025年6月9日 08:30\n"} {
		page := "岛城夜市周末延长营业至凌晨两点\n" +
			"摊位数量增加三成\n" + stamp +
			"市商务局星期一（6月9日）宣布，从本周末起，全市五个夜市的营业时间将延长到凌晨两点，摊位数量也增加三成。\n\n" +
			"商务局说，延长营业是为了带动夜间消费，各夜市将同步加派保安和清洁人员。\n"
		d := mustRead(t, page)
		got := strings.Join(leafKinds(d), "\n")
		want := "kicker 岛城夜市周末延长营业至凌晨两点\nheadline 摊位数量增加三成\n"
		if stamp != "" {
			want += "noise " + strings.TrimSuffix(stamp, "\n") + "\n"
		}
		want += "paragraph 市商务局星期一"
		if !strings.HasPrefix(got, want) {
			t.Errorf("page:\n%s\ngot:\n%s\nwant prefix:\n%s", page, got, want)
		}
	}
}

// TestPaperReporterLine: 聯合報's credit line copied without the web
// page's time (經濟日報／記者X／台北即時報導) is the story's dateline, as
// it is with the time; a sentence with slashes is not.
func TestPaperReporterLine(t *testing.T) {
	for _, in := range []string{"經濟日報／記者林俊宏／台北即時報導", "2025-06-09 08:30 經濟日報／ 記者林俊宏／台北即時報導"} {
		d, rest, ok := parseDatelineLang(in, "zh-Hant")
		if !ok || rest != "" || d.org != "經濟日報" || strings.Join(d.names, ",") != "林俊宏" || d.place != "台北" {
			t.Errorf("%q: got %+v %q %v", in, d, rest, ok)
		}
	}
	if _, _, ok := parseDatelineLang("他說／記者問到時不願多談／台北報導", "zh-Hant"); ok {
		t.Error("a sentence with slashes read as a dateline")
	}
}

// TestCorrespondentDateline: a mainland paper's bracket naming itself and
// its correspondent (【环球时报驻法国特约记者 林风】) or a compiled report
// (【环球时报综合报道】) is the story's dateline; in round brackets the
// same words stay a byline.
func TestCorrespondentDateline(t *testing.T) {
	tests := []struct{ in, org, place, roles, names string }{
		{"【环球时报驻法国特约记者 林风】法国政府2日宣布。", "环球时报", "法国", "特约记者", "林风"},
		{"【环球时报记者 陈亮 赵敏】记者从商务部获悉。", "环球时报", "", "记者", "陈亮,赵敏"},
		{"【环球时报综合报道】据路透社2日报道。", "环球时报", "", "", ""},
		{"〔中国青年报驻日本记者 山田〕日本央行。", "中国青年报", "日本", "记者", "山田"},
	}
	for _, tt := range tests {
		d, rest, ok := parseDatelineLang(tt.in, "zh-Hans")
		if !ok || d.org != tt.org || d.place != tt.place || strings.Join(d.roles, ",") != tt.roles || strings.Join(d.names, ",") != tt.names || !strings.HasSuffix(rest, "。") {
			t.Errorf("parseDatelineLang(%q) = %+v %q %v", tt.in, d, rest, ok)
		}
	}
	for _, in := range []string{"（新华社记者 王磊）", "【本报记者 王磊】", "【记者手记】"} {
		if d, ok := correspondentDateline(strings.Trim(in, "（）【】")); ok && lenientBracket(in) {
			t.Errorf("%q read as a correspondent's dateline: %+v", in, d)
		}
	}
	wantBylineLines(t, map[string]string{"（新华社记者 王磊）": "org=新华社 roles=记者 names=王磊"})
	page := "法国农民再度上街抗议\n\n【环球时报驻法国特约记者 林风】法国多地农民2日驾驶拖拉机进入城市，抗议进口农产品冲击本地市场。\n\n抗议者在巴黎市郊的高速公路上设置路障，造成严重拥堵。\n\n专家：欧盟农业政策面临考验\n\n【环球时报综合报道】多位欧洲学者表示，欧盟共同农业政策亟须改革。\n"
	d := mustRead(t, page)
	if got := headlines(d); got != "法国农民再度上街抗议 / 专家：欧盟农业政策面临考验" {
		t.Errorf("articles: %s", got)
	}
	roundTrip(t, d)
}

// TestQuotedOriginalTitle: a translation's 题：… right after its dateline
// gives the foreign story's own title, a note, never joined to the text
// under it; 题： inside a paragraph is text.
func TestQuotedOriginalTitle(t *testing.T) {
	page := "日媒：日本企业加薪意愿增强\n\n【共同社东京12月2日电】题：多数企业计划明年继续加薪\n\n日本一项企业调查显示，超过六成受访企业计划明年继续提高员工工资，\n以应对人手短缺。\n"
	got := strings.Join(leafKinds(mustRead(t, page)), "\n")
	want := "headline 日媒：日本企业加薪意愿增强\ndateline 【共同社东京12月2日电】\nnote 题：多数企业计划明年继续加薪\nparagraph 日本一项企业调查显示"
	if !strings.HasPrefix(got, want) {
		t.Errorf("got:\n%s\nwant prefix:\n%s", got, want)
	}
	for in, want := range map[string]int{"题：多数企业计划明年继续加薪": len("题：多数企业计划明年继续加薪"), "题：这是一句话。后面还有": 0, "问题：谁来付钱": 0} {
		if got := quotedTitle(in); got != want {
			t.Errorf("quotedTitle(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestJapaneseSerialForms: a serial's instalment ends in （つづく）, an end
// mark kept as noise, and names its writers in （この連載は…が担当しま
// す）, its byline, never the next article's headline; 【解説】 alone over
// a paragraph is a head, not a dateline placed at 解説; and a wire's
// correspondent trailer （ソウル共同＝X） credits the agency too.
func TestJapaneseSerialForms(t *testing.T) {
	page := "〈港町の明日〉②\n漁業者の高齢化進む\n\n　県漁連によると、組合員の平均年齢は６８歳を超えた。後継者のいない漁家は全体の７割に上る。（つづく）\n\n（この連載は小林直樹、森田彩が担当します）\n\n物価高、家計を圧迫\n\n【大阪】近畿の消費者物価は前年比３％上昇した。\n\n【解説】\n　値上げの波は食料品から日用品に広がっている。（大阪共同＝高橋一郎）\n"
	d := mustRead(t, page)
	got := strings.Join(leafKinds(d), "\n")
	wantIn(t, got,
		"noise （つづく）",
		"byline （この連載は小林直樹、森田彩が担当します）",
	)
	if h := headlines(d); h != "漁業者の高齢化進む / 物価高、家計を圧迫" {
		t.Errorf("articles: %s", h)
	}
	if len(d.Articles) == 2 {
		var kinds []string
		doc.Walk(d.Articles[1], func(n *doc.Node) bool {
			if !n.Kind.IsContainer() {
				kinds = append(kinds, string(n.Kind)+" "+n.Text)
			}
			return true
		})
		if g := strings.Join(kinds, "\n"); !strings.Contains(g, "heading 【解説】") || strings.Count(g, "dateline") != 1 {
			t.Errorf("second article:\n%s", g)
		}
	}
	wantBylineLines(t, map[string]string{
		"（この企画は社会部・山本一郎が担当しました）": "org=社会部 roles= names=山本一郎",
		"（ソウル共同＝佐々木健）":           "org=共同 roles= names=佐々木健",
		"（米子＝山本花子）":              "org= roles= names=山本花子",
	})
	roundTrip(t, d)
}

// TestLenticularLabelKicker: a column's label in lenticular brackets alone
// on its line above the headline (【深读】) is the headline's kicker; over
// a paragraph, or running into its text, it stays a run-in head.
func TestLenticularLabelKicker(t *testing.T) {
	wantKinds(t, "【深读】\n\n县城咖啡店为何越开越多\n\n本报记者　李　想\n\n今年以来，不少县城街头新开了咖啡店。\n",
		"kicker 【深读】", "headline 县城咖啡店为何越开越多", "byline 本报记者　李　想", "paragraph 今年以来，不少县城街头新开了咖啡店。")
	got := strings.Join(leafKinds(mustRead(t, "今日要闻\n\n【新闻速递】\n\n今年以来，不少县城街头新开了咖啡店，带动了周边消费。\n\n【交通】地铁三号线今日起延长运营时间。\n")), "\n")
	for _, want := range []string{"heading 【新闻速递】", "heading 【交通】"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}

// TestTwoReporterDatelineAndMailedDesk: 〔記者A、B／台北報導〕 naming two
// reporters is a dateline as with one; a desk credit with the desk's
// e-mail address after it (本版责编：X　Y　邮箱：…) is a byline.
func TestTwoReporterDatelineAndMailedDesk(t *testing.T) {
	wantKinds(t, "高鐵票價凍漲一年\n\n〔記者林宜君、許志明／台北報導〕交通部今天宣布，高鐵票價明年維持不變。\n",
		"headline 高鐵票價凍漲一年", "dateline 〔記者林宜君、許志明／台北報導〕", "paragraph 交通部今天宣布，高鐵票價明年維持不變。")
	wantBylineLines(t, map[string]string{
		"本版责编：赵　敏　邮箱：bbzb@example.cn":       "org=本版 roles=责编 names=赵敏",
		"本版编辑：孙　浩　周　丽　电子邮箱：news@example.cn": "org=本版 roles=编辑 names=孙浩,周丽",
	})
	if k := mailField("读者来信请寄邮箱：a@b.cn，我们将择优刊登"); k != 0 {
		t.Errorf("mailField of a sentence = %d", k)
	}
}

// TestWebChrome: a news site's buttons and app calls copied with its story
// are noise; a head or a sentence that names a button is not.
func TestWebChrome(t *testing.T) {
	for in, want := range map[string]string{
		"分享到：微信 微博 QQ空间":       noiseChrome,
		"字號：大 中 小":             noiseChrome,
		"列印 | Facebook | LINE": noiseChrome,
		"打印本页":                 noiseChrome,
		"看新聞抽好禮　點我下載APP　按我看活動辦法": noiseChrome,
		"评论": "",
		"大":  "",
		"市民可在微信、微博上分享。":         "",
		"下载APP的用户已超过一千万，公司表示满意": "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	wantKinds(t, "港口吞吐量创新高\n\n分享到：微信 微博\n\n本报讯　今年前11个月，港口货物吞吐量同比增长一成。\n",
		"headline 港口吞吐量创新高", "noise 分享到：微信 微博", "dateline 本报讯", "paragraph 今年前11个月，港口货物吞吐量同比增长一成。")
}

// TestWebCopyPage: a story copied from a news site, one paragraph a line
// with its furniture around it: the breadcrumb, the stamp, the buttons,
// 【纠错】 before the editor's credit, a link list under 相关阅读：, and the
// copyright line. The paragraphs stay apart (titles and links are no
// evidence of wrapping), the links are noise, and the next story keeps its
// headline, with or without a breadcrumb above it.
func TestWebCopyPage(t *testing.T) {
	story := func(head, dl, editor string) string {
		return head + "\n2025-06-09 09:30:00　来源：示例网\n字号 大 中 小　打印本页　分享到：\n" +
			dl + "气象部门预计，本周全省将迎来大范围降雨，局地有暴雨。\n" +
			"防汛部门要求各地加强巡查，及时转移危险区域群众。\n" +
			"水利部门已提前腾空部分水库库容，做好迎汛准备。（完）\n" +
			"【纠错】　　【责任编辑:" + editor + "】\n"
	}
	page := "示例网 > 地方 > 正文\n" + story("全省迎来入汛以来最强降雨", "本报讯（记者 何平）", "周　洁") +
		"相关阅读：\n多地启动防汛四级应急响应\n气象台发布暴雨蓝色预警\n" +
		story("城区内涝点整治完成九成", "本报讯（记者 林海）", "陈　默") +
		"Copyright © 2000-2025 EXAMPLE.com　All Rights Reserved.\n"
	d := mustRead(t, page)
	if got := headlines(d); got != "全省迎来入汛以来最强降雨 / 城区内涝点整治完成九成" {
		t.Fatalf("articles: %s", got)
	}
	got := strings.Join(leafKinds(d), "\n")
	wantIn(t, got,
		"noise 示例网 > 地方 > 正文",
		"paragraph 防汛部门要求各地加强巡查，及时转移危险区域群众。",
		"noise 【纠错】　　【责任编辑:周　洁】\nnoise 相关阅读：\nnoise 多地启动防汛四级应急响应\nnoise 气象台发布暴雨蓝色预警",
	)
	var last []string
	doc.Walk(d.Articles[1], func(n *doc.Node) bool {
		if !n.Kind.IsContainer() {
			last = append(last, string(n.Kind)+" "+n.Text)
		}
		return true
	})
	if l := last[len(last)-1]; !strings.HasPrefix(l, "noise Copyright") {
		t.Errorf("last node %q", l)
	}
	roundTrip(t, d)
	for in, want := range map[string]bool{"首頁 › 國際 › 亞太": true, "新华网 > 时政 > 正文": true, "3 > 2，所以成立": false, "A > B": true} {
		if got := breadcrumb(in); got != want {
			t.Errorf("breadcrumb(%q) = %v", in, got)
		}
	}
}

// TestNarrowColumnHongKongPage: a Hong Kong page wrapped at a narrow
// column with 2em paragraph indents and no blank lines. A subheadline as
// wide as the column is not continued by the indented line under it; a
// one-line caption with its photo credit on the next line is one caption
// (記者　X攝 is no byline named X攝); a subheadline that speaks for
// someone (消防處：…) stays the headline's.
func TestNarrowColumnHongKongPage(t *testing.T) {
	page := "渡輪碼頭翻新工程完成\n" +
		"新增候船區座位　長者乘客受惠\n" +
		"　　【本報訊】中環渡輪碼頭為期兩年\n" +
		"的翻新工程昨日完成，候船區座位增加\n" +
		"一倍，並加設無障礙通道。\n" +
		"■市民在翻新後的候船區等候渡輪。\n" +
		"記者　梁志強攝\n" +
		"山火季節提早來臨\n" +
		"消防處：市民切勿野火煮食\n" +
		"　　【本報訊】本港連日天氣乾燥，消防\n" +
		"處昨日呼籲市民行山時切勿生火。\n"
	d := mustRead(t, page)
	if got := headlines(d); got != "渡輪碼頭翻新工程完成 / 山火季節提早來臨" {
		t.Fatalf("articles: %s", got)
	}
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"subheadline 新增候船區座位　長者乘客受惠\ndateline 【本報訊】\nparagraph 中環渡輪碼頭",
		"caption ■市民在翻新後的候船區等候渡輪。記者　梁志強攝",
		"subheadline 消防處：市民切勿野火煮食",
	)
	if c, ok := parseBylineLine("記者　梁志強攝"); ok {
		t.Errorf("記者　梁志強攝 read as a byline: %+v", c)
	}
}

// leafLines reads page and returns its leaves (pageLeafKinds), one a line.
func leafLines(t *testing.T, page string) string {
	t.Helper()
	return strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
}

// pageLeafKinds is leafKinds over every article of d.
func pageLeafKinds(d *doc.Document) []string {
	var out []string
	for _, a := range d.Articles {
		doc.Walk(a, func(n *doc.Node) bool {
			if !n.Kind.IsContainer() {
				out = append(out, string(n.Kind)+" "+n.Text)
			}
			return true
		})
	}
	return out
}

// TestCommentaryColumnAfterEditorial: a commentary column's label (人民时
// 评) after the last paragraph of the article above starts a new article
// as its kicker, and the padded author's name under the headline is its
// byline, not a head.
func TestCommentaryColumnAfterEditorial(t *testing.T) {
	page := "以实干托举发展\n\n本报评论员\n\n实干是最好的答卷。各地区要把各项部署落到实处，\n以钉钉子精神抓好落实。\n\n" +
		"人民时评\n\n让老旧小区住得更舒心\n周　航\n\n老旧小区改造，既要改硬件，也要改服务。一些\n小区加装电梯后，居民出行方便了许多。\n"
	d := mustRead(t, page)
	if got := headlines(d); got != "以实干托举发展 / 让老旧小区住得更舒心" {
		t.Fatalf("articles: %s", got)
	}
	got := strings.Join(pageLeafKinds(d), "\n")
	if want := "kicker 人民时评\nheadline 让老旧小区住得更舒心\nbyline 周　航\nparagraph 老旧小区改造"; !strings.Contains(got, want) {
		t.Errorf("no %q in:\n%s", want, got)
	}
}

// TestTheoryPageCredits: a theory page's author line 作者：X under the
// headline is a byline, not a subheadline that speaks for someone, and
// the page's desk line naming its chief editor, editor and designer is
// the page's furniture.
func TestTheoryPageCredits(t *testing.T) {
	wantKinds(t, "坚持以人民为中心的发展思想\n作者：林思远\n　　人民是历史的创造者，是决定党和国家前途命运的根本力量。\n",
		"headline 坚持以人民为中心的发展思想", "byline 作者：林思远", "paragraph 人民是历史的创造者，是决定党和国家前途命运的根本力量。")
	if got := noiseKind("本版主编：陈　立　责编：周　舟　制作：李明远"); got != noiseDesk {
		t.Errorf("desk line: %q", got)
	}
	for _, in := range []string{"作者为市委党校教授", "作者：陈思远：说明"} {
		if c, ok := authorLabel(in); ok {
			t.Errorf("authorLabel(%q) = %+v", in, c)
		}
	}
}

// TestKoreanWebChrome: a Korean news site's buttons, its tip line and a
// stamp whose word follows the time are the site's furniture.
func TestKoreanWebChrome(t *testing.T) {
	for in, want := range map[string]string{
		"공유 댓글 글자크기조정 인쇄":           noiseChrome,
		"제보는 카카오톡 okjebo":           noiseChrome,
		"2025/06/09 08:30 송고":       noiseStamp,
		"댓글을 남겨 주세요. 좋은 의견은 소개합니다.": "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestKoreanPrintTitlesOverNarrowColumns: a Korean print page's headline
// and subheadline run wider than the narrow column under them: they are
// two title lines, not a wrapped paragraph; a closing byline naming two
// reporters joined by a middle dot is a byline. (On a page of fewer than
// eight wrapped lines the title lines are the widest and set the measure:
// not solved.)
func TestKoreanPrintTitlesOverNarrowColumns(t *testing.T) {
	page := "지방 공항 국제선 회복세…이용객 코로나 이전 수준 넘어\n" +
		"저비용항공사 노선 확대 효과…\"지역 관광 활성화 기대\"\n\n" +
		"올해 지방 공항의 국제선 이용객이\n코로나19 이전 수준을 처음으로\n넘어선 것으로 나타났다.\n\n" +
		"한국공항공사는 2일 지방 공항\n국제선 이용객이 1~11월 누적\n기준으로 크게 늘었다고 밝혔다.\n\n" +
		"공사 관계자는 \"저비용항공사가\n동남아와 일본 노선을 잇달아\n새로 열면서 지역 주민의 해외\n여행 수요가 늘었다\"고 말했다.\n\n" +
		"김민수·박서연 기자 minsu@example.co.kr\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"headline 지방 공항 국제선 회복세…이용객 코로나 이전 수준 넘어\nsubheadline 저비용항공사 노선 확대 효과…\"지역 관광 활성화 기대\"\nparagraph 올해",
		"byline 김민수·박서연 기자 minsu@example.co.kr",
	)
	wantBylineLines(t, map[string]string{"김민수·박서연 기자 minsu@example.co.kr": "org= roles=기자 names=김민수,박서연"})
}

// TestBreadcrumbLeadsItsStory: a site's breadcrumb above a story's
// headline belongs to that story, not to the end of the one before.
func TestBreadcrumbLeadsItsStory(t *testing.T) {
	page := "示例网 > 时政 > 正文\n春运火车票今起开售\n本报讯　铁路部门今天起发售春运首日车票。\n旅客可通过官方渠道购票。\n" +
		"示例网 > 财经 > 正文\n央行下调存款准备金率\n本报讯　央行今天宣布下调金融机构存款准备金率。\n此次调整将释放长期资金。\n"
	d := mustRead(t, page)
	if len(d.Articles) != 2 {
		t.Fatalf("articles: %s", headlines(d))
	}
	for i, want := range []string{"示例网 > 时政 > 正文", "示例网 > 财经 > 正文"} {
		if k := d.Articles[i].Children; len(k) == 0 || k[0].Text != want {
			t.Errorf("article %d does not open with %q", i+1, want)
		}
	}
	roundTrip(t, d)
}

// wantIn checks that got, a page's leaves one a line, holds each of
// wants.
func wantIn(t *testing.T, got string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}

// TestRoundFiveForms: forms from a fifth round of blind pages. A
// Japanese page with one-U+3000 indents and no blank lines keeps its
// headline and subheadline over the indented dateline paragraph; a
// folio with a bare page number beside the date is furniture; a decimal
// broken at a wrap in Chinese text (2. / 3%) joins with no space; 作者：
// before a credit with its own role keeps that role; a Korean site's
// 많이 본 뉴스 heads a link list, whose last link over a byline is the
// next story's headline; a Japanese site's buttons are noise.
func TestRoundFiveForms(t *testing.T) {
	d := mustRead(t, "２０２５年（令和７年）３月５日　水曜日　　　９\n"+
		"欧州車大手、ＥＶ投資を見直し\n"+
		"需要鈍化で計画を縮小\n"+
		"　【ロンドン＝川口健】欧州の自動車大手が電気\n"+
		"自動車（ＥＶ）への投資計画を相次ぎ見直して\n"+
		"いる。需要の伸びが鈍っているためだ。\n")
	wantIn(t, strings.Join(leafKinds(d), "\n"),
		"headline 欧州車大手、ＥＶ投資を見直し\nsubheadline 需要鈍化で計画を縮小\ndateline 【ロンドン＝川口健】")
	if got := noiseKind("南洋商报　2025年3月5日　星期三　国内　12"); got != noiseFolio {
		t.Errorf("folio with a bare page number: %q", got)
	}
	wantKinds(t, "物价温和上涨\n\n统计局说，涨幅比上月的2.\n3%略低，物价总体平稳。\n",
		"headline 物价温和上涨", "paragraph 统计局说，涨幅比上月的2.3%略低，物价总体平稳。")
	wantBylineLines(t, map[string]string{"作者：本报记者　周　航": "org=本报 roles=记者 names=周航"})
	got := strings.Join(pageLeafKinds(mustRead(t, "많이 본 뉴스\n\n지하철 파업 사흘째…출근길 혼잡\n\n한파 속 난방비 부담 커져\n\n첫눈에 도로 곳곳 정체\n\n김지훈 기자\n입력 2025.03.05. 08:00\n\n서울과 경기 지역에 첫눈이 내리면서 출근길 정체가 빚어졌다.\n")), "\n")
	wantIn(t, got, "noise 많이 본 뉴스\nnoise 지하철 파업 사흘째…출근길 혼잡\nnoise 한파 속 난방비 부담 커져\nheadline 첫눈에 도로 곳곳 정체")
	if got := noiseKind("スクラップ"); got != noiseChrome {
		t.Errorf("スクラップ: %q", got)
	}
}

// TestJapaneseTableUnderHead: a Japanese print table set as text, its
// columns padded with U+3000 and its figures carrying units (１２３億円,
// ５％増), gives one paragraph a row; its note （注）… is the table's note (a
// paragraph before the rule of tablenote.go), complete, never a
// dateline placed at 注 nor joined to the next story's headline, which
// keeps its place over the indented dateline paragraph.
func TestJapaneseTableUnderHead(t *testing.T) {
	page := "自動車大手、増益相次ぐ\n" +
		"　【名古屋＝岡本】自動車大手３社の決算が５\n" +
		"日出そろった。円安と値上げが利益を押し上\n" +
		"げ、３社のうち２社が増益となった。\n" +
		"　各社は来期の見通しについて、為替の動き\n" +
		"を慎重に見極めるとしている。部品の調達費\n" +
		"は高止まりしており、先行きは楽観できない。\n" +
		"◇主要３社の決算\n" +
		"トヨタ　　　１２３億円　　５％増\n" +
		"ホンダ　　　　８７億円　１２％増\n" +
		"日産　　　　　４１億円　　３％減\n" +
		"（注）純利益と前年同期比\n" +
		"日経平均、反落\n" +
		"　【ニューヨーク＝森田】５日の東京株式市場で日経平\n" +
		"均株価は反落した。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got,
		"paragraph トヨタ　　　１２３億円　　５％増\nparagraph ホンダ",
		"paragraph 日産　　　　　４１億円　　３％減\nnote （注）純利益と前年同期比\nheadline 日経平均、反落", // (the table's note: tablenote.go)
		"headline 日経平均、反落\ndateline 【ニューヨーク＝森田】")
	for in, want := range map[string]int{"トヨタ　　　１２３億円　　５％増": 3, "2030年　新校区开放": 0} {
		if got := tableRow(in); got != want {
			t.Errorf("tableRow(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestHongKongTitlesByWidth: a Hong Kong main title over a subtitle of the
// same width, though with more runes (its digits are narrow), is headline
// and subheadline, not kicker and headline.
func TestHongKongTitlesByWidth(t *testing.T) {
	wantKinds(t, "沙田新公屋落成分批入伙\n首批住戶最快2026年入住\n\n【明報專訊】房屋署昨日表示，沙田新落成的公共屋邨將分批入伙。\n",
		"headline 沙田新公屋落成分批入伙", "subheadline 首批住戶最快2026年入住", "dateline 【明報專訊】")
}
