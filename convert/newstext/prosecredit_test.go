package newstext

import (
	"strings"
	"testing"
)

// TestProseCredit: a line of prose in a credit's form the wrap filled
// and carried on (勞工及福利局局長接受記者訪問 / 時表示，…, 他告诉记者今年 /
// 村里…) is its paragraph's, whether it opens an indented paragraph or
// falls inside a hard-wrapped one (blind round 74, item 1). Each sentence
// is set at 14 to 20 characters a line with the break at every place in
// its phrase, on the paragraph's first line and on its second, indented
// and not, in zh-Hans and zh-Hant. Look-alikes: real bylines alone on
// their lines, glued, spaced, marked, bracketed, slashed, a caption's
// credit, and one closing a paragraph, keep their kinds.
func TestProseCredit(t *testing.T) {
	const head = "冬季供暖保障有力\n\n"
	lead := map[bool]string{
		false: "本报讯　市供热公司昨日启动冬季供暖，全市供热面积达到一亿二千万平方米。",
		true:  "本報訊　市供熱公司昨日啟動冬季供暖，全市供熱面積達到一億二千萬平方米。",
	}
	filler := map[bool][]rune{
		false: []rune("据了解今年冬季以来全市各区各部门高度重视民生保障"),
		true:  []rune("據了解今年冬季以來全市各區各部門高度重視民生保障"),
	}
	opener := map[bool][]rune{
		false: []rune("今年入冬以来气温明显偏低，全市各区各部门积极应对寒潮天气，"),
		true:  []rune("今年入冬以來氣溫明顯偏低，全市各區各部門積極應對寒潮天氣，"),
	}
	// The phrase is in braces; what follows it runs two lines on.
	for _, c := range []struct {
		hant bool
		s    string
	}{
		{false, "市卫健委有关负责人{接受记者采访}时表示今年流感疫苗供应充足，市民可就近预约接种，不必扎堆。"},
		{false, "村党支部书记王建国{告诉记者}今年村里种植的苹果获得丰收，每亩收入比去年增加两千多元。"},
		{false, "他{告诉记者}今年村里种植的苹果获得丰收，每亩收入比去年增加两千多元，村民们都很高兴。"},
		{false, "该公司负责人{向记者介绍}今年企业研发投入同比增长三成，新产品陆续投放市场，订单排到明年。"},
		{false, "{记者了解到}目前全市已建成充电桩两万余个，基本覆盖主城区各个街道，郊区也在加快建设。"},
		{false, "{据记者观察}早高峰期间地铁二号线各站客流平稳有序，站务人员引导乘客排队上车，秩序良好。"},
		{false, "相关负责人在{接受记者采访}时说下一步将加快推进老旧小区改造，让更多居民住上好房子。"},
		{true, "勞工及福利局局長{接受記者訪問}時表示本港勞動人口持續老化，不少長者退休後仍有能力工作。"},
		{true, "{記者昨日走訪}多個屋苑發現不少居民已開始添置暖爐和厚被，天文台預計氣溫將進一步下降。"},
		{true, "{本報記者獲悉}特區政府正研究放寬長者醫療券使用範圍，涵蓋更多基層醫療服務，詳情明年公布。"},
		{true, "店主陳先生{對記者說}生意比去年好了不少街坊都回來光顧了，他打算明年再開一間分店。"},
		{true, "一位市民{告訴記者}他每天都要排隊一個多小時才能買到新鮮蔬菜，希望政府能夠增加供應。"},
	} {
		k := strings.IndexRune(c.s, '{')
		e := strings.IndexRune(c.s, '}')
		before, phrase := []rune(c.s[:k]), []rune(c.s[k+1:e])
		sentence := c.s[:k] + c.s[k+1:e] + c.s[e+1:]
		for w := 14; w <= 20; w++ {
			for _, indent := range []string{"　　", ""} {
				for _, second := range []bool{false, true} {
					for cut := 0; cut <= len(phrase); cut++ {
						// The line holding the cut ends cut characters
						// into the phrase: the filler before the
						// sentence makes up the rest of it.
						room := w - len(before) - cut
						var pre []rune
						if second {
							pre = append(pre, opener[c.hant]...)
							n := w - len([]rune(indent))
							for len(pre) < n {
								pre = append(pre, filler[c.hant][0])
							}
							pre = pre[:n:n]
						} else {
							room -= len([]rune(indent))
						}
						if room < 0 || room > len(filler[c.hant]) {
							continue
						}
						para := string(pre) + string(filler[c.hant][:room]) + sentence
						page := head + strings.Join(wrapRunes(indent+lead[c.hant], w), "\n") + "\n\n" +
							strings.Join(wrapRunes(indent+para, w), "\n") + "\n\n" +
							strings.Join(wrapRunes(indent+"市民如遇问题可拨打热线反映。", w), "\n") + "\n"
						d := mustRead(t, page)
						if k := kindOfText(d, para); k != "paragraph" {
							t.Errorf("%s w=%d indent=%v second=%v cut=%d: %q, want a paragraph\n%s\n%s", string(phrase), w, indent != "", second, cut, k, page, outline(d, false))
						}
						roundTrip(t, d)
					}
				}
			}
		}
	}
	// Real bylines and credits keep their kinds, on pages set 16
	// characters a line, indented and not.
	const body = "市政府昨日召开新闻发布会，通报今年冬季供暖工作进展情况，全市供热面积达到一亿二千万平方米。"
	const bodyHant = "市政府昨日召開新聞發布會，通報今年冬季供暖工作進展情況，全市供熱面積達到一億二千萬平方米。"
	for _, c := range []struct {
		name, page, text, want string
	}{
		{"alone over indent", head + "本报记者　王磊\n" + wrapped("　　"+body) + "\n", "本报记者　王磊", "byline"},
		{"glued over text", head + "本报记者王磊\n" + wrapped(body) + "\n", "本报记者王磊", "byline"},
		{"glued over indent", head + "本报记者王磊\n" + wrapped("　　"+body) + "\n", "本报记者王磊", "byline"},
		{"bracketed", head + "（记者 王某 通讯员 李某）\n" + wrapped("　　"+body) + "\n", "（记者 王某 通讯员 李某）", "byline"},
		{"two names", head + "记者 张国栋 刘敏\n" + wrapped(body) + "\n", "记者 张国栋 刘敏", "byline"},
		{"marked", head + "■本报记者 王磊\n" + wrapped(body) + "\n", "■本报记者 王磊", "byline"},
		{"slashed", head + "文/本报记者 刘晓\n" + wrapped(body) + "\n", "文/本报记者 刘晓", "byline"},
		{"paper's reporter", head + "香港文匯報記者　鄭嘉朗\n" + wrapped("　　"+bodyHant) + "\n", "香港文匯報記者　鄭嘉朗", "byline"},
		{"closing a paragraph", head + wrapped("　　"+body) + "\n本报记者　王磊\n", "本报记者　王磊", "byline"},
		{"closing glued", head + wrapped(body) + "\n本报记者王磊\n", "本报记者王磊", "byline"},
		{"caption credit", "冰雪大世界开园迎客\n\n" + wrapped("12月6日，游客在哈尔滨冰雪大世界游玩拍照。") + "\n新华社记者　李刚　摄\n\n" + wrapped("　　本报讯　"+body) + "\n", "新华社记者　李刚　摄", "caption"},
		{"filed from", head + "記者林怡君／台北報導\n" + wrapped("　　"+bodyHant) + "\n", "記者林怡君／台北報導", "dateline"},
		// A real glued credit that fills a narrow OCR column (13
		// characters, no indents) over the line opening with the
		// dateline: the story opens there, nothing runs on (review 30b,
		// finding 2).
		{"ocr column credit", "城南公园下月起免费开放\n\n" + ocrColumn, "本报记者王磊通讯员张小华", "byline"},
		{"ocr column dateline", "城南公园下月起免费开放\n\n" + ocrColumn, "本报讯", "dateline"},
		{"ocr column glued head", "城南公园下月起免费开放\n" + ocrColumn, "本报记者王磊通讯员张小华", "byline"},
		{"ocr column glued head title", "城南公园下月起免费开放\n" + ocrColumn, "城南公园下月起免费开放", "headline"},
		{"ja desk", "冬の電力需給が逼迫\n\n" + wrapped("　政府は６日、今冬の電力需給が一段と厳しくなるとの見通しを示し、節電への協力を呼びかけた。") + "\n（社会部・山田太郎）\n", "（社会部・山田太郎）", "byline"},
	} {
		d := mustRead(t, c.page)
		if k := kindOfText(d, c.text); k != c.want {
			t.Errorf("%s: %q is %q, want %s\n%s\n%s", c.name, c.text, k, c.want, c.page, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// ocrColumn is a story set in a 13-character OCR column with no
// indents, its glued credit as wide as the column, over 本报讯.
const ocrColumn = "本报记者王磊通讯员张小华\n本报讯城南公园改造工程日前\n完工，将于下月一日起向市民\n免费开放。公园新增步道三公\n里，绿地面积扩大一倍，并配\n建了儿童游乐区和健身广场。\n区园林局负责人介绍，公园开\n放后将实行分时段管理，夜间\n照明设施也已全部安装到位。\n"

// wrapped sets s 16 characters a line.
func wrapped(s string) string { return strings.Join(wrapRunes(s, 16), "\n") }
