package markup

import "testing"

// TestKeepAt: the runs a markup writer keeps on one line, so that a
// browser never starts or ends a line with a mark that layout keeps off
// the line's edges.
func TestKeepAt(t *testing.T) {
	tests := []struct {
		rule, s string
		i       int
		want    string // the kept run from i, "" for none
	}{
		{"a Korean credit's slash kept with the space before it and the name", "있다. /김민수 기자", 7, " /김"},
		{"a spaced slash kept across both spaces", "2026.12.05 / sunday@osen.co.kr", 10, " / s"},
		{"a News1 credit's slash kept with the name after it", "2024.12.3/뉴스1", 9, "/뉴"},
		{"a URL's slash before Latin stays breakable", "osen.co.kr/news", 10, ""},
		{"a middle dot kept with the syllable before it", "지음·남해출판", 3, "음·"},
		{"a plain space", "코스피 지수", 9, ""},
		{"a dash pair kept with the character before it", "过下去——这些", 6, "去——"},
		{"inside the pair, nothing more", "过下去——这些", 9, ""},
		{"an ordinal kept whole with its counter", "第７６期王将戦", 0, "第７６期"},
		{"a Han ordinal", "第三譜は", 0, "第三譜"},
		{"an ASCII ordinal before punctuation", "第76，期", 0, "第76"},
		{"次第 is no ordinal", "次第に", 3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := ""
			if n := KeepAt(tt.s, tt.i); n > 0 {
				got = tt.s[tt.i : tt.i+n]
			}
			if got != tt.want {
				t.Errorf("KeepAt(%q, %d) keeps %q, want %q", tt.s, tt.i, got, tt.want)
			}
		})
	}
}
