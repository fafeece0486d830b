package newstext

import "testing"

// TestRubricKicker: a column's name, a topic and a column word (楼市观察,
// 教育视点), over a longer punctuated title line is the rubric over the
// headline, its kicker, not a headline over a subheadline; a title of
// what happened is no rubric.
func TestRubricKicker(t *testing.T) {
	for s, want := range map[string]bool{
		"楼市观察":       true,
		"教育视点":       true,
		"跨境电商速递":     true,
		"觀察":         false, // a column word alone (columnLabels has the bare ones)
		"房价连续三个月回落":  false,
		"楼市观察：成交回暖":  false,
		"本周国际财经新闻观察": false, // longer than a column's name
	} {
		if got := rubricLabel(s); got != want {
			t.Errorf("rubricLabel(%q) = %v, want %v", s, got, want)
		}
	}
	wantKinds(t, "楼市观察\n二手房成交回暖：多城挂牌量“见顶”\n\n本报讯　记者从市住建局获悉，上月全市二手房成交套数环比增长百分之十二，为今年以来最高。\n",
		"kicker 楼市观察",
		"headline 二手房成交回暖：多城挂牌量“见顶”",
		"dateline 本报讯")
}
