package newstext

import (
	"strings"
	"testing"
)

// TestUnitLineUnder: a small table's title whose unit stands alone on
// the line under it (主要产品出口情况 / （单位：亿元）, 품목별 수출 현황 /
// (단위: 억원)) is the table's caption, the two lines one title, and its
// first row is a row of its own: it had been glued into one paragraph with
// them (主要产品出口情况（单位：亿元）钢材　1200　1350), and a Korean
// (단위=억원) had opened a dateline. A bracket under the title that is no
// unit, and a unit under a sentence, do not make a title.
func TestUnitLineUnder(t *testing.T) {
	for _, tt := range []struct {
		page string
		want []string
	}{
		{"出口增长\n\n本报讯　今年出口增长。\n\n主要产品出口情况\n（单位：亿元）\n钢材　1200　1350\n汽车　800　820\n\n商务部表示，明年将继续增长。\n",
			[]string{"caption 主要产品出口情况（单位：亿元）", "paragraph 钢材　1200　1350", "paragraph 汽车　800　820", "paragraph 商务部表示"}},
		{"出口增長\n\n本報訊　今年出口增長。\n\n主要產品出口情況\n（單位：億元）\n鋼材　1200　1350\n汽車　800　820\n\n商務部表示，明年將繼續增長。\n",
			[]string{"caption 主要產品出口情況（單位：億元）", "paragraph 鋼材　1200　1350"}},
		{"반도체 수출 증가\n\n(서울=연합뉴스) 김민수 기자 = 반도체 수출이 늘었다고 산업부가 7일 밝혔다.\n\n품목별 수출 현황\n(단위: 억원)\n반도체  1200  1350\n자동차  800  820\n\n산업부는 내년에도 증가세가 이어질 것으로 내다봤다.\n",
			[]string{"caption 품목별 수출 현황 (단위: 억원)", "paragraph 반도체  1200  1350", "paragraph 자동차  800  820"}},
		{"반도체 수출 증가\n\n(서울=연합뉴스) 김민수 기자 = 반도체 수출이 늘었다고 산업부가 7일 밝혔다.\n\n품목별 수출 현황\n(단위=억원)\n반도체 1200 1350\n자동차 800 820\n\n산업부는 내년에도 증가세가 이어질 것으로 내다봤다.\n",
			[]string{"caption 품목별 수출 현황 (단위=억원)", "paragraph 반도체 1200 1350"}},
	} {
		d := mustRead(t, tt.page)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, tt.want...)
		if len(d.Articles) != 1 {
			t.Errorf("%d articles, want 1:\n%s", len(d.Articles), got)
		}
		roundTrip(t, d)
	}
	for _, tt := range []struct{ title, unit string }{
		{"主要产品出口情况", "（截至11月底）"},                   // no unit
		{"今年出口总额持续增长。", "（单位：亿元）"},                 // a sentence over it
		{"主要产品出口情况", "（单位：亿元，同比增长以百分比计，数据截至十一月底）"}, // too long for a unit alone
	} {
		if unitLineUnder(tt.title, tt.unit) {
			t.Errorf("unitLineUnder(%q, %q) = true, want false", tt.title, tt.unit)
		}
	}
	if !unitLineUnder("主要ワイナリーの出荷量", "（単位：万本）") {
		t.Errorf("unitLineUnder: a Japanese unit under its title, want true")
	}
}
