package newstext

import (
	"strings"
	"testing"
)

// TestExplainFinal: a decision says what its unit became in the tree
// when later passes changed it (Decision.Final), and nothing when the
// grammar's label stands.
func TestExplainFinal(t *testing.T) {
	page := strings.Join([]string{
		"# 冬至夜", "", "□苏晚（江苏南通）", "",
		"雪落下来的时候", "母亲把灯又拧亮了一点", "锅里的汤圆翻着身", "",
		"窗外的雪还在落", "像谁没说完的话", "轻轻落在屋檐上", "",
		"　　【记者手记】那一夜雪很大，我们走了很久。", "",
		"新华社北京12月1日电　记者王某报道：今天开会。",
	}, "\n")
	got := map[int]string{}
	labels := map[int]string{}
	mustRead(t, page, WithExplain(func(d Decision) {
		got[d.Line] += d.Final + ";"
		labels[d.Line] += d.Label + ";"
	}))
	for _, tc := range []struct {
		line        int
		label, want string
	}{
		{1, "headline;", ";"},
		{3, "byline;", ";"},
		{5, "paragraph;", "verse;"},
		{6, "paragraph;", "joined to line 5 (verse);"},
		{11, "paragraph;", "joined to line 9 (verse);"},
		{13, "heading;paragraph;", ";;"}, // a run-in head and its paragraph: one leaf each
		{15, "paragraph;", "dateline + byline + paragraph;"},
	} {
		if labels[tc.line] != tc.label || got[tc.line] != tc.want {
			t.Errorf("line %d: label %q final %q, want %q %q", tc.line, labels[tc.line], got[tc.line], tc.label, tc.want)
		}
	}
	var d Decision
	d.Line, d.Label, d.Final, d.Text = 6, "paragraph", "joined to line 5 (verse)", "母亲"
	if s := d.String(); s != "6 paragraph 0 → joined to line 5 (verse) | 母亲" {
		t.Errorf("String() = %q", s)
	}
}

// TestExplainSettledHead: a headline settled by a pass before the
// grammar is not said to carry a marker its line does not have.
func TestExplainSettledHead(t *testing.T) {
	u := unit{kind: uHeadline}
	if got := firstPassReason(&u, true); got != `marker "# "` {
		t.Errorf("marked headline: %q", got)
	}
	if got := firstPassReason(&u, false); strings.Contains(got, "marker") {
		t.Errorf("unmarked headline: %q", got)
	}
	reasons := map[int]string{}
	mustRead(t, "# 标题\n\n## 小标\n\n　　正文。\n", WithExplain(func(d Decision) {
		reasons[d.Line] = strings.Join(d.Reasons, "; ")
	}))
	if reasons[1] != `marker "# "` || reasons[3] != `marker "## "` {
		t.Errorf("reasons = %v", reasons)
	}
}
