package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Forms from a tenth round of blind pages (December 2026), each tested
// on original text of its own.

// TestHungMeasureTitleAndCaptions: on a hard-wrapped page that hangs its
// commas past the measure, a headline one character wider than the
// measure was not wrapped there, so the attributed subheadline under it
// (署方：…) is a line of its own; a wrapped caption whose last line ends
// in the photo credit (…本報記者黃 / 文傑攝) is complete, so the short
// head under it, and the next story's headline under the last caption,
// stay out of it.
func TestHungMeasureTitleAndCaptions(t *testing.T) {
	page := "文匯報　2026年4月2日　星期四　A6　港聞\n" +
		"啟德體育園再添新場館　明年夏季落成\n" +
		"署方：將與社區團體共用\n" +
		"　　【本報訊】記者陳志明報道：\n" +
		"康文署昨日公布，啟德體育園將興\n" +
		"建一座可容納三千人的室內運動館，\n" +
		"預計明年夏季落成，落成後可舉辦\n" +
		"國際賽事，署方表示場館設計已經\n" +
		"完成，工程將於下月招標。\n" +
		"　　康文署發言人稱，新場館設有\n" +
		"兩個標準籃球場及一個練習場，更\n" +
		"衣室及觀眾席均設無障礙設施，方\n" +
		"便市民使用。\n" +
		"圖：啟德體育園主場館外貌，新場\n" +
		"館將建於其東側空地。本報記者黃\n" +
		"文傑攝\n" +
		"設施全面開放\n" +
		"　　發言人又指，場館落成後將於\n" +
		"假日開放予市民租用，收費與其他\n" +
		"康文署場館看齊，長者及學生可享\n" +
		"半價優惠。\n" +
		"圖：康文署發言人昨日介紹新場館\n" +
		"的設計及用途。本報記者李偉強攝\n" +
		"觀塘新圖書館周六啟用\n" +
		"　　【本報訊】觀塘區新公共圖書\n" +
		"館將於本周六啟用，館內藏書約十\n" +
		"萬冊，並設自修室及兒童閱讀區，\n" +
		"開放時間與其他區域圖書館相同，\n" +
		"市民可憑證借閱。\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"headline 啟德體育園再添新場館　明年夏季落成\nsubheadline 署方：將與社區團體共用",
		"caption 圖：啟德體育園主場館外貌，新場館將建於其東側空地。本報記者黃文傑攝\nheading 設施全面開放",
		"caption 圖：康文署發言人昨日介紹新場館的設計及用途。本報記者李偉強攝\nheadline 觀塘新圖書館周六啟用")
	// Without hung commas the measure is the headline's own width: it
	// may be a wrapped line, and nothing is said of the line under it.
	if m, _, bare := pageMeasures(splitLines(page, false, false)); bare >= m || bare != 30 {
		t.Errorf("pageMeasures: measure %d, bare %d; want bare 30, under the measure", m, bare)
	}
}

// TestWrappedByCharCount: a page wrapped by character count, not width,
// ends a line holding a Latin name (Penang Smart) at its measure though
// the narrow letters leave it short in columns: the line goes on into
// the next (程 / 序), and is no section head. A credit naming the report
// as a role before another role keeps both roles.
func TestWrappedByCharCount(t *testing.T) {
	page := "光华日报　2026年5月8日　星期五　地方　B2\n" +
		"\n" +
		"槟州3区周末起轮流停电\n" +
		"\n" +
		"配合变电站升级工程　为期三天\n" +
		"\n" +
		"（乔治市7日讯）国家能源公司（Tenaga \n" +
		"Nasional）宣布，为配合北海变电站的设\n" +
		"备升级工程，威北、威中及威南3个县区约12万\n" +
		"户用户，将从本周六上午8时起轮流停电，每区停\n" +
		"电约6小时。\n" +
		"\n" +
		"该公司今日发表文告指出，工程完成后，供电将逐\n" +
		"步恢复，位于线路末端的地区可能需要较长时间才\n" +
		"能恢复正常供电，公众可留意最新通告。\n" +
		"\n" +
		"用户可通过Penang Smart手机应用程\n" +
		"序或官方网站查看各区停电时间表。\n" +
		"\n" +
		"报导：黄志明　摄影：李国强\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	roundTrip(t, d)
	wantIn(t, got, "paragraph 用户可通过Penang Smart手机应用程序或官方网站查看各区停电时间表。")
	if strings.Contains(got, "heading") {
		t.Errorf("a line wrapped by character count read as a head:\n%s", got)
	}
	b := firstNode(d, doc.KindByline)
	if b == nil || strings.Join(b.Roles, ",") != "报导,摄影" || strings.Join(b.Names, ",") != "黄志明,李国强" {
		t.Errorf("byline = %+v, want roles 报导,摄影 and names 黄志明,李国强", b)
	}
}

