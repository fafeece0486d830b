package newstext

import (
	"strings"
	"testing"
)

// TestBlind34BarredCredit: a mainland site's credit with a bar between
// the role and the name, 界面新闻记者 | 宋佳禾 (full-width ｜ too, spaced or
// not; 文 | X, 36氪's and 钛媒体's form), is a byline as 界面新闻记者　宋佳禾
// is, with its org, roles and names (blind page cn-jiemian-web): not the
// headline, nor a leftover credit starting a new article over the whole
// body. A bar after no role (a rubric, a nav trail), or with no name after
// it, stays what it was; a Korean column's name | position keeps its own
// reading.
func TestBlind34BarredCredit(t *testing.T) {
	tail := "\n\n2026/12/05 14:36\n\n12月5日，江淮新能源汽车宣布，其合肥工厂总装车间已引入8台国产人形机器人。\n\n据界面新闻了解，这批机器人由深圳一家创业公司研发。\n"
	for _, tt := range []struct {
		line, org, roles, names string // roles "" for no byline
	}{
		{"界面新闻记者 | 宋佳禾", "界面新闻", "记者", "宋佳禾"},
		{"界面新闻记者｜宋佳禾", "界面新闻", "记者", "宋佳禾"},
		{"界面新闻记者|宋佳禾", "界面新闻", "记者", "宋佳禾"},
		{"界面新闻编辑 | 刘　畅", "界面新闻", "编辑", "刘畅"},
		{"记者 | 宋佳禾", "", "记者", "宋佳禾"},
		{"文 | 宋佳禾", "", "文", "宋佳禾"},
		{"36氪记者 | 王五", "36氪", "记者", "王五"},
		{"文｜宋佳禾　图｜李四", "", "文,图", "宋佳禾,李四"},
		{"记者 | 宋佳禾 实习生 | 王五", "", "记者,实习生", "宋佳禾,王五"},
		// Look-alikes: a bar after no role, or no name after it.
		{"专访 | 记者眼中的新能源汽车", "", "", ""},
		{"科技 | 新能源汽车", "", "", ""},
		{"本报记者 | 调查显示新能源汽车销量增长", "", "", ""},
	} {
		d := mustRead(t, "国产人形机器人首次进入汽车总装线\n\n"+tt.line+tail)
		n := nodeWithText(d, tt.line)
		isByline := n != nil && n.Kind == "byline"
		if isByline != (tt.roles != "") {
			t.Errorf("%s: got %s, want byline %v", tt.line, strings.Join(kindsOf(d), " | "), tt.roles != "")
		} else if isByline && (n.Org != tt.org || strings.Join(n.Roles, ",") != tt.roles || strings.Join(n.Names, ",") != tt.names) {
			t.Errorf("%s: got org %q roles %v names %v, want %q %s %s", tt.line, n.Org, n.Roles, n.Names, tt.org, tt.roles, tt.names)
		}
		if isByline && (len(d.Articles) != 1 || d.Articles[0].Children[0].Kind != "headline") {
			t.Errorf("%s: got %s, want one article under its headline", tt.line, strings.Join(kindsOf(d), " | "))
		}
		roundTrip(t, d)
	}
	// Two bar credits one under the other, as 界面新闻 sets them.
	wantKinds(t, "国产人形机器人首次进入汽车总装线\n\n界面新闻记者 | 宋佳禾\n界面新闻编辑 | 刘　畅"+tail,
		"headline 国产人形机器人首次进入汽车总装线", "byline 界面新闻记者 | 宋佳禾", "byline 界面新闻编辑 | 刘　畅")
	// The Korean column's writer line keeps its reading.
	if c, ok := parseBylineLine("박지현 | 한국사회정책연구원 연구위원"); !ok || c.org != "한국사회정책연구원" || strings.Join(c.names, ",") != "박지현" {
		t.Errorf("Korean bar credit: got %+v %v", c, ok)
	}
	if _, ok := barredCredit("记者 |"); ok {
		t.Error("记者 |: a bar with no name after it taken as a credit")
	}
}

