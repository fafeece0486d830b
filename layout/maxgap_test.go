package layout

import "testing"

// TestMaxGap: with Options.MaxGap, a Chinese line whose few places to
// stretch would each take more than MaxGap em (a web page's stamp of
// figures wrapped in a narrow column) is set flush start and reported
// Ragged; a line of running Chinese, with a place between every two
// characters, is still justified, and so is the stamp with no limit.
func TestMaxGap(t *testing.T) {
	stamp := "2026/12/05 14:32（12/05 15:10 更新）"
	tests := []struct {
		rule, text string
		maxGap     float64
		spread     bool // the first line is justified to the measure
	}{
		{"a stamp of figures is left flush start", stamp, 0.5, false},
		{"with no limit the stamp is spread", stamp, 0, true},
		{"running Chinese is justified", "国内三家光伏硅料企业先后发布公告，宣布对部分生产线实施减产检修，合计涉及年产能约十八万吨。", 0.5, true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			o := plain(LangZhHant, 14)
			o.MaxGap = tt.maxGap
			ls := Break(tt.text, ems{}, o)
			if len(ls) < 2 {
				t.Fatalf("Break(%q) = %d lines, want a wrap", tt.text, len(ls))
			}
			first := ls[0]
			full := first.Width > o.Width-1e-9
			if full != tt.spread || first.Ragged == tt.spread {
				t.Errorf("first line %q is %g wide in %g, ragged %v: want spread %v", lineText(first), first.Width, o.Width, first.Ragged, tt.spread)
			}
		})
	}
}
