package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKickerAlikeRows: lines of one row shape (as many padded fields, a
// figure opening the same ones) that the reader knows no figure in are a
// box's rows: the last of them over the next story's headline are never
// its kickers (a stack of them moved into the wrong story), nor one its
// headline, and --explain says what the tree holds (blind page
// cn-shibao-tiyu-22, its rows cut to a name and a time). Title pairs of
// two phrases, a figure inside one (港股三連升　收復19500點 over
// 科技股領漲　成交增至1126億), are no such rows and still open the next
// story; nor are a headline and its deck that each open with a figure in
// a phrase (２０２７年度予算案　閣議決定 over １１５兆円　過去最大を更新).
func TestKickerAlikeRows(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"孙佳琪　2小时35分51秒", "赵雨桐　2小时37分20秒", true},
		{"孙佳琪\t2小时35分51秒", "赵雨桐\t2小时37分20秒", true},
		{"孙佳琪  2小时35分51秒", "赵雨桐  2小时37分20秒", true},
		{"东区　3人　12票", "西区　5人　9票", true},
		{"港股三連升　收復19500點", "科技股領漲　成交增至1126億", false},
		{"江城马拉松　鸣枪开跑", "两万跑者　穿越三江", false},
		{"孙佳琪　2小时35分51秒", "赵雨桐　2小时37分20秒　赛会纪录", false},
		{"孙佳琪 2小时35分51秒", "赵雨桐 2小时37分20秒", false},
		{"孙佳琪　2小时35分51秒，", "赵雨桐　2小时37分20秒", false},
		{"2小时35分51秒　孙佳琪", "赵雨桐　2小时37分20秒", false},
		// A headline over its deck, each opening with a figure in a
		// phrase: no figure alone, no rows.
		{"２０２７年度予算案　閣議決定", "１１５兆円　過去最大を更新", false},
		{"11月CPI同比上涨0.2%　涨幅回落", "1至11月　PPI同比下降2.1%", false},
		{"３期ぶり　改善", "２期ぶり　悪化", false},
	} {
		if got := alikeRows(c.a, c.b); got != c.want {
			t.Errorf("alikeRows(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// (A 22-character measure, set by the story's full lines: the rows
	// stop well short of it.)
	story := "　　本报讯　12月6日，2026江城马拉松在市民广场鸣\n枪开跑，来自全国28个省区市的2万名跑者参赛。赛\n道途经滨江大道、老城墙、湿地公园等地标。\n"
	next := "国乒公布亚锦赛参赛名单\n　　据新华社北京12月6日电　中国乒乓球协会\n6日公布了亚锦赛中国队参赛名单。\n"
	rows := []string{"杨正林　2小时14分36秒", "马俊峰　2小时15分02秒", "刘欣怡　2小时33分09秒", "孙佳琪　2小时35分51秒", "赵雨桐　2小时37分20秒"}
	page := "江城马拉松鸣枪开跑\n" + story + "全程马拉松前五名\n" + strings.Join(rows, "\n") + "\n" + next
	explained := map[string]string{}
	d := mustRead(t, page, WithExplain(func(d Decision) { explained[d.Text] = d.Label }))
	got := strings.Join(flatKinds(d), "\n")
	want := []string{
		"article", "  headline 江城马拉松鸣枪开跑", "  dateline 本报讯",
		"  paragraph 12月6日，2026江城马拉松在市民广场鸣枪开跑，来自全国28个省区市的2万名跑者参赛。赛道途经滨江大道、老城墙、湿地公园等地标。",
		"  section ", "    heading 全程马拉松前五名",
	}
	for _, r := range rows {
		want = append(want, "    paragraph "+r)
	}
	want = append(want, "article", "  headline 国乒公布亚锦赛参赛名单", "  dateline 据新华社北京12月6日电",
		"  paragraph 中国乒乓球协会6日公布了亚锦赛中国队参赛名单。")
	if w := strings.Join(want, "\n"); got != w {
		t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, w)
	}
	for _, r := range rows {
		if explained[r] != "paragraph" {
			t.Errorf("%s: explained as %q, want paragraph", r, explained[r])
		}
	}
	roundTrip(t, d)

	// A title pair of two phrases over the next story still opens it.
	page = "江城马拉松鸣枪开跑\n" + story + "港股三連升　收復19500點\n科技股領漲　成交增至1126億\n　　本报讯　恒生指数昨日升212点，收报19534\n点。\n"
	d = mustRead(t, page)
	if n := nodeWithText(d, "港股三連升　收復19500點"); n == nil || n.Kind != doc.KindKicker && n.Kind != doc.KindHeadline {
		t.Errorf("title pair: the upper line is %v, want a title:\n%s", n, strings.Join(flatKinds(d), "\n"))
	}
	roundTrip(t, d)
}

// TestExplainStackedKickers: --explain labels a line kicker exactly
// where the tree holds it as one: body text the builder takes into a
// stack of kickers over a headline too, not only the line right over it.
func TestExplainStackedKickers(t *testing.T) {
	page := "江城马拉松鸣枪开跑\n　　本报讯　12月6日，2026江城马拉松在市民广场鸣\n枪开跑，2万名跑者参赛。\n" +
		"冬日暖阳\n全民健身\n国乒公布亚锦赛参赛名单\n　　据新华社北京12月6日电　中国乒乓球协会\n6日公布了亚锦赛中国队参赛名单。\n"
	explained := map[string]string{}
	d := mustRead(t, page, WithExplain(func(d Decision) { explained[d.Text] = d.Label }))
	for _, line := range []string{"冬日暖阳", "全民健身"} {
		n := nodeWithText(d, line)
		if n == nil {
			t.Fatalf("%s: not in the tree:\n%s", line, strings.Join(flatKinds(d), "\n"))
		}
		if explained[line] != string(n.Kind) {
			t.Errorf("%s: explained as %q, the tree holds %s", line, explained[line], n.Kind)
		}
	}
	roundTrip(t, d)
}
