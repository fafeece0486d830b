package newstext

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/paiban/paiban/convert/doc"
)

// TestDivisionSlashSeparator: a Taiwanese page's credits and datelines
// part their fields with a slash, and Big5 text decodes its A241 slash as
// U+2215 ∕ (isSlash). Each page, with ∕ where ／ stands, reads as it does
// with ／, and keeps the ∕ it was given.
func TestDivisionSlashSeparator(t *testing.T) {
	pages := []struct{ name, page string }{
		{"bracketed reporter", "高雄捷運黃線動工\n\n〔記者蔡宗勳∕高雄報導〕高雄捷運黃線昨天舉行動工典禮，預計2031年通車。\n\n市府表示，工期將分段推進。\n"},
		{"reporter on its own line", "宜蘭溫泉季登場\n\n記者江志雄∕宜蘭報導\n\n宜蘭縣政府昨天宣布溫泉季開跑，推出多項住宿優惠。\n"},
		{"paper and reporter", "彰化花卉博覽會開幕\n\n【時報記者吳敏菁∕彰化報導】彰化花卉博覽會昨天開幕，首日湧入三萬人次。\n\n主辦單位表示，展期至月底。\n"},
		{"desk, compiled", "颱風外圍環流發威\n\n〔即時新聞∕綜合報導〕颱風外圍環流影響，北部山區今天有豪雨。\n\n氣象署提醒民眾注意。\n"},
		{"photographer after the caption", "台南古蹟夜間開放\n\n〔記者洪瑞琴∕台南報導〕台南市文化局宣布，赤崁樓暑假夜間開放至晚間九點。\n\n赤崁樓夜間點燈。記者洪瑞琴∕攝影\n\n文化局表示，將加派導覽人員。\n"},
	}
	for _, tt := range pages {
		t.Run(tt.name, func(t *testing.T) {
			got := outline(mustRead(t, tt.page), false)
			want := outline(mustRead(t, strings.ReplaceAll(tt.page, "∕", "／")), false)
			if strings.ReplaceAll(got, "∕", "／") != want || !strings.Contains(got, "∕") {
				t.Errorf("with ∕:\n%s\nwith ／:\n%s", got, want)
			}
		})
	}
}

// TestBig5A241Dateline: the bytes Python's big5 codec writes for
// 〔記者X／台北報導〕 (A241 for ／) read as the dateline they are.
func TestBig5A241Dateline(t *testing.T) {
	var b bytes.Buffer
	b.Write(encodeWith(t, traditionalchinese.Big5, "北市公車票價凍漲\n\n〔記者黃筱琪"))
	b.Write([]byte{0xA2, 0x41})
	b.Write(encodeWith(t, traditionalchinese.Big5, "台北報導〕台北市公車票價明年維持不變，市府將補貼業者油價差額。\n"))
	d := mustRead(t, b.String())
	wantKinds(t, b.String(), "headline 北市公車票價凍漲", "dateline 〔記者黃筱琪∕台北報導〕",
		"paragraph 台北市公車票價明年維持不變，市府將補貼業者油價差額。")
	if n := d.Articles[0].Children[1]; n.Place != "台北" || strings.Join(n.Names, ",") != "黃筱琪" {
		t.Errorf("dateline fields: place %q names %q", n.Place, n.Names)
	}
}