// TestBlind34AppCallFurniture: a mainland site's calls to open or install
// its app at the page's foot, the call and what it gives parted by a
// comma (打开界面新闻APP，查看原文, 下载澎湃新闻客户端，阅读全文), are web
// furniture, and so is the site's name alone beside one that names it
// (blind page cn-jiemian-web). Prose that opens with the same verb (打开APP
// 后，…。) stays text, as does a name beside a call that names another
// site, or beside none.
func TestBlind34AppCallFurniture(t *testing.T) {
	for _, tt := range []struct {
		line string
		call bool
	}{
		{"打开界面新闻APP，查看原文", true},
		{"打开APP，查看更多评论", true},
		{"下载澎湃新闻客户端，阅读全文", true},
		{"下載鏡週刊App，看更多獨家報導", true},
		{"打开界面新闻APP 查看原文", true},
		{"点击下载APP，领取专属福利！", true},
		{"打开APP后，用户可以在首页看到新增的功能入口。", false},
		{"下载客户端的用户已超过1亿，同比增长三成", false},
		{"打开微信APP扫码即可参与活动", false},
		{"打开APP，查看更多评论，参与讨论，领取福利", false},
		{"安装APP，用户就能在家中远程查看老人的实时健康数据", false},
	} {
		if got := appCall(tt.line); got != tt.call {
			t.Errorf("appCall(%q) = %v, want %v", tt.line, got, tt.call)
		}
	}
	story := "# 国产人形机器人首次进入汽车总装线\n\n12月5日，江淮新能源汽车宣布，其合肥工厂总装车间已引入8台国产人形机器人。\n\n"
	for _, tt := range []struct {
		foot string
		want []string
	}{
		{"打开界面新闻APP，查看原文\n界面新闻\n打开APP，查看更多评论\n",
			[]string{"noise 打开界面新闻APP，查看原文", "noise 界面新闻", "noise 打开APP，查看更多评论"}},
		{"下载澎湃新闻客户端，阅读全文\n澎湃新闻\n",
			[]string{"noise 下载澎湃新闻客户端，阅读全文", "noise 澎湃新闻"}},
		// A name the call beside it does not name, or no call at all.
		{"打开界面新闻APP，查看原文\n\n人民日报\n",
			[]string{"noise 打开界面新闻APP，查看原文", "paragraph 人民日报"}},
		{"厂方表示，试运行两个月以来，节拍稳定。\n\n界面新闻\n",
			[]string{"paragraph 厂方表示，试运行两个月以来，节拍稳定。"}},
	} {
		d := mustRead(t, story+tt.foot)
		got := strings.Join(pageLeafKinds(d), "\n")
		wantIn(t, got, strings.Join(tt.want, "\n"))
		if strings.HasPrefix(tt.foot, "厂方") && strings.Contains(got, "noise 界面新闻") {
			t.Errorf("a site's name beside no call taken as furniture:\n%s", got)
		}
		roundTrip(t, d)
	}
}

