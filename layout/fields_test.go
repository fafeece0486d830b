package layout

import (
	"math"
	"strings"
	"testing"
)

// TestFields: a table row set as text (Options.Fields) that does not fit
// the measure breaks only between its fields, as many whole fields on a
// line as fit, the wrapped part hung; a field wider than a hung line
// breaks where the measure runs out; a row that fits is one line. Without
// Fields the same row breaks wherever the measure runs out (inside a field).
func TestFields(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		lang       Lang
		width      float64
		want       string // the lines, parted by |
	}{
		{"ja figure kept with its unit", "日経平均　３万９８１２円４５銭　▲２１３円１０銭", LangJa, 20, "日経平均　３万９８１２円４５銭|▲２１３円１０銭"},
		{"ko fields", "원·달러 환율　1,398.20원　▲4.10원", LangKo, 9, "원·달러 환율|1,398.20원|▲4.10원"},
		{"zh whole fields on a line", "山东 102:98 河南 胜", LangZhHans, 8, "山东 102:98|河南 胜"},
		{"a field wider than a line", "山东泰山足球俱乐部 102:98", LangZhHans, 6, "山东泰山足球|俱乐部|102:98"},
		{"fits", "山东 102:98 河南", LangZhHans, 20, "山东 102:98 河南"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o := DefaultOptions(tt.lang, tt.width)
			o.Indent, o.Align, o.Hang, o.Fields = 0, AlignStart, 1, true
			lines := Break(tt.text, ems{}, o)
			if got := joinLines(lines); got != tt.want {
				t.Errorf("lines %q, want %q", got, tt.want)
			}
			for i, l := range lines {
				if want := map[bool]float64{true: 0, false: 1}[i == 0]; l.Glyphs[0].X != want {
					t.Errorf("line %d %q at %v, want %v", i, lineText(l), l.Glyphs[0].X, want)
				}
				if end := l.Glyphs[len(l.Glyphs)-1]; end.X+end.Advance > o.Width+eps {
					t.Errorf("line %d %q ends at %v past the measure", i, lineText(l), end.X+end.Advance)
				}
			}
		})
	}
	// Justified, a row is spread at the spaces between its fields only,
	// its last line too (a table row's figure at the edge); where it has
	// ideographic spaces, only those (the word space of 원·달러 환율 stays);
	// a wrapped line of one field is set flush with the end, the row's
	// first line of one field flush with the start.
	for _, tt := range []struct {
		name, text string
		lang       Lang
		width      float64
		want       []float64 // each line's first glyph's X
	}{
		{"ja", "日経平均　３万９８１２円４５銭　▲２１３円１０銭", LangJa, 20, []float64{0, 20 - 8}},
		{"ko word space kept", "원·달러 환율　1,398.20원", LangKo, 14, []float64{0}},
		{"ko one field first", "원·달러환율　1,398.20원", LangKo, 6, []float64{0, 6 - 5}},
	} {
		t.Run("justified "+tt.name, func(t *testing.T) {
			o := DefaultOptions(tt.lang, tt.width)
			o.Indent, o.Hang, o.Fields = 0, 1, true
			lines := Break(tt.text, ems{}, o)
			if len(lines) != len(tt.want) {
				t.Fatalf("lines %q, want %d", joinLines(lines), len(tt.want))
			}
			for i, l := range lines {
				gs := l.Glyphs
				if gs[0].X != tt.want[i] {
					t.Errorf("line %d %q at %v, want %v", i, lineText(l), gs[0].X, tt.want[i])
				}
				if end := gs[len(gs)-1].X + gs[len(gs)-1].Advance; math.Abs(end-o.Width) > eps && !(i == 0 && len(lines) > 1 && !strings.ContainsAny(lineText(l), " \u3000")) {
					t.Errorf("line %d %q ends at %v, not at the measure %v", i, lineText(l), end, o.Width)
				}
				for _, g := range gs {
					if g.Gap > eps || g.Text != " " && g.Text != "\u3000" && g.Advance != g.Natural {
						t.Errorf("line %d %q spread inside a field at %q", i, lineText(l), g.Text)
						break
					}
					if g.Text == " " && tt.name == "ko word space kept" && g.Advance != g.Natural {
						t.Errorf("the word space inside a field spread")
					}
				}
			}
		})
	}
	o := DefaultOptions(LangJa, 20)
	o.Indent, o.Align, o.Hang = 0, AlignStart, 1
	if got := joinLines(Break("日経平均　３万９８１２円４５銭　▲２１３円１０銭", ems{}, o)); got == "日経平均　３万９８１２円４５銭|▲２１３円１０銭" {
		t.Errorf("without Fields the row broke between fields too (%q): the test shows nothing", got)
	}
}
