package newstext

import (
	"testing"
)

// TestBlind84BareReportDateline: a Hong Kong story opened by its report
// word alone in brackets, 【專訊】, the paper's name left off as 【本報訊】
// leaves it, has that dateline (no org), not a run-in section heading
// (blind page hk-yule-shouyingli-piaofang); a bracket naming a kind of
// piece (【專訪】, 【專題】) and the word unbracketed are no dateline.
func TestBlind84BareReportDateline(t *testing.T) {
	for _, tt := range []struct {
		lead string
		want bool // a dateline
	}{
		{"【專訊】", true},
		{"【专讯】", true},
		{"【 專訊 】", true},
		{"【本報專訊】", true},
		{"【本報訊】", true},
		{"【專訪】", false},
		{"【專題】", false},
		{"【專欄】", false},
		{"【快報】", false},
		{"專訊", false},
	} {
		d, _, ok := parseDatelineLang(tt.lead+"電影《夜航》前晚在尖沙咀舉行首映禮。", "zh-Hant")
		if ok != tt.want || ok && d.org != "" {
			t.Errorf("parseDatelineLang(%q…) = %+v, %v; want a dateline %v, no org", tt.lead, d, ok, tt.want)
		}
	}
	page := "張子朗袁詠晴首映禮同框\n否認拍拖　自爆曾結伴行山\n\n【專訊】電影《夜航》前晚在尖沙咀舉行首映禮，男女主角一同亮相。\n\n近日有雜誌指兩人拍拖，袁詠晴就表示自己專心工作。\n"
	d := mustRead(t, page)
	if got := kindOfText(d, "【專訊】"); got != "dateline" {
		t.Errorf("【專訊】 read as %q, want dateline", got)
	}
}
