package newstext

import "testing"

// TestTableRowFigures: a row of a business or traffic table whose figures
// carry a thousands comma, a change word or a unit in katakana or Latin
// letters (1兆2,030億元　年增18.4％, ４０キロ, 40km) is a table's row, a
// paragraph of its own (blind pages tw-edn-ocr, ja-kotsu-jutai), as one
// of bare figures was; a headline with a figure inside a phrase, or a
// clause parted by a comma, is none.
func TestTableRowFigures(t *testing.T) {
	for s, want := range map[string]bool{
		"電子零組件業　1兆2,030億元　年增18.4％": true,
		"電腦及週邊設備業　8,456億元　年增9.1％":  true,
		"関越道上り　高崎ＩＣ付近　４０キロ":        true,
		"東北道下り　矢板付近　約４０キロ":         true,
		"中央道上り　小仏トンネル　40km":        true,
		"北京　晴　-3℃～6℃":              true,
		"预计2027年动工　提供1.5万个学位":      false,
		"营收增长，利润1,200万元":           false,
		"全市新增　1,200个车位":            false,
		// A market index's row: its close with the unit 點 and its rise or
		// fall, 漲142點 (blind page tw-ziyou-caijing-17).
		"加權指數　25,318點　漲142點":   true,
		"櫃買指數　268.41點　漲1.95點":  true,
		"上证指数　3,412.5点　涨0.52%": true,
		"道瓊指數　44,910點　跌123點":   true,
		"那斯達克　19,850點　下跌0.8％":  true,
		"台股大漲142點　收25,318點":    false,
		"约40年　终于建成":            false,
		"營收增3成　創新高":            false,
		"股價漲1.5倍　市值破兆":         false,
		"外資買超　漲142點　創新高":       false,
	} {
		if got := tableRow(s) > 0; got != want {
			t.Errorf("tableRow(%q) > 0 = %v, want %v", s, got, want)
		}
	}
}
