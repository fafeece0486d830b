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

// TestInlineArrowLinks: on a Chinese page copied from a site (a time
// stamp under its headline), title lines opening with ► between the
// paragraphs are the site's related links, noise, and the paragraph under
// them is not glued to them; on a printed page (no stamp, no site
// furniture) a ► line between paragraphs is no link.
func TestInlineArrowLinks(t *testing.T) {
	body := "高鐵站前廣場完成改建\n2026-04-02 09:20\n記者周文華／台南報導\n" +
		"台南高鐵站前廣場改建工程昨天完工，新增遮雨長廊與自行車停車區。\n" +
		"►南科園區擴建第三期　環評初審過關\n" +
		"►台南市區公車路網調整　六條路線改道\n" +
		"市府交通局表示，廣場啟用後，接駁車候車時間可縮短約五分鐘。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, body)), "\n")
	wantIn(t, got,
		"noise ►南科園區擴建第三期　環評初審過關\nnoise ►台南市區公車路網調整　六條路線改道\nparagraph 市府交通局表示",
	)
	print := "高鐵站前廣場完成改建\n\n" +
		"台南高鐵站前廣場改建工程昨天完工，新增遮雨長廊與自行車停車區。\n\n" +
		"►接駁車班次增加\n\n" +
		"市府交通局表示，廣場啟用後，接駁車候車時間可縮短約五分鐘。\n"
	got = strings.Join(pageLeafKinds(mustRead(t, print)), "\n")
	if strings.Contains(got, "noise ►") {
		t.Errorf("a printed page's ► line read as a link:\n%s", got)
	}
}

// TestCopyrightAnyReprint: a site's copyright notice that forbids any
// reprint (不得任意轉載), also set between stars as ETtoday does, is a
// copyright line, noise, not a head opened by ★.
func TestCopyrightAnyReprint(t *testing.T) {
	for _, s := range []string{
		"★ 版權聲明：本網站內容版權歸南方快訊所有，非經授權，不得任意轉載 ★",
		"版权声明：本文版权归江城晚报所有，请勿任意转载",
	} {
		if noiseKind(s) != noiseCopyright {
			t.Errorf("%s: not a copyright line", s)
		}
	}
	page := "夜市攤商迎來人潮\n2026-04-02 09:20\n" +
		"連假首日，各地夜市湧現大批遊客。\n" +
		"★ 版權聲明：本網站內容版權歸南方快訊所有，非經授權，不得任意轉載 ★\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got, "noise ★ 版權聲明")
}
