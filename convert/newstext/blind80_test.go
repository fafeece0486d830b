package newstext

import (
	"strings"
	"testing"
)

// TestBlind80WireCredits: a translator's credit compiled from foreign
// wires names no place (編譯X／綜合外電報導, 綜合外電 being the kind of
// report, as 綜合 is), and a dated wire dateline may name its agency
// without 社, （路透柏林6日電）: the agency is the org, not part of the
// place (blind page tw-udn-guoji-jiaodian).
func TestBlind80WireCredits(t *testing.T) {
	tests := []struct {
		in, text, org, roles, names, place, date, rest string
	}{
		{"編譯陳韻如／綜合外電報導", "編譯陳韻如／綜合外電報導", "", "編譯", "陳韻如", "", "", ""},
		{"〔編譯陳佳琪／綜合外電報導〕南韓", "〔編譯陳佳琪／綜合外電報導〕", "", "編譯", "陳佳琪", "", "", "南韓"},
		{"編譯林宜萱／外電報導", "編譯林宜萱／外電報導", "", "編譯", "林宜萱", "", "", ""},
		{"（路透柏林6日電）德國", "（路透柏林6日電）", "路透", "", "", "柏林", "6日", "德國"},
		{"（彭博紐約5日電）美股", "（彭博紐約5日電）", "彭博", "", "", "紐約", "5日", "美股"},
		// Look-alikes kept as they were: the full name, a place, a reporter.
		{"（路透社柏林6日電）德國", "（路透社柏林6日電）", "路透社", "", "", "柏林", "6日", "德國"},
		{"（中央社東京3日綜合外電報導）日圓", "（中央社東京3日綜合外電報導）", "中央社", "", "", "東京", "3日", "日圓"},
		{"（法新社開羅6日電）埃及", "（法新社開羅6日電）", "法新社", "", "", "開羅", "6日", "埃及"},
		{"〔記者林家豪／台中報導〕台中市", "〔記者林家豪／台中報導〕", "", "記者", "林家豪", "台中", "", "台中市"},
		{"編譯陳韻如／華盛頓報導", "編譯陳韻如／華盛頓報導", "", "編譯", "陳韻如", "華盛頓", "", ""},
	}
	for _, tt := range tests {
		d, rest, ok := parseDatelineLang(tt.in, "zh-Hant")
		if !ok {
			t.Errorf("%q: not a dateline", tt.in)
			continue
		}
		got := []string{d.text, d.org, strings.Join(d.roles, ","), strings.Join(d.names, ","), d.place, d.date, rest}
		want := []string{tt.text, tt.org, tt.roles, tt.names, tt.place, tt.date, tt.rest}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, want)
		}
	}
	for _, s := range []string{"路透6日報導，德國工業生產下滑", "綜合外電報導指出，日圓走貶", "路透社報導"} {
		if d, _, ok := parseDatelineLang(s, "zh-Hant"); ok {
			t.Errorf("%q: taken as a dateline %+v", s, d)
		}
	}
}
