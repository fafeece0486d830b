package layout

import "testing"

// TestFieldEnd: a Chinese or Japanese line ending at a space before a field
// that does not fit, too short to justify without opening its few gaps
// more than half an em each, is left flush start; a longer one is still
// justified, and Korean keeps its letter-spaced tight column.
func TestFieldEnd(t *testing.T) {
	tests := []struct {
		rule, text string
		o          Options
		want       string // lines joined by |
		spread     bool   // the first line is justified to the measure
	}{
		{"row of figures: the name alone stays flush start",
			"恒生指数　19746.32　-0.36%", plain(LangZhHant, 12), "恒生指数|19746.32　-0.36%", false},
		{"Simplified Chinese row",
			"科创指数　1012.36　+1.87%", plain(LangZhHans, 8), "科创指数|1012.36　+1.87%", false},
		{"Japanese row",
			"日経平均　38123.45　+1.2%", plain(LangJa, 8), "日経平均|38123.45　+1.2%", false},
		{"a nearly full line before the field is still justified",
			"上证综合指数收盘报　3402.56", plain(LangZhHans, 10), "上证综合指数收盘报|3402.56", true},
		{"a Latin phrase's space is running text: the line is spread",
			"水务（Air Selangor）宣布", plain(LangZhHans, 8), "水务（Air|Selangor）宣布", true},
		{"Korean is letter-spaced, as Korean papers set a tight column",
			"코스피지수 2501.33 상승", plain(LangKo, 7), "코스피지수|2501.33 상승", true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			ls := Break(tt.text, ems{}, tt.o)
			if got := joinLines(ls); got != tt.want {
				t.Fatalf("Break(%q) = %q, want %q", tt.text, got, tt.want)
			}
			first := ls[0]
			full := first.Width > tt.o.Width-1e-9
			if full != tt.spread {
				t.Errorf("first line %q is %g wide in a measure of %g: spread %v, want %v", lineText(first), first.Width, tt.o.Width, full, tt.spread)
			}
			if !tt.spread {
				for i, g := range first.Glyphs {
					if g.Gap != 0 {
						t.Errorf("glyph %d %q has a gap of %g after it", i, g.Text, g.Gap)
					}
				}
			}
		})
	}
}