// TestSiteNameAndPaperByline: a news site's name alone above its
// breadcrumb is the site's furniture, not an article's headline; under
// the headline, the paper's name set apart before its reporter's line
// (聯合報　記者林志豪／台中報導) is a byline with the paper as its org.
func TestSiteNameAndPaperByline(t *testing.T) {
	page := "聯合新聞網\n" +
		"\n" +
		"首頁 > 地方\n" +
		"\n" +
		"台中捷運藍線動工　2031年通車\n" +
		"\n" +
		"聯合報　記者林志豪／台中報導\n" +
		"\n" +
		"2026/04/10 06:20\n" +
		"\n" +
		"台中捷運藍線昨（9）日舉行動工典禮，市府表示，藍線全長約24公里，設20座車站，預計2031年底通車，通車後從港區到市區只需40分鐘。\n"
	d := mustRead(t, page)
	if len(d.Articles) != 1 {
		t.Errorf("%d articles, want 1", len(d.Articles))
	}
	roundTrip(t, d)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "noise 聯合新聞網\nnoise 首頁 > 地方\nheadline 台中捷運藍線動工　2031年通車\nbyline 聯合報　記者林志豪／台中報導")
	b := firstNode(d, doc.KindByline)
	if b == nil || b.Org != "聯合報" || strings.Join(b.Roles, ",") != "記者" || strings.Join(b.Names, ",") != "林志豪" {
		t.Errorf("byline = %+v, want org 聯合報, role 記者, name 林志豪", b)
	}
	for in, want := range map[string]string{
		"新华社　记者　张三":   "新华社|记者|张三",
		"人民日报　记者张三":   "人民日报|记者|张三",
		"王小明　记者　张三":   "|记者|王小明,张三",
		"本报　记者　李四　王五": "本报|记者|李四,王五",
	} {
		c, ok := parseBylineLine(in)
		if got := c.org + "|" + strings.Join(c.roles, ",") + "|" + strings.Join(c.names, ","); !ok || got != want {
			t.Errorf("parseBylineLine(%q) = %s, %v; want %s", in, got, ok, want)
		}
	}
}

// firstNode returns the first node of kind k in d, or nil.
func firstNode(d *doc.Document, k doc.Kind) *doc.Node {
	var found *doc.Node
	for _, a := range d.Articles {
		doc.Walk(a, func(n *doc.Node) bool {
			if found == nil && n.Kind == k {
				found = n
			}
			return found == nil
		})
	}
	return found
}

