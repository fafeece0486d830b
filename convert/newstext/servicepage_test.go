package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// treeLines lists every node of d, an article as "article" and each node
// under it as its kind and whole text, indented by depth.
func treeLines(d *doc.Document) string {
	var b strings.Builder
	var walk func(n *doc.Node, depth int)
	walk = func(n *doc.Node, depth int) {
		b.WriteString(strings.Repeat("  ", depth) + string(n.Kind))
		if n.Text != "" {
			b.WriteString(" " + n.Text)
		}
		b.WriteString("\n")
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	for _, a := range d.Articles {
		walk(a, 0)
	}
	return b.String()
}

// servicePage is an evening paper's service page as set in print (18
// characters a line, no blank lines, paragraphs marked by the 2em
// indent): a lottery's draw notice, its title over the measure, a form's
// row, the numbers drawn, the prizes, a paragraph; then a utility's
// notice with its sign-off. NOTICE and ROWS stand for the second
// notice's title and the number rows.
const servicePage = "江州晚报　2026年12月6日　星期日　A11　服务\n" +
	"中国福利彩票“双色球”第2026140期开奖公告\n" +
	"开奖日期：2026年12月5日\n" +
	"ROWS" +
	"一等奖　6注　每注628万元\n" +
	"二等奖　112注　每注18.6万元\n" +
	"　　本期双色球全国销售总额为3.86\n" +
	"亿元，计奖后奖池金额为21.4亿元，\n" +
	"我市彩民中得二等奖3注。\n" +
	"NOTICE\n" +
	"　　因城东加压泵站管网改造施工，12\n" +
	"月8日8时至20时，城东片区建设路、\n" +
	"东湖路沿线将暂停供水，请相关用户提前\n" +
	"做好储水准备。\n" +
	"　　如遇施工延期，将另行通知。给您带\n" +
	"来不便，敬请谅解。服务热线：96116。\n" +
	"江州水务集团有限公司\n" +
	"2026年12月5日\n"

// servicePageWith fills servicePage's second notice's title and number
// rows.
func servicePageWith(notice, rows string) string {
	return strings.Replace(strings.Replace(servicePage, "NOTICE", notice, 1), "ROWS", rows, 1)
}

// TestServiceNoticeTitles: a utility's or works' notice is titled by
// what it is about and 通知 (停水通知, 停电通知, 停气通知, 封路通知), a
// call for entries by 征集令: such a title after a story on a page that
// marks paragraphs by indent alone starts an article of its own, as 遗失启事
// and the other notices' titles do (blind page cn-wanbao-fuwu: 停水通知
// had been a section head of the lottery notice above it). 通知 alone (a
// Japanese site's button), a title with digits in it, a longer title and
// 通知书 are no such titles.
func TestServiceNoticeTitles(t *testing.T) {
	for in, want := range map[string]bool{
		"停水通知": true, "停电通知": true, "停氣通知": true, "封路通知": true, "紧急停水通知": true,
		"作品征集令": true, "徵文徵集令": true, "施工公告": true, "招聘启事": true, "寻人启事": true,
		"通知": false, "征集令": false, "12月停水通知": false, "关于城东片区停水的通知": false, "通知书": false, "入学通知书": false,
	} {
		if got := standingBox(in); got != want {
			t.Errorf("standingBox(%q) = %v, want %v", in, got, want)
		}
	}
	const rows = "红球　03　11　17　22　28　31\n蓝球　09\n"
	for _, notice := range []string{"停水通知", "停电通知", "封路通知", "遗失启事"} {
		d := mustRead(t, servicePageWith(notice, rows))
		if got := headlines(d); got != "中国福利彩票“双色球”第2026140期开奖公告 / "+notice {
			t.Errorf("%s: articles %s\n%s", notice, got, treeLines(d))
		}
		roundTrip(t, d)
	}
	// A longer title there stays a head of the story above (the README's
	// ambiguity: a head between a finished paragraph and text).
	d := mustRead(t, servicePageWith("城东片区8日停水12小时", rows))
	if n := len(d.Articles); n != 1 {
		t.Errorf("a head taken for a notice's title: %d articles\n%s", n, treeLines(d))
	}
	roundTrip(t, d)
}

// TestFormRowIsNoSpeaker: a form's row, a field's label, a colon and its
// value, is no title that speaks for someone (天文台：…): a label ending in
// a form's field (开奖日期, 活动时间, 兑奖期限, 咨询电话), or any label over
// a value that is only a date or a figure (开奖：2026年12月5日, 期号：2026140):
// no title says only when or how many. Under a lottery notice's title it
// had been the subheadline (blind page cn-wanbao-fuwu). Sources that
// speak, and a label of one field character in a longer word (关注：…),
// stay titles.
func TestFormRowIsNoSpeaker(t *testing.T) {
	for in, want := range map[string]bool{
		"开奖日期：2026年12月5日":       false,
		"开奖时间：2026-12-05 21:15": false,
		"期号：2026140":            false,
		"兑奖期限：60天":              false,
		"活动时间：每周六上午":            false,
		"咨询电话：96116":            false,
		"开奖：2026年12月5日":         false,
		"专家：警惕“隐形”风险":           true,
		"當局：車站周邊交通配套同步檢討":       true,
		"天文台：今晚改發八號風球":          true,
		"关注：老旧小区加装电梯提速":         true,
		"市民：2026年想多陪陪家人":        true,
	} {
		if got := attributedTitle(in); got != want {
			t.Errorf("attributedTitle(%q) = %v, want %v", in, got, want)
		}
	}
	for _, row := range []string{"开奖日期：2026年12月5日", "开奖时间：2026年12月5日", "开奖日期：2026-12-05"} {
		page := strings.Replace(servicePageWith("停水通知", ""), "开奖日期：2026年12月5日", row, 1)
		d := mustRead(t, page)
		if got := kindOfText(d, row); got != string(doc.KindParagraph) {
			t.Errorf("%s: %s, want a paragraph\n%s", row, got, treeLines(d))
		}
		roundTrip(t, d)
	}
}

// TestLotteryNumberRows: a lottery's numbers drawn, a label and the bare
// numbers after it (红球　03　11　17　22　28　31, both groups on one line,
// 前区…后区…), is a table's row however many numbers it holds, a
// paragraph of its own, and rows of different shapes under each other
// (the numbers, 蓝球　09, the prizes) are never joined (blind page
// cn-wanbao-fuwu: the four rows had been one paragraph, and on one line
// the numbers a second article's headline). Numbers of three digits, a
// longer label, no label and no numbers make no such row.
func TestLotteryNumberRows(t *testing.T) {
	for in, want := range map[string]bool{
		"红球　03　11　17　22　28　31":         true,
		"红球　03　11　17　22　28　31　蓝球　09":   true,
		"前区　05　12　19　27　33　后区　03　11":   true,
		"红球 03 11 17 22 28 31 + 09":    true,
		"开奖号码　3　5　7　9　1　2　6":           true,
		"红球　103　11　17　22　28　31　33":     false,
		"03　11　17　22　28　31　33":         false,
		"红球　03　11　17　22　28　31　较上期增加":   false,
		"双色球　第2026140期　开奖　结果　公告　发布　今日": false,
		"红球　03　11　17　22　28　31，蓝球　09":   false,
	} {
		if got := tableRow(in) > 0; got != want {
			t.Errorf("tableRow(%q) = %v, want %v", in, got, want)
		}
	}
	for _, rows := range []string{
		"红球　03　11　17　22　28　31\n蓝球　09\n",
		"红球　03　11　17　22　28　31　蓝球　09\n",
		"前区　05　12　19　27　33\n后区　03　11\n",
	} {
		d := mustRead(t, servicePageWith("停水通知", rows))
		for _, row := range strings.Split(strings.TrimSuffix(rows, "\n"), "\n") {
			if got := kindOfText(d, row); got != string(doc.KindParagraph) {
				t.Errorf("%q: %s, want a paragraph of its own\n%s", row, got, treeLines(d))
			}
		}
		for _, row := range []string{"一等奖　6注　每注628万元", "二等奖　112注　每注18.6万元"} {
			if got := kindOfText(d, row); got != string(doc.KindParagraph) {
				t.Errorf("%q under %q: %s, want a paragraph of its own\n%s", row, rows, got, treeLines(d))
			}
		}
		if got := headlines(d); got != "中国福利彩票“双色球”第2026140期开奖公告 / 停水通知" {
			t.Errorf("articles %s\n%s", got, treeLines(d))
		}
		roundTrip(t, d)
	}
}
