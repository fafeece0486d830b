package newstext

import (
	"strings"
	"testing"
)

// Chinese forms from blind round 11 (December 2026),
// each tested on original text of its own.

// TestPaperTagDateline: a Hong Kong or Taiwan paper's own name in
// lenticular brackets run in before the first sentence (【晴報】, 【文匯報】,
// 【澳門日報】) is the story's dateline with the paper as org, as
// 【明報專訊】 is; a story's tag (【快報】), a digest item's lead-in
// (【天氣預報】), a bracket alone on its line and a Japanese 【速報】 are not.
func TestPaperTagDateline(t *testing.T) {
	for _, tc := range []struct {
		s, lang, org string
		ok           bool
	}{
		{"【晴報】渡輪公司昨日宣布加價。", "zh-Hant", "晴報", true},
		{"【文匯報】 特區政府昨日公布新措施。", "zh-Hant", "文匯報", true},
		{"【澳門日報】氹仔新公園今日開放。", "zh-Hant", "澳門日報", true},
		{"【扬子晚报】南京地铁今起调图。", "zh-Hans", "扬子晚报", true},
		{"【快報】渡輪公司昨日宣布加價。", "zh-Hant", "", false},
		{"【天氣預報】明日大致天晴。", "zh-Hant", "", false},
		{"【喜報】本校學生奪得冠軍。", "zh-Hant", "", false},
		{"【晴報】", "zh-Hant", "", false},
		{"【晴報】2026年6月9日", "zh-Hant", "", false},
		{"【速報】大雪で新幹線が運転見合わせ。", "ja", "", false},
		{"（晴報）渡輪公司昨日宣布加價。", "zh-Hant", "", false},
	} {
		d, _, ok := parseDatelineLang(tc.s, tc.lang)
		if ok != tc.ok || ok && d.org != tc.org {
			t.Errorf("%s: got %v org %q, want %v org %q", tc.s, ok, d.org, tc.ok, tc.org)
		}
	}
	page := "渡輪加價一成　下月生效\n\n" +
		"【晴報】渡輪公司昨日宣布，來往離島的航線\n下月起加價一成，為三年來首次。\n\n" +
		"公司發言人表示，燃油及維修成本上升，\n加價實屬無奈。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got, "headline 渡輪加價一成　下月生效\ndateline 【晴報】\nparagraph 渡輪公司昨日宣布")
}
