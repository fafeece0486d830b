package layout

import (
	"strings"
	"testing"
)

// TestRunInTrailer: a closing credit runs into the paragraph's last line,
// flush with the measure's end, when at least the gap separates it from the
// text; otherwise the line is left as it was.
func TestRunInTrailer(t *testing.T) {
	tests := []struct {
		name, last, trailer string
		width, gap          float64
		want                bool
	}{
		{"Korean trailer after a short last line", "했다.", "/이나래기자", 12, 1, true},
		{"Japanese name in brackets", "と話した。", "（山田太郎）", 14, 1, true},
		{"Chinese credit", "开幕。", "（记者 王某）", 14, 1, true},
		{"too little room: a line of its own", "一二三四五六七八九十", "（记者 王某）", 14, 1, false},
		{"exactly the gap", "一二三四", "（甲乙）", 9, 1, true},
		{"a hair short of the gap", "一二三四", "（甲乙）", 8.9, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := plain(LangZhHans, tt.width)
			last := Break(tt.last, ems{}, o)
			o.Align = AlignEnd
			tr := Break(tt.trailer, ems{}, o)
			if len(last) != 1 || len(tr) != 1 {
				t.Fatalf("%d and %d lines", len(last), len(tr))
			}
			got, ok := RunInTrailer(last[0], tr[0], tt.gap)
			if ok != tt.want {
				t.Fatalf("RunInTrailer = %v, want %v", ok, tt.want)
			}
			var text strings.Builder
			for _, g := range got.Glyphs {
				text.WriteString(g.Text)
			}
			if !ok {
				if len(got.Glyphs) != len(last[0].Glyphs) {
					t.Errorf("line changed: %q", text.String())
				}
				return
			}
			if want := tt.last + tt.trailer; strings.ReplaceAll(text.String(), " ", "") != strings.ReplaceAll(want, " ", "") {
				t.Errorf("text %q, want %q", text.String(), want)
			}
			// The text stays where it was, the credit ends at the measure.
			for i, g := range last[0].Glyphs {
				if got.Glyphs[i].X != g.X {
					t.Errorf("glyph %d moved from %v to %v", i, g.X, got.Glyphs[i].X)
				}
			}
			e := got.Glyphs[len(got.Glyphs)-1]
			if end := e.X + e.Advance; end < tt.width-0.5-eps || end > tt.width+eps {
				t.Errorf("credit ends at %v, want the measure's end %v (a closing bracket's inked half at most half an em short)", end, tt.width)
			}
		})
	}
}