// TestSiteTailFurniture: under a web story, a share call (分享让更多人看到)
// is the site's furniture; a copyright line OCR letter-spaced, its comma
// set against the next character (， 未), reads without its spaces as a
// copyright line, so the link above it stays a link of the list, not
// the next story's headline.
func TestSiteTailFurniture(t *testing.T) {
	page := "新华网>>财经>>正文\n" +
		"\n" +
		"春茶上市带旺山区民宿\n" +
		"\n" +
		"　　清明前后，浙江多地春茶陆续开采，不少游客专程进山采茶、品茶，周边民宿入住率明显上升。\n" +
		"\n" +
		"（责编：刘洋）\n" +
		"\n" +
		"分享让更多人看到\n" +
		"\n" +
		"相关阅读\n" +
		"\n" +
		"茶园里的新农人\n" +
		"\n" +
		"“采茶游”成踏青新选择\n" +
		"\n" +
		"新 华 网 版 权 所 有 ，未 经 协 议 授 权 禁 止 转 载\n"
	d := mustRead(t, page)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"),
		"noise 分享让更多人看到",
		"noise 茶园里的新农人\nnoise “采茶游”成踏青新选择\nnoise 新华网版权所有，未经协议授权禁止转载")
	roundTrip(t, d)
	for in, want := range map[string]string{
		"版 权 所 有 ，未 经 许 可": "版权所有，未经许可",
		"北 京 “ 城 市 书 房 ”":  "北京“城市书房”",
		"新 闻 ，，发 布 会 场":    "",
		"A B C ，新 闻 发 布":   "",
	} {
		text, ok := letterSpaced(in)
		if ok != (want != "") || ok && text != want {
			t.Errorf("letterSpaced(%q) = %q, %v; want %q", in, text, ok, want)
		}
	}
}

// TestBoxLabelNotes: a feature's summary box under its label alone on a
// line (核心阅读) is two editor's notes, the label no section head; the
// paragraph after the box is body text.
func TestBoxLabelNotes(t *testing.T) {
	page := "人民日报　2026年6月12日　星期五　第11版　社会\n" +
		"老旧小区加装电梯按下“快进键”\n" +
		"多地简化审批流程　居民同意比例降至三分之二\n" +
		"本报记者　王　静\n" +
		"核心阅读\n" +
		"　　今年以来，多地出台老旧小区加装电梯新政，审批由“多头跑”变为“一窗办”，居民同意比例放宽，财政补贴提高。截至5月底，全国今年已新增加装电梯1.2万部。\n" +
		"　　“以前为了加装电梯，要跑好几个部门，光盖章就盖了十几个。”家住南京市鼓楼区的张阿姨说，今年小区办手续只用了一个月。\n" +
		"一、审批“一窗办”\n" +
		"　　南京市住房和城乡建设局有关负责人介绍，加装电梯审批已全部进驻政务服务中心，由一个窗口统一受理。\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "byline 本报记者　王　静\nnote 核心阅读\nnote 今年以来，", "\nparagraph “以前为了加装电梯")
	if strings.Contains(got, "heading 核心阅读") {
		t.Errorf("box label read as a head:\n%s", got)
	}
	roundTrip(t, d)
}

// TestPaddedNameSplitByWrap: a padded name (周　磊) split by a hard wrap
// after its first character, the next line opening with the padding's
// U+3000, keeps its padding when the lines join; a line under one ending
// in two characters, or a word, joins with none.
func TestPaddedNameSplitByWrap(t *testing.T) {
	page := "杨浦滨江新添亲水步道\n" +
		"　　本报讯（记者　王　蕾　通讯员　周\n" +
		"　磊）杨浦滨江南段新建的亲水步道昨天\n" +
		"起向市民开放，步道全长约2公里，沿途\n" +
		"设有观景平台和休息座椅。\n" +
		"　　区建管委相关负责人介绍，步道夜间\n" +
		"开放至22时，周末还将举办市集活动。\n"
	d := mustRead(t, page)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "byline （记者　王　蕾　通讯员　周　磊）\nparagraph 杨浦滨江南段")
	roundTrip(t, d)
	for prev, want := range map[string]bool{"通讯员　周": true, "通讯员周": false, "通讯员　周磊": false, "　": false, "A　b": false} {
		if got := paddedWrap(prev); got != want {
			t.Errorf("paddedWrap(%q) = %v, want %v", prev, got, want)
		}
	}
}