// treeOf lists every node of d, one "kind text" a line, indented by its
// depth below the article (articles as "article").
func treeOf(d *doc.Document) []string {
	var out []string
	var walk func(n *doc.Node, depth int)
	walk = func(n *doc.Node, depth int) {
		s := strings.Repeat("  ", depth) + string(n.Kind)
		if n.Text != "" {
			s += " " + n.Text
		}
		out = append(out, s)
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	for _, a := range d.Articles {
		walk(a, 0)
	}
	return out
}

// wantTree checks page's whole tree, and that it reads back the same
// written out.
func wantTree(t *testing.T, page string, want ...string) {
	t.Helper()
	d := mustRead(t, page)
	if got := treeOf(d); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	roundTrip(t, d)
}

// TestRunInCreditOpensStory: a Hong Kong story's text may open with its
// reporter's run-in credit, 記者 X 報道：, where another would open with
// a dateline (runInCredit). The credit opens the story as a dateline
// does: the title line above it is the headline of a new story, not a
// head of the story before, and the credit is a byline with its spaces.
func TestRunInCreditOpensStory(t *testing.T) {
	first := "葵涌貨櫃碼頭夜更工人中暑\n\n【本報訊】葵涌貨櫃碼頭昨晚有工人疑中暑暈倒，由救護車送院治理。\n\n"
	tests := []struct {
		name, page string
		want       []string
	}{
		{"spaced", first + "沙田單車徑新段啟用\n\n記者 何詠詩 報道：沙田至大埔單車徑新段昨日啟用，全長約兩公里。\n\n康文署表示，沿途增設休息站。\n",
			[]string{"article", "  headline 葵涌貨櫃碼頭夜更工人中暑", "  dateline 【本報訊】", "  paragraph 葵涌貨櫃碼頭昨晚有工人疑中暑暈倒，由救護車送院治理。",
				"article", "  headline 沙田單車徑新段啟用", "  byline 記者 何詠詩 報道：", "  paragraph 沙田至大埔單車徑新段昨日啟用，全長約兩公里。", "  paragraph 康文署表示，沿途增設休息站。"}},
		{"two reporters, the paper's", first + "將軍澳隧道收費調整\n\n本報記者 李卓然、黃嘉敏 報道：將軍澳隧道下月起調整收費，私家車每程收費加兩元。\n",
			[]string{"article", "  headline 葵涌貨櫃碼頭夜更工人中暑", "  dateline 【本報訊】", "  paragraph 葵涌貨櫃碼頭昨晚有工人疑中暑暈倒，由救護車送院治理。",
				"article", "  headline 將軍澳隧道收費調整", "  byline 本報記者 李卓然、黃嘉敏 報道：", "  paragraph 將軍澳隧道下月起調整收費，私家車每程收費加兩元。"}},
		{"unspaced", first + "元朗新墟街市翻新\n\n記者陳嘉欣報道：元朗新墟街市完成翻新，昨日重開。\n",
			[]string{"article", "  headline 葵涌貨櫃碼頭夜更工人中暑", "  dateline 【本報訊】", "  paragraph 葵涌貨櫃碼頭昨晚有工人疑中暑暈倒，由救護車送院治理。",
				"article", "  headline 元朗新墟街市翻新", "  byline 記者陳嘉欣報道：", "  paragraph 元朗新墟街市完成翻新，昨日重開。"}},
		// A sentence telling what reporters reported is no credit.
		{"sentence", first + "記者昨日報道：碼頭工人每日工作十二小時，工會要求改善。\n",
			[]string{"article", "  headline 葵涌貨櫃碼頭夜更工人中暑", "  dateline 【本報訊】", "  paragraph 葵涌貨櫃碼頭昨晚有工人疑中暑暈倒，由救護車送院治理。",
				"  paragraph 記者昨日報道：碼頭工人每日工作十二小時，工會要求改善。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantTree(t, tt.page, tt.want...) })
	}
}

// TestSquareCaption: in a Hong Kong paper a ■ sentence standing alone is
// a photo's caption, with or without a photographer (markSquareCaptions);
// ■ items one under another are a list, ■ before a title is a head, and
// a simplified Chinese page's ■ sentence is body text.
func TestSquareCaption(t *testing.T) {
	story := "荃灣海濱長廊擴建完成\n\n【本報訊】荃灣海濱長廊擴建工程完成，新段昨日開放。\n\n"
	tests := []struct {
		name, page string
		want       []string
	}{
		{"alone", story + "■市民在新開放的海濱長廊散步。\n\n區議員表示，長廊將延伸至深井。\n",
			[]string{"article", "  headline 荃灣海濱長廊擴建完成", "  dateline 【本報訊】", "  paragraph 荃灣海濱長廊擴建工程完成，新段昨日開放。",
				"  caption ■市民在新開放的海濱長廊散步。", "  paragraph 區議員表示，長廊將延伸至深井。"}},
		{"last", story + "■市民在新開放的海濱長廊散步。\n",
			[]string{"article", "  headline 荃灣海濱長廊擴建完成", "  dateline 【本報訊】", "  paragraph 荃灣海濱長廊擴建工程完成，新段昨日開放。",
				"  caption ■市民在新開放的海濱長廊散步。"}},
		{"a run of items", story + "■長廊全長約一公里。\n\n■沿途設有三個觀景台。\n",
			[]string{"article", "  headline 荃灣海濱長廊擴建完成", "  dateline 【本報訊】", "  paragraph 荃灣海濱長廊擴建工程完成，新段昨日開放。",
				"  paragraph ■長廊全長約一公里。", "  paragraph ■沿途設有三個觀景台。"}},
		{"simplified", "荃湾海滨长廊扩建完成\n\n本报讯 荃湾海滨长廊扩建工程完成，新段昨日开放。\n\n■市民在新开放的海滨长廊散步。\n\n区议员表示，长廊将延伸至深井。\n",
			[]string{"article", "  headline 荃湾海滨长廊扩建完成", "  dateline 本报讯", "  paragraph 荃湾海滨长廊扩建工程完成，新段昨日开放。",
				"  paragraph ■市民在新开放的海滨长廊散步。", "  paragraph 区议员表示，长廊将延伸至深井。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantTree(t, tt.page, tt.want...) })
	}
}

// TestSlashCreditCaption: a mainland paper's caption closes with its
// credit after a slash, 图/ or 摄影/, and the credit ends in a name or an
// agency as often as in 摄 (endsInSlashCredit, admitted by the summary's
// slash, keySlash). Its spaces are the credit's, kept.
func TestSlashCreditCaption(t *testing.T) {
	for _, s := range []string{
		"市民在新开通的地铁站乘车。图/新京报记者 王　飞",
		"新落成的体育公园航拍。图/视觉中国",
		"长者在社区饭堂用餐。摄影/羊城晚报记者 梁　斌",
	} {
		page := "社区饭堂开设夜间档\n\n本报讯 记者 何婉仪 今年以来，海珠区多家长者饭堂延长供餐时间。\n\n" + s + "\n\n区民政局表示，年底前实现全覆盖。\n"
		d := mustRead(t, page)
		var got []string
		for _, n := range d.Articles[0].Children {
			if n.Kind == doc.KindCaption {
				got = append(got, n.Text)
			}
		}
		if len(got) != 1 || got[0] != s {
			t.Errorf("%q: captions %q\n%s", s, got, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestHeadAfterCaptionBeforeDatedStory: on a page whose stories each open
// with their dateline (南都讯 记者 X), a title line after a photo's caption
// over text with no dateline is a head of the story above, as its first
// head was, when the next story opens with its dateline again
// (nextStoryDated): its section is not merged into the one above, nor
// made a story of its own.
func TestHeadAfterCaptionBeforeDatedStory(t *testing.T) {
	page := "珠江夜游航线扩容\n\n南都讯 记者 林小雨 珠江夜游新增两条航线，下月起试运行。\n\n" +
		"游船增至十二艘\n\n航运公司表示，新航线将投入十二艘游船。\n\n游客在码头排队登船。图/南都记者 郑　新\n\n" +
		"试运行期间票价维持现行标准\n\n试运行期间，票价维持现行标准。\n\n" +
		"老城区改造提速\n\n南都讯 记者 吴晓敏 荔湾区老城区微改造今年完成三个片区。\n"
	wantTree(t, page,
		"article",
		"  headline 珠江夜游航线扩容",
		"  dateline 南都讯",
		"  byline 记者 林小雨",
		"  paragraph 珠江夜游新增两条航线，下月起试运行。",
		"  section",
		"    heading 游船增至十二艘",
		"    paragraph 航运公司表示，新航线将投入十二艘游船。",
		"    caption 游客在码头排队登船。图/南都记者 郑　新",
		"  section",
		"    heading 试运行期间票价维持现行标准",
		"    paragraph 试运行期间，票价维持现行标准。",
		"article",
		"  headline 老城区改造提速",
		"  dateline 南都讯",
		"  byline 记者 吴晓敏",
		"  paragraph 荔湾区老城区微改造今年完成三个片区。")
}

// TestDottedPageNumber: a Chinese magazine or journal sets its page
// number between middle dots (·14·, · 14 ·, ・14・), as a paper does
// between dashes; alone on a line inside a hard-wrapped paragraph it is
// the page's number, not text to glue into the paragraph.
func TestDottedPageNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"·14·": true, "· 14 ·": true, "・３・": true, "·一二三·": true, "•7•": true,
		"·": false, "·14·页": false, "·第14·": false, "·1234·": false, "·张·": false,
	} {
		if got := isPageNumber(s); got != want {
			t.Errorf("isPageNumber(%q) = %v, want %v", s, got, want)
		}
	}
	page := "县城书店的新活法\n本刊记者　周　岚\n　　走进城关镇的老新华书店，" +
		"\n书架间多了咖啡座和儿童阅读区，周末\n来看书的家长孩子坐满了座位。店长说，\n" +
		"·27·\n" +
		"去年书店的客流比前年翻了一番。\n　　县文旅局表示，将在各乡镇推广这种做法。\n"
	d := mustRead(t, page)
	want := []string{"article", "  headline 县城书店的新活法", "  byline 本刊记者　周　岚",
		"  paragraph 走进城关镇的老新华书店，书架间多了咖啡座和儿童阅读区，周末来看书的家长孩子坐满了座位。店长说，去年书店的客流比前年翻了一番。",
		"  noise ·27·",
		"  paragraph 县文旅局表示，将在各乡镇推广这种做法。"}
	if got := treeOf(d); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCopyCall: the call for contributions a page sets at its foot, with
// the address to send them to, is page furniture (copyCall); an address
// with no contribution word, or a sentence asking for copy, is not.
func TestCopyCall(t *testing.T) {
	for s, want := range map[string]bool{
		"欢迎投稿　理论版邮箱：llb@hbrb.com.cn": true,
		"本版投稿邮箱：wenyi@xmwb.net":      true,
		"來稿請寄 fukan@cdns.com.tw":     true,
		"征稿邮箱:zhengwen@qq.com":       true,
		"本版邮箱：llb@hbrb.com.cn":       false, // the desk's address alone: a credit's field
		"欢迎投稿":                       false,
		"投稿邮箱：见本报第二版":                false,
	} {
		if got := copyCall(s); got != want {
			t.Errorf("copyCall(%q) = %v, want %v", s, got, want)
		}
	}
	page := "夜市经济要“亮”更要“暖”\n\n文/李明远\n\n　　城市夜市重新热闹起来，摊位多了，规矩也要跟上。\n\n　　（作者系本报评论员）\n\n欢迎投稿　言论版邮箱：yanlun@hzrb.cn\n"
	d := mustRead(t, page)
	got := treeOf(d)
	if last := got[len(got)-1]; last != "  noise 欢迎投稿　言论版邮箱：yanlun@hzrb.cn" {
		t.Errorf("the page's foot: %q\n%s", last, strings.Join(got, "\n"))
	}
	roundTrip(t, d)
}

// TestCreditSpaceKept: the space a credit sets between its role and the
// name (creditSpace) is no OCR stray space, in a caption's credit or
// a paragraph's; after a role in a sentence, or elsewhere, a space
// between ideographs still goes.
func TestCreditSpaceKept(t *testing.T) {
	tests := []struct {
		in, want string
		n        int
	}{
		{"市民在新站乘车。图/新快报记者 黄　杰", "市民在新站乘车。图/新快报记者 黄　杰", 0},
		{"本報記者 陳美玲、通訊員 林家豪 報道：今年", "本報記者 陳美玲、通訊員 林家豪報道：今年", 1},
		{"图/本报实习生 杜若　摄影/编辑 周敏", "图/本报实习生 杜若　摄影/编辑 周敏", 0},
		{"记者 从市交通局获悉，今年", "记者从市交通局获悉，今年", 1},
		{"交通不便曾长期制约当地经 济发展", "交通不便曾长期制约当地经济发展", 1},
		{"摄影记者 王超 在现场 拍摄", "摄影记者 王超在现场拍摄", 2},
	}
	for _, tt := range tests {
		if got, n := dropStraySpaces(tt.in); got != tt.want || n != tt.n {
			t.Errorf("dropStraySpaces(%q) = %q, %d; want %q, %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}

// TestExplainRunInCredit: --explain names the run-in credit as what opens
// the story under a headline, not a dateline it does not have.
func TestExplainRunInCredit(t *testing.T) {
	page := "大埔墟街市重開\n\n記者 何詠詩 報道：大埔墟街市完成翻新，昨日重開。\n"
	var reasons []string
	mustRead(t, page, WithExplain(func(d Decision) { reasons = append(reasons, strings.Join(d.Reasons, "; ")) }))
	all := strings.Join(reasons, "\n")
	if !strings.Contains(all, "the text under it opens with a run-in credit") || !strings.Contains(all, "opens with the reporter's run-in credit") || strings.Contains(all, "dateline") {
		t.Errorf("reasons:\n%s", all)
	}
}
