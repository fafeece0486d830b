package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestOutletReportDateline: a site's or broadcaster's own name and 報道
// run in before the first sentence, 【點新聞報道】, 【HK01報道】,
// 【on.cc東網報道】, 【公視新聞報導】, 【点新闻报道】, is the story's
// dateline naming it, as 【點新聞訊】 and 【星島日報報道】 are, never a
// run-in head holding the whole story (blind page hk-dian-web); so are
// outlets' Latin names in their own case, 【am730報道】, 【i-CABLE報道】,
// 【TOPick報道】, 【Yahoo報道】, 【CTWANT報導】. A kind of
// report in the same brackets, 【深度報道】, 【獨家報道】, 【专题报道】,
// 【連續報道】, a section's 【即時新聞報道】, 【假新聞報道】 and a topic's
// 【AI報道】, 【5G報道】, 【NBA報道】, 【G20峰會報道】 name no outlet and
// stay heads (a shape of three Latin letters or digits took the last two).
func TestOutletReportDateline(t *testing.T) {
	page := "點新聞\n港聞\n九巴下月起增設兩條特快線\n2026-12-06 18:42\n%s九巴宣布，明年1月起新增兩條特快巴士路線，預計每日可服務約1.2萬人次。\n" +
		"九巴表示，新路線只在繁忙時間服務，車程可較現有路線縮短約20分鐘。\n責任編輯：梁嘉欣\n"
	for _, c := range []struct{ tag, org string }{
		{"【點新聞報道】", "點新聞"},
		{"【点新闻报道】", "点新闻"},
		{"【HK01報道】", "HK01"},
		{"【HK01報導】", "HK01"},
		{"【on.cc東網報道】", "on.cc東網"},
		{"【公視新聞報導】", "公視新聞"},
		{"【TVB報道】", "TVB"},
		{"【點新聞訊】", "點新聞"},
		{"【星島日報報道】", "星島日報"},
		{"【深度報道】", ""},
		{"【獨家報道】", ""},
		{"【专题报道】", ""},
		{"【連續報道】", ""},
		{"【即時新聞報道】", ""},
		{"【假新聞報道】", ""},
		{"【AI報道】", ""},
		{"【5G報道】", ""},
		{"【G20峰會報道】", ""},
		{"【NBA報道】", ""},
		{"【APEC報道】", ""},
		{"【iPhone報道】", ""},
		{"【ETtoday新聞雲報道】", "ETtoday新聞雲"},
		{"【RTHK報道】", "RTHK"},
		{"【now新聞報道】", "now新聞"},
		// Outlets' names in their own case (review pages hk-am730,
		// hk-iCABLE, hk-TOPick).
		{"【am730報道】", "am730"},
		{"【i-CABLE報道】", "i-CABLE"},
		{"【TOPick報道】", "TOPick"},
		{"【Yahoo報道】", "Yahoo"},
		{"【CTWANT報導】", "CTWANT"},
		{"【TVBS報導】", "TVBS"},
		{"【Nba報道】", ""},
	} {
		d := mustRead(t, strings.Replace(page, "%s", c.tag, 1))
		n := nodeWithText(d, c.tag)
		switch {
		case c.org != "" && (n == nil || n.Kind != doc.KindDateline || n.Org != c.org):
			t.Errorf("%s: got %+v, want a dateline org=%s:\n%s", c.tag, n, c.org, strings.Join(flatKinds(d), "\n"))
		case c.org == "" && n != nil && n.Kind == doc.KindDateline:
			t.Errorf("%s: read as a dateline org=%s, want none", c.tag, n.Org)
		}
		roundTrip(t, d)
	}
}
