package newstext

import (
	"strings"
	"testing"
)

// TestHantKickerWarning: of a Traditional Chinese title pair whose short
// first line the README's widths make the kicker (冬季旅遊升溫 / 哈爾濱
// 冰雪大世界下周開園), the warning says the widths decided; a Simplified
// Chinese pair, taken by the Chinese default, still says nothing told.
func TestHantKickerWarning(t *testing.T) {
	for page, want := range map[string]string{
		"冬季旅遊升溫\n哈爾濱冰雪大世界下周開園\n\n【大公報訊】記者林曉峰報道：冰雪大世界將於下周開園，預計接待遊客逾百萬人次。\n": "taken as kicker by their widths",
		"冬季旅游升温\n哈尔滨冰雪大世界下周开园\n\n本报讯　冰雪大世界将于下周开园，预计接待游客逾百万人次。\n":           "nothing tells which is the kicker",
	} {
		d := mustRead(t, page)
		var msgs []string
		for _, di := range d.Diagnostics {
			msgs = append(msgs, di.Message)
		}
		if got := strings.Join(msgs, "\n"); !strings.Contains(got, want) {
			t.Errorf("no %q among:\n%s", want, got)
		}
	}
}
