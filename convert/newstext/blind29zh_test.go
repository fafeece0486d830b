package newstext

import "testing"

// TestBlind29CompiledByPaper: before a bracketed 综合讯 the word names who
// compiled the report when it is a paper's or agency's name, ending as
// one does (联合早报, 中新社, 人民网) or a paper's short name: the
// dateline's org, no place (blind page sg-zaobao-baodao). A place keeps
// its reading (新山, and 烟台, which ends in 台 as a station does).
func TestBlind29CompiledByPaper(t *testing.T) {
	tests := []struct {
		in, org, place string
	}{
		{"（联合早报综合讯）国家公园局昨天宣布维修海堤。", "联合早报", ""},
		{"（星洲日报综合讯）大马卫生部昨天宣布新措施。", "星洲日报", ""},
		{"（中新社综合讯）多地迎来降温。", "中新社", ""},
		{"（南都综合讯）多地迎来降温。", "南都", ""},
		{"（联合早报讯）国家公园局昨天宣布维修海堤。", "联合早报", ""},
		{"（新山综合讯）柔佛州政府昨天宣布新措施。", "", "新山"},
		{"（烟台综合讯）多地迎来降温。", "", "烟台"},
	}
	for _, tt := range tests {
		d, _, ok := parseDateline(tt.in)
		if !ok || d.org != tt.org || d.place != tt.place {
			t.Errorf("parseDateline(%s) = org %q place %q (%v); want org %q place %q", tt.in, d.org, d.place, ok, tt.org, tt.place)
		}
	}
}

