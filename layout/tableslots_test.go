package layout

import (
	"fmt"
	"strings"
	"testing"
)

// TestTableSlots: a row of fewer fields than the run's widest keeps its
// label in the first column and its last fields in the last columns; a
// row opening with a figure leaves the label column empty; rows of as
// many fields fill the columns in order.
func TestTableSlots(t *testing.T) {
	tests := []struct {
		rule string
		rows []string
		want string // each row's columns, rows parted by |
	}{
		{"rows of as many fields", []string{"广东 102:98 辽宁", "北京 88:91 浙江"}, "0 1 2|0 1 2"},
		{"a lottery's bonus number under its numbers", []string{"红球 03 11 17 22 28 31", "蓝球 09"}, "0 1 2 3 4 5 6|0 6"},
		{"an election's loser row leaves the mark's column empty", []string{"当 12,408 高木誠一 無新", "9,876 大野和夫 無現"}, "0 1 2 3|1 2 3"},
		{"a market row whose name has two words", []string{"코스피 2712.35 ▲53.21", "코스닥 768.40 ▲12.08", "원·달러 환율 1378.5원 ▼9.7원"}, "0 1 2|0 1 2|0 0 1 2"},
		{"a header row of words is no label", []string{"品种 本周 上周 涨跌", "白菜 1.85 2.02 -8.4%"}, "0 1 2 3|0 1 2 3"},
		{"labels of two words in most rows stay apart", []string{"城区 晴 5℃～14℃", "郊区 多云 2℃～11℃", "山区 多云转阴 雨 0℃～8℃"}, "0 2 3|0 2 3|0 1 2 3"},
		{"a signed figure is a figure", []string{"北京 23.60 +2.1% -4.8%", "+0.3% -1.2%"}, "0 1 2 3|2 3"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var fields [][]string
			for _, r := range tt.rows {
				fields = append(fields, strings.Fields(r))
			}
			var got []string
			for _, s := range TableSlots(fields) {
				got = append(got, strings.Trim(fmt.Sprint(s), "[]"))
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("TableSlots(%q) = %s, want %s", tt.rows, g, tt.want)
			}
		})
	}
}

// TestTableShortRow: set as a table, a short row's label starts flush
// with the other rows' and its last figure ends where theirs do.
func TestTableShortRow(t *testing.T) {
	rows := []string{"红球 03 11 17 22 28 31", "蓝球 09"}
	o := plain(LangZhHans, 20)
	ls, ok := Table(rows, ems{}, o, 0)
	if !ok {
		t.Fatal("refused")
	}
	for i, l := range ls {
		first, last := l.Glyphs[0], l.Glyphs[len(l.Glyphs)-1]
		if first.X != 0 {
			t.Errorf("row %d's label starts at %g, want flush start", i, first.X)
		}
		if end := last.X + last.Advance; end != o.Width {
			t.Errorf("row %d ends at %g, want the measure's edge %g", i, end, o.Width)
		}
		if got := squeezeSpaces(lineText(l)); got != squeezeSpaces(rows[i]) {
			t.Errorf("row %d glyphs %q, want %q", i, got, squeezeSpaces(rows[i]))
		}
	}
}

// TestIsFigure: a field opening with a digit, or a sign before one, is a
// figure (set flush right, never wrapped); words are not.
func TestIsFigure(t *testing.T) {
	for in, want := range map[string]bool{
		"102:98": true, "-3℃～6℃": true, "+2.1%": true, "９４９億ドル": true,
		"▲53.21(2.00%)": true, "▼9.7원": true, "△0.5": true,
		"广东": false, "▽경제정책국장": false, "▲": false, "当": false,
	} {
		if got := IsFigure(in); got != want {
			t.Errorf("IsFigure(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTableTwoWordLabel: a row labelled in two words where the others use
// one sets the two as one cell in the label column, their space kept, and
// its figures under the other rows' figures.
func TestTableTwoWordLabel(t *testing.T) {
	rows := []string{"코스피 2712.35 ▲53.21", "코스닥 768.40 ▲12.08", "원·달러 환율 1378.5원 ▼9.7원"}
	o := plain(LangKo, 24)
	ls, ok := Table(rows, ems{}, o, 0)
	if !ok {
		t.Fatal("refused")
	}
	at := func(l Line, text string) Glyph {
		for _, g := range l.Glyphs {
			if g.Text == text {
				return g
			}
		}
		t.Fatalf("no %q in %q", text, lineText(l))
		return Glyph{}
	}
	if x := at(ls[2], "원").X; x != 0 {
		t.Errorf("label starts at %g, want flush start", x)
	}
	if a, b := at(ls[2], "달").X, at(ls[2], "환").X; b-a > 4 {
		t.Errorf("the label's words %g em apart, want one phrase", b-a)
	}
	// 1378.5원 ends where 2712.35 does (a figure column, flush right).
	end := func(l Line, k int) float64 { g := l.Glyphs[k]; return g.X + g.Advance }
	if a, b := end(ls[0], 9), end(ls[2], 13); a != b || ls[0].Glyphs[9].Text != "5" || ls[2].Glyphs[13].Text != "원" {
		t.Errorf("figures end at %g and %g, want one column", a, b)
	}
	for i, l := range ls {
		if last := l.Glyphs[len(l.Glyphs)-1]; last.X+last.Advance != o.Width {
			t.Errorf("row %d ends at %g, want the measure's edge %g", i, last.X+last.Advance, o.Width)
		}
		if got := squeezeSpaces(lineText(l)); got != squeezeSpaces(rows[i]) {
			t.Errorf("row %d glyphs %q, want %q", i, got, squeezeSpaces(rows[i]))
		}
	}
}
