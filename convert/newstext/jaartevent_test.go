package newstext

import (
	"strings"
	"testing"
)

// wantRun checks that the leaves of page, over all its articles, hold
// want as consecutive lines.
func wantRun(t *testing.T, page string, want ...string) {
	t.Helper()
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	if !strings.Contains(got+"\n", strings.Join(want, "\n")+"\n") {
		t.Errorf("page:\n%s\n got:\n%s\nwant, in a run:\n%s", page, got, strings.Join(want, "\n"))
	}
}

func TestJaArtEventKicker(t *testing.T) {
	const (
		above = "文化短信\n▽松本市の劇団は２０日、市民芸術館で記念公演を開く。\n\n"
		title = "信濃の木版画　百年の歩み\n"
		text  = "　大正期から現代まで、県ゆかりの版画家４２人の木版画約１５０点を紹介する。\n"
	)
	for _, kind := range []string{"［展覧会］", "［企画展］", "【演奏会】", "［講演会］", "［映画祭］"} {
		wantRun(t, above+kind+"\n"+title+text, "paragraph ▽松本市の劇団は２０日、市民芸術館で記念公演を開く。",
			"kicker "+kind, "headline 信濃の木版画　百年の歩み", "paragraph 大正期から現代まで、県ゆかりの版画家４２人の木版画約１５０点を紹介する。")
	}
	for _, s := range []string{"展覧会", "企画展", "演奏会", "講演会", "音楽祭"} {
		if !jaArtEvent(s) {
			t.Errorf("jaArtEvent(%q) = false", s)
		}
		if d, _, ok := parseDatelineLang("［"+s+"］", "ja"); ok {
			t.Errorf("parseDatelineLang(［%s］) = place %q", s, d.place)
		}
	}
	for _, s := range []string{"長野市", "松本", "佐久", "ワシントン", "会津若松", "展望台"} {
		if jaArtEvent(s) {
			t.Errorf("jaArtEvent(%q) = true", s)
		}
	}
	for in, place := range map[string]string{"［長野市］": "長野市", "【松本】": "松本", "【ワシントン】": "ワシントン", "【佐久】県内の": "佐久"} {
		if d, _, ok := parseDatelineLang(in, "ja"); !ok || d.place != place {
			t.Errorf("parseDatelineLang(%q) = %q %v, want place %q", in, d.place, ok, place)
		}
	}
	wantRun(t, above+"［現場から］\n"+title+text, "kicker ［現場から］", "headline 信濃の木版画　百年の歩み")
	wantRun(t, above+"【長野市】\n"+title+text, "dateline 【長野市】")
}