// TestBlind34CommaLinks: the titles under a site's link list header are
// related links, a unit each, whatever punctuation they hold: a mainland
// title parts its clauses with a comma (工业机器人订单回暖，多家上市公司…),
// and such titles were glued into one paragraph, even onto the line over
// the header (blind page cn-jiemian-web; tw-bt-web's 延伸閱讀 variant).
// Every link header holds a rune of chromeKeys, or the gate never lets it
// be furniture (相关文章 read as a head). A sentence closed by a full stop
// under the links ends them; a printed 延伸阅读 box's text wrapped at the
// measure is one paragraph.
func TestBlind34CommaLinks(t *testing.T) {
	for _, h := range linkHeaders {
		if !strings.ContainsAny(h, chromeKeys) {
			t.Errorf("link header %q holds no rune of chromeKeys", h)
		}
	}
	story := "国产人形机器人首次进入汽车总装线\n\n2026/12/05 14:36\n\n12月5日，江淮新能源汽车宣布，其合肥工厂总装车间已引入8台国产人形机器人。\n\n"
	l1, l2 := "工业机器人订单回暖，多家上市公司排产至明年二季度", "人形机器人赛道年内融资超百亿，头部企业加速量产"
	want := "noise " + l1 + "\nnoise " + l2
	for _, foot := range []string{
		"相关文章\n" + l1 + "\n" + l2 + "\n",
		"相关阅读：\n" + l1 + "\n" + l2 + "\n",
		"延伸阅读\n\n" + l1 + "\n\n" + l2 + "\n",
		"相關文章\n" + l1 + "\n" + l2 + "\n",
		"更多今周刊文章\n訂閱今周刊，掌握產業最新動態\n延伸閱讀\n" + l1 + "\n" + l2 + "\n",
	} {
		d := mustRead(t, story+foot)
		got := strings.Join(pageLeafKinds(d), "\n")
		wantIn(t, got, want)
		roundTrip(t, d)
	}
	// ► links with a comma, under the header.
	d := mustRead(t, story+"延伸閱讀\n►工業地價連漲，央行選擇性信用管制擴及工業區？\n►設備廠南移，在地人才缺口逾五千人\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "noise ►工業地價連漲，央行選擇性信用管制擴及工業區？\nnoise ►設備廠南移，在地人才缺口逾五千人")
	roundTrip(t, d)
	// A finished sentence under the links is no link.
	d = mustRead(t, story+"相关文章\n"+l1+"\n\n厂方表示，试运行两个月以来，相关工位的节拍稳定在每台车58秒。\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "noise "+l1+"\nparagraph 厂方表示")
	roundTrip(t, d)
	// A printed sidebar under 延伸阅读, its text hard-wrapped at the
	// measure, no blank lines: the text is one paragraph, on a page of
	// many wrapped lines (the measure) and of few (the indent).
	printed := "城乡周刊　2026年5月18日　第6版　城建\n城市更新走向微改造\n本报记者　程思远\n" +
		"　　老旧街区改造正从大拆大建转向绣花功\n夫，多地出台细则，鼓励居民参与，改造资\n金由财政补助、居民出资和社会资本共同承\n担。\n" +
		"延伸阅读\n什么是微改造\n　　微改造是指在维持现状建设格局基本不\n变的前提下，对建筑局部拆建、功能置换和\n环境整治的更新方式，成本低，见效快。\n"
	short := "城乡周刊　2026年5月18日　第6版　城建\n延伸阅读\n什么是微改造\n" +
		"　　微改造是指在维持现状建设格局基本不\n变的前提下，对建筑局部拆建、功能置换和\n环境整治的更新方式，成本低，见效快。\n"
	for _, page := range []string{printed, short} {
		d = mustRead(t, page)
		wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "paragraph 微改造是指在维持现状建设格局基本不变的前提下，对建筑局部拆建、功能置换和环境整治的更新方式，成本低，见效快。")
		roundTrip(t, d)
	}
}

// TestBlind34LinksDoNotVote: on a site's copy set one paragraph a line,
// the links under its list header (関連記事, 相关文章) do not vote in the
// count of lines that end a sentence, though they hold a comma or 、 and
// end mid-sentence: two body lines, each a finished sentence, stay two
// paragraphs (blind page ja-jiji-web). A page that is hard-wrapped stays
// wrapped with a link list under it.
func TestBlind34LinksDoNotVote(t *testing.T) {
	p1 := "米商務省は４日、中国向けの半導体製造装置の輸出規制を拡大すると発表した。人工知能（ＡＩ）向け先端半導体の製造に使われる装置２４品目を新たに許可制の対象に加える。"
	p2 := "同省は声明で「安全保障上の懸念に対処するため」と説明した。中国外務省の報道官は５日の記者会見で「断固として反対する」と反発した。"
	p3 := "日本やオランダの装置メーカーにも影響が及ぶ可能性があり、日本政府は対応を検討している。"
	page := "米、対中半導体規制を拡大　ＡＩ向け製造装置を追加\n" + p1 + "\n" + p2 + "\n" + p3 + "\n関連記事\n・中国、レアアース輸出を許可制に\n・日米、経済安保で協議へ　閣僚級で来月\n国際ニュース一覧へ\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "paragraph "+p1+"\nparagraph "+p2)
	roundTrip(t, d)
	zh := "国产人形机器人首次进入汽车总装线，多地加快布局\n" +
		"12月5日，江淮新能源汽车宣布，其合肥工厂总装车间已引入8台国产人形机器人，承担轮胎螺栓预紧等工序。\n" +
		"厂方表示，试运行两个月以来，相关工位的节拍稳定在每台车58秒，与人工基本持平。\n" +
		"相关文章\n工业机器人订单回暖，多家上市公司排产至明年二季度\n人形机器人赛道年内融资超百亿，头部企业加速量产\n机器人核心零部件国产化提速，减速器价格下降\n"
	d = mustRead(t, zh)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "paragraph 12月5日，江淮新能源汽车宣布，其合肥工厂总装车间已引入8台国产人形机器人，承担轮胎螺栓预紧等工序。\nparagraph 厂方表示")
	roundTrip(t, d)
	// Hard-wrapped: the lines of a paragraph stay joined.
	wrapped := "# 城市更新走向微改造\n　　老旧街区改造正从大拆大建转向绣花功\n夫，多地出台细则，鼓励居民参与，改造资\n金由财政补助、居民出资和社会资本共同承\n担。各方分担比例因项目而异，总体看居民\n出资占比不高。\n相关阅读\n多地老旧小区加装电梯提速，审批时间缩短\n"
	d = mustRead(t, wrapped)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "paragraph 老旧街区改造正从大拆大建转向绣花功夫，多地出台细则，鼓励居民参与，改造资金由财政补助、居民出资和社会资本共同承担。各方分担比例因项目而异，总体看居民出资占比不高。")
	roundTrip(t, d)
}

// TestBlind34AuthorUnit: a commentary's closing note naming the author's
// unit, （作者单位：江西省南昌市青山湖区人民检察院）, is a byline whose org
// is the unit (blind page cn-jcrb-ocr). A note that describes the author
// (作者为…, 作者系…) names no org, nor do two units.
func TestBlind34AuthorUnit(t *testing.T) {
	for _, tt := range []struct{ line, org string }{
		{"（作者单位：江西省南昌市青山湖区人民检察院）", "江西省南昌市青山湖区人民检察院"},
		{"（作者單位：國立臺灣大學法律學院）", "國立臺灣大學法律學院"},
		{"（作者单位:中国人民大学法学院）", "中国人民大学法学院"},
		{"（作者为市委党校教授）", ""},
		{"（作者系江西省人民检察院检察官）", ""},
		{"（作者单位：南昌市人民检察院、南昌大学法学院）", ""},
	} {
		d := mustRead(t, "# 以检察履职护航民营经济\n\n　　检察机关要依法平等保护各类市场主体。\n\n"+tt.line+"\n")
		n := nodeWithText(d, tt.line)
		if n == nil || n.Kind != "byline" || n.Org != tt.org {
			t.Errorf("%s: got %s, want byline org %q", tt.line, strings.Join(pageLeafKinds(d), " | "), tt.org)
		}
		roundTrip(t, d)
	}
}
