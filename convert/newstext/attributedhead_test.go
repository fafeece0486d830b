package newstext

import (
	"strings"
	"testing"
)

// hkTwoStories is a Hong Kong page of 15-character lines parted by blank
// lines: a story ended by a finished paragraph, then title lines over
// the next story's text.
func hkTwoStories(titles string) string {
	return "港股三連升　收復19500點\n科技股領漲　成交增至1126億\n\n" +
		"【港島日報訊】港股昨日連升第三\n日，恒指高開後反覆向上，收市報\n19,534點，升212點。\n\n" +
		"不過，證券行策略師提醒，恒指於\n19,800點附近阻力較大，投\n資者不宜過分追高。\n\n" +
		titles + "\n\n" +
		"天文台預測，一股東北季候風會在\n周二晚抵達廣東沿岸，本港周三起\n轉涼，市區最低氣溫約14度，新\n界再低兩三度。\n\n" +
		"天文台提醒，日夜溫差較大，市民\n應留意天氣變化，適時添衣。\n"
}

// zhTwoStories is hkTwoStories on a Simplified Chinese page.
func zhTwoStories(titles string) string {
	return "城南农贸市场明起恢复营业\n\n" +
		"本报讯（记者 李娜）历时四个月提升\n改造，城南农贸市场将于12月8日起\n恢复营业。\n\n" +
		"据介绍，改造后的市场共设摊位126\n个，分为蔬菜、肉类等七个区域。\n\n" +
		titles + "\n\n" +
		"记者从市公安局获悉，今年以来全市\n共发生电信诈骗案件300余起，其中\n六成受害人为60岁以上老年人。\n\n" +
		"警方提醒，市民接到陌生来电要提高\n警惕，切勿轻易转账。\n"
}

// TestAttributedHeadlineOverSubheadline: a headline that speaks for its
// source, 天文台：周三起轉涼, over a shorter subheadline line right after a
// finished paragraph opens the next story as its headline, as the same
// title without the colon does (blind page hk-gangdao-caijing, where it
// was left a paragraph of the story above, its subheadline the
// headline). An interview's 問：…, a role's 記者：… and a form's row stay
// what they were, and a title group with no colon is unchanged.
func TestAttributedHeadlineOverSubheadline(t *testing.T) {
	for _, tt := range []struct {
		titles string
		want   []string // the second article's first nodes; nil: the upper line is not its headline
		hans   bool     // on the Simplified page
	}{
		{"天文台：周三起轉涼\n市區最低氣溫14度", []string{"headline 天文台：周三起轉涼", "subheadline 市區最低氣溫14度"}, false},
		{"天文台：周三起轉涼\n\n市區最低氣溫14度", []string{"headline 天文台：周三起轉涼", "subheadline 市區最低氣溫14度"}, false},
		{"天文台:周三起轉涼\n市區最低氣溫14度", []string{"headline 天文台:周三起轉涼", "subheadline 市區最低氣溫14度"}, false},
		{"天文台指：周三起轉涼\n最低14度", []string{"headline 天文台指：周三起轉涼", "subheadline 最低14度"}, false},
		{"衞生署：流感高峰期將至\n籲長者盡早接種疫苗", []string{"headline 衞生署：流感高峰期將至", "subheadline 籲長者盡早接種疫苗"}, false},
		{"专家：警惕电信诈骗新套路\n老年人成主要目标", []string{"headline 专家：警惕电信诈骗新套路", "subheadline 老年人成主要目标"}, true},
		{"市公安局：警惕电信诈骗新套路\n\n六成受害人为老年人", []string{"headline 市公安局：警惕电信诈骗新套路", "subheadline 六成受害人为老年人"}, true},
		// Unchanged: no colon.
		{"天文台料周三起轉涼\n市區最低氣溫14度", []string{"headline 天文台料周三起轉涼", "subheadline 市區最低氣溫14度"}, false},
		// Look-alikes: no source of a title.
		{"記者：周三起轉涼\n市區最低氣溫14度", nil, false},
		{"問：市民如何預約\n市區最低氣溫14度", nil, false},
		{"记者：王小明\n老年人成主要目标", nil, true},
		{"问：老人如何防骗\n老年人成主要目标", nil, true},
	} {
		page := hkTwoStories(tt.titles)
		if tt.hans {
			page = zhTwoStories(tt.titles)
		}
		d := mustRead(t, page)
		upper, _, _ := strings.Cut(strings.ReplaceAll(tt.titles, "\n\n", "\n"), "\n")
		var second []string
		if len(d.Articles) == 2 {
			for _, n := range d.Articles[1].Children {
				second = append(second, string(n.Kind)+" "+n.Text)
			}
		}
		got := strings.Join(second, " | ")
		if tt.want != nil {
			if len(second) < 2 || strings.Join(second[:2], " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("%q: second article %s, want %s", tt.titles, got, strings.Join(tt.want, " | "))
			}
		} else if strings.HasPrefix(got, "headline "+upper) {
			t.Errorf("%q: second article %s, want no headline %s", tt.titles, got, upper)
		}
		roundTrip(t, d)
	}
	for _, s := range []string{"天文台：周三起轉涼", "专家：警惕“隐形”风险", "天文台指：周三起轉涼"} {
		if !attributedHead(s) {
			t.Errorf("attributedHead(%q) = false", s)
		}
	}
	for _, s := range []string{"問：市民如何預約", "答：網上預約", "记者：王小明", "地址：江城市滨江大道88号", "开奖日期：2026年12月5日"} {
		if attributedHead(s) {
			t.Errorf("attributedHead(%q) = true", s)
		}
	}
}

// TestExplainKickerAsTree: --explain names body text over a headline a
// kicker only where the builder takes it for one (kickerOver): a title
// line with a colon, which takeKickers refuses, stays a paragraph of the
// story above in the tree, and its explanation must say so (blind page
// hk-gangdao-caijing, where explain said kicker and the tree held a
// paragraph). A kicker the tree keeps is still explained as one.
func TestExplainKickerAsTree(t *testing.T) {
	for _, tt := range []struct {
		titles, line, want string
	}{
		{"記者：周三起轉涼\n市區最低氣溫14度", "記者：周三起轉涼", "paragraph"},
		{"周三起轉涼\n市區最低氣溫14度", "周三起轉涼", "kicker"},
	} {
		page := hkTwoStories(tt.titles)
		got := ""
		d := mustRead(t, page, WithExplain(func(d Decision) {
			if d.Text == tt.line {
				got = d.Label
			}
		}))
		if got != tt.want {
			t.Errorf("%s: explained as %q, want %q", tt.line, got, tt.want)
		}
		n := nodeWithText(d, tt.line)
		if n == nil || string(n.Kind) != tt.want {
			t.Errorf("%s: tree holds %v, want %s", tt.line, n, tt.want)
		}
	}
}
