package newstext

import (
	"strings"
	"testing"
)

// TestBlind26PlaceReporterDateline: the 毎日 style writes the reporter
// straight after a katakana place with no ＝ (blind page ja-asahi-world);
// a kanji word there that is part of the place or a desk, or an agency,
// is no reporter.
func TestBlind26PlaceReporterDateline(t *testing.T) {
	for in, want := range map[string][3]string{
		"ジュネーブ田中健":   {"ジュネーブ", "田中健", ""},
		"ニューヨーク佐々木亮": {"ニューヨーク", "佐々木亮", ""},
		"ワシントン共同":    {"ワシントン", "", "共同"},
		"パリ郊外":       {"パリ郊外", "", ""},
		"ロンドン支局":     {"ロンドン支局", "", ""},
		"ジュネーブ＝田中健":  {"ジュネーブ", "田中健", ""},
	} {
		dl, ok := bracketDateline(in, "ja")
		if !ok || dl.place != want[0] || strings.Join(dl.names, ",") != want[1] || dl.org != want[2] {
			t.Errorf("bracketDateline(%q) = %+v, %v; want place %s names %s org %s", in, dl, ok, want[0], want[1], want[2])
		}
	}
	if _, ok := placeReporterDateline("東京田中健"); ok {
		t.Error("a kanji place run into a kanji name has no boundary to find")
	}
	wantKinds(t, "感染症の備え　ＷＨＯが新指針\n\n【ジュネーブ田中健】世界保健機関（ＷＨＯ）は３日、新たな指針を公表した。\n",
		"headline 感染症の備え　ＷＨＯが新指針", "dateline 【ジュネーブ田中健】")
}
