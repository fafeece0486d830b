package newstext

import (
	"slices"
	"testing"
)

// TestTableTitle: a table's title line opens with 表, its number if it
// has one (1, １, 一) and a colon, as a photo's caption opens with 图：;
// words that open with 表 (表示, 表演) and 表 before a sentence are none.
func TestTableTitle(t *testing.T) {
	for s, want := range map[string]bool{
		"表1：三季度部分省份城投债发行情况（单位：亿元）": true,
		"表：上月營收前三大產業":              true,
		"表:上月营收前三大产业":              true,
		"表１：各縣市空屋率":                true,
		"表一：历年招生人数":                true,
		"表2　主要城市房价":                true,
		"表：":                       false,
		"表示：明年将继续推进改革":             false,
		"表演结束后观众起立鼓掌":              false,
		"表：上月營收創新高。":               false,
	} {
		if got := tableTitle(s); got != want {
			t.Errorf("tableTitle(%q) = %v, want %v", s, got, want)
		}
	}
	const page = "上月營收創新高\n\n　　經濟部昨日公布上月製造業營收，年增11.6％，創歷年同期新高。\n\n" +
		"表：上月營收前三大產業\n電子零組件業　1兆2,030億元　年增18.4％\n電腦及週邊設備業　8,456億元　年增9.1％\n"
	d := mustRead(t, page)
	if k := allKinds(d); !slices.Contains(k, "caption 表：上月營收前三大產業") {
		t.Errorf("got %v, want the table's title as its caption", k)
	}
	roundTrip(t, d)
}
