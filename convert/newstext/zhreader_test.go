package newstext

import (
	"strings"
	"testing"
)

// TestZhReaderSignature: a Hong Kong letter's signature at its foot, the
// district and the name (沙田　陳志強) or the name and the district in
// brackets (何嘉欣（將軍澳）), the reader's word before the name allowed, is
// the letter's byline, org the district, and the next letter's title
// under it opens the next article (blind page hk-sheping-duzhe-65: the
// first signature had been the next title's kicker, the second a
// paragraph). A place alone, a name alone, two places, a bracket of
// no place, a table's row, a title whose second word opens with a
// surname's character (黃金海岸) and a sentence stay none.
func TestZhReaderSignature(t *testing.T) {
	for in, want := range map[string]string{
		"沙田　陳志強":       "沙田/陳志強",
		"沙田 陳志強":       "沙田/陳志強",
		"沙田　陳　強":       "沙田/陳強",
		"將軍澳　何嘉欣":      "將軍澳/何嘉欣",
		"沙田　陳先生":       "沙田/陳先生",
		"台北市　王小明":      "台北市/王小明",
		"江州市南湖区　李明":    "江州市南湖区/李明",
		"何嘉欣（將軍澳）":     "將軍澳/何嘉欣",
		"何嘉欣(將軍澳)":     "將軍澳/何嘉欣",
		"王小明（台北市）":     "台北市/王小明",
		"歐陽志強（屯門）":     "屯門/歐陽志強",
		"讀者　陳志強（沙田）":   "沙田/陳志強",
		"讀者陳志強（沙田）":    "沙田/陳志強",
		"沙田　讀者　陳志強":    "沙田/陳志強",
		"沙田":           "",
		"陳志強":          "",
		"沙田　大圍":        "", // two places
		"屯門　黃金海岸":      "", // a title: 黃金 is no surname and given name
		"沙田　21.5　13.1": "", // a table's row
		"何嘉欣（左）":       "", // a caption's pointer
		"陳志強（記者）":      "",
		"記者　陳志強":       "",
		"讀者來函":         "",
		"沙田　陳志強表示，":    "",
		"新界東　市民關注組":    "",
		// A district kicker's place or topic (review 27b).
		"大埔　林村":  "",
		"沙田　馬場":  "",
		"西貢　白沙灣": "",
		"屯門　藍地":  "",
		"九龍　黃埔":  "",
		"香港　高鐵":  "",
		"觀塘　文化":  "",
		"元朗　林志強": "元朗/林志強",
	} {
		got := ""
		if c, ok := zhReaderSignature(in); ok {
			got = c.org + "/" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("zhReaderSignature(%q) = %q, want %q", in, got, want)
		}
	}
	letter := func(title, sig string) string {
		return title + "\n\n　　本人居於沙田水泉澳邨，上月起\n區內一條巴士線改經新路，車站遷往\n坡頂，長者要多行十分鐘斜路。\n\n　　希望當局重新考慮，至少在原址\n保留一個分站。\n\n" + sig + "\n"
	}
	for _, sig := range []string{"沙田　陳志強", "何嘉欣（將軍澳）", "讀者　陳志強（沙田）"} {
		page := "A14　社評．論壇　2026年12月7日（星期一）\n\n論壇\n" + letter("巴士改道　長者苦不堪言", sig) + "\n" + letter("小販管理宜寬嚴並濟", "黃大仙　李美玲") +
			"\n歡迎讀者來函，請附真實姓名、地區及聯絡電話，電郵：letters@hkdaily.hk\n"
		d := mustRead(t, page)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "byline "+sig, "byline 黃大仙　李美玲")
		if len(d.Articles) != 2 || d.Articles[1].Children[0].Kind != "headline" || d.Articles[1].Children[0].Text != "小販管理宜寬嚴並濟" {
			t.Errorf("%s: want the second letter's title the second article's headline:\n%s", sig, got)
		} else if c := d.Articles[0].Children[len(d.Articles[0].Children)-1]; c.Kind != "byline" || c.Org == "" || len(c.Names) != 1 {
			t.Errorf("%s: the first letter's last node = %s %q %q, want a byline with org and name", sig, c.Kind, c.Org, c.Names)
		}
		roundTrip(t, d)
	}
	// Look-alikes: on a page that names no letters, a district news
	// page, the same line over a title stays a title line; on a letters
	// page, a line with a paragraph under it stays text.
	page := "港聞\n\n" + letter("巴士改道　長者苦不堪言", "沙田　陳志強") + "\n　　運輸署回應指會研究。\n"
	d := mustRead(t, strings.Replace(page, "港聞", "論壇", 1)+"\n歡迎讀者來函，電郵：letters@hkdaily.hk\n")
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "byline 沙田") {
		t.Errorf("a line with a paragraph under it read as a signature:\n%s", got)
	}
	roundTrip(t, d)
	d = mustRead(t, letter("巴士改道　長者苦不堪言", "沙田　陳志強")+"\n小販管理宜寬嚴並濟\n\n　　近日有報道指食環署加強取締夜\n市小販。\n")
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "byline 沙田") {
		t.Errorf("a page naming no letters read a signature:\n%s", got)
	}
	roundTrip(t, d)
	// A story that names letters in a sentence (接獲市民來信投訴) makes no
	// letters page: the district kicker over the next title stays its
	// kicker (review 27b, hk-district-kicker).
	d = mustRead(t, "環保署接逾三百宗噪音投訴\n環保署表示，今年共接獲市民來信投訴噪音逾三百宗，已派員到場巡查及檢測。\n署方會繼續監察有關情況，如發現違規會提出檢控。\n\n"+
		"大埔　林志強\n許願廣場新春人潮湧現\n新春期間，大批市民到林村許願廣場祈福，現場人頭湧湧。\n")
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "byline 大埔") {
		t.Errorf("a sentence's 來信 made a letters page:\n%s", got)
	}
}
