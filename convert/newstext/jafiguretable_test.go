package newstext

import "testing"

// TestJaFigureLabelNoPlace: a table's or figure's label in brackets,
// ［表］, 【図】, is no dateline's place, however short; a place's is.
func TestJaFigureLabelNoPlace(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"［表］主な企業の4～9月期決算", false},
		{"【図】県内の感染者数の推移", false},
		{"［グラフ］有効求人倍率の推移", false},
		{"［大阪］大阪市は6日", true},
		{"【津】津市は6日", true},
		{"【表町】表町商店街で6日", true}, // a place holding 表
	} {
		if _, _, got := parseDatelineLang(c.s, "ja"); got != c.want {
			t.Errorf("parseDatelineLang(%q) ok = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestBracketedTableTitle: a line opening with a figure's label in
// brackets and its title is the table's caption; the label alone, a
// sentence after it, or a place's label are not.
func TestBracketedTableTitle(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"［表］主な企業の4～9月期決算", true},
		{"【図】県内の感染者数の推移", true},
		{"［表］", false},
		{"［表］売上高は前年同期比6%増えた。", false},
		{"［大阪］主な企業の4～9月期決算", false},
		{"表：上月營收前三大產業", true},
	} {
		if got := tableTitle(c.s); got != c.want {
			t.Errorf("tableTitle(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestComparisonRowLength: a business table's row with a comparison
// bracket after each figure is a row though longer than a row's bounds;
// prose with brackets, and a row too long without its brackets, are not.
func TestComparisonRowLength(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"北星電機　4812（6）　316（12）　204（▲3）", 4},
		{"東和精工　912（▲3）　71（▲18）　48（▲21）", 4},
		{"関西ミート　１２８７（４）　３５（９）　２２（１５）", 4},
		{"北星電機は6日（現地時間）に米国で新工場の建設を発表した", 0},
		{"売上高は4812億円（6%増）で過去最高を更新した", 0},
		{"北星電機ホールディングス株式会社　4812（6）　316（12）　204（▲3）", 0}, // 29 runes without its brackets
		{"北星電機　4812（前年の実績を大きく上回る）　316（12）", 0},          // a bracket of words: no comparison
	} {
		if got := tableRow(c.s); got != c.want {
			t.Errorf("tableRow(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestUnitBracketLine: a table's unit alone in brackets, its legend after
// it however long, closes the table's title above it; a bracket of other
// words, or of 単位 as a word, does not.
func TestUnitBracketLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"（単位・億円、カッコ内は前年同期比増減率％、▲は赤字・減）", true},
		{"（单位：亿元）", true},
		{"(單位:萬元)", true},
		{"（単位制の高校を含む）", false},
		{"（北星電機提供）", false},
		{"（単位・億円）と発表した。", false},
	} {
		if got := unitBracketLine(c.s); got != c.want {
			t.Errorf("unitBracketLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
