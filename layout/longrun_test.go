package layout

import (
	"strings"
	"testing"
)

// Long Latin runs: URLs break at their soft places (after . ? & = _ # @,
// before @), never after a hyphen; a run longer than the measure fills the
// line; every non-final line is full and justified.
func TestLongRuns(t *testing.T) {
	grid := func(o Options) Options { o.Grid = 1; return o }
	tests := []struct {
		rule, text string
		m          Measurer
		o          Options
		want       string // lines joined by |
	}{
		{"URL longer than a line fills the line",
			"项目地址为https://github.com/example-org/openinfer/releases/tag/v3.0.1，发布说明见此。",
			ems{}, plain(LangZhHans, 12),
			"项目地址为https://githu|b.com/example-org/openin|fer/releases/tag/v3.0.|1，发布说明见此。"},
		{"URL longer than a line on a grid",
			"项目地址为https://github.com/example-org/openinfer/releases/tag/v3.0.1，发布说明见此。",
			Columns{true}, grid(plain(LangZhHans, 28)),
			"项目地址为https://github.|com/example-org/openinfer/re|leases/tag/v3.0.1，发布说明|见此。"},
		{"URL that nearly fits breaks at a soft place",
			"一二三四五六七八见https://docs.example.org/guide/abc。",
			ems{}, plain(LangZhHans, 16),
			"一二三四五六七八见https://docs.|example.org/guide/abc。"},
		{"short URL moves whole",
			"一二三四五六七八九十见https://a.bc/d。",
			ems{}, plain(LangZhHans, 12),
			"一二三四五六七八九十见|https://a.bc/d。"},
		{"query string breaks after ? and &",
			"见https://x.org/p?version=3.0.1&lang=zh#performance文",
			Columns{true}, grid(plain(LangZhHans, 26)),
			"见https://x.org/p?version=|3.0.1&lang=zh#performance|文"},
		{"e-mail breaks after @",
			"相关技术细节可发送邮件至openinfer-zh@lists.example.org咨询。",
			Columns{true}, grid(plain(LangZhHans, 40)),
			"相关技术细节可发送邮件至openinfer-zh@|lists.example.org咨询。"},
		{"e-mail breaks before @ when the part after it does not fit",
			"相关技术细节可发送邮件至openinfer-zh@lists.example.org咨询。",
			Columns{true}, grid(plain(LangZhHans, 36)),
			"相关技术细节可发送邮件至openinfer-zh|@lists.example.org咨询。"},
		{"a line that could not be justified takes a piece of the address (Korean caption)",
			"[서울=뉴시스] 시민들이 버스에 오르고 있다. 2024.12.02. photo@newsis.com",
			points{}, plain(LangKo, 110),
			"[서울=뉴시스] 시민들이|버스에 오르고 있다.|2024.12.02. photo@|newsis.com"},
		{"a line that would open more than an em per gap takes a piece of the address (bulletin)",
			"(사진=뉴시스DB) 2024.12.02. photo@newsis.com",
			Columns{true}, grid(plain(LangKo, 34)),
			"(사진=뉴시스DB) 2024.12.02. photo@|newsis.com"},
		{"English sentence with a very long word",
			"The word Pneumonoultramicroscopicsilicovolcanoconiosis is long.",
			points{}, plain(LangLatin, 120),
			"The word Pneumonoultra|microscopicsilicovolc|anoconiosis is long."},
		{"English word shorter than a line is never split",
			"Ask Dr. Alexandra Konstantinopoulou now.",
			points{}, plain(LangLatin, 110),
			"Ask Dr. Alexandra|Konstantinopoulou|now."},
		{"digits run longer than the line",
			"编号12345678901234567890123456789012号。",
			Columns{true}, grid(plain(LangZhHans, 16)),
			"编号123456789012|3456789012345678|9012号。"},
		{"run longer than a line without soft places fills the line",
			"镜像registry.example.com/openinfer/server:3.0.1-cuda12.4-ubuntu22.04。",
			Columns{true}, grid(plain(LangZhHans, 40)),
			"镜像registry.example.com/openinfer/serve|r:3.0.1-cuda12.4-ubuntu22.04。"},
		{"a slash between spaces never ends a line in an emergency break (Korean tip line)",
			"제보: news@sbs.co.kr / 02-2113-6000 / 카카오톡",
			Columns{true}, grid(plain(LangKo, 23)),
			"제보: news@sbs.co.k|r / 02-2113-6000 / 카카|오톡"},
		{"never break right after a hyphen",
			"镜像registry.example.com/openinfer/server:3.0.1-cuda12.4-ubuntu22.04。",
			ems{}, plain(LangZhHans, 24),
			"镜像registry.example.com/openinfer/server:3.0.|1-cuda12.4-ubuntu22.04。"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			ls := Break(tt.text, tt.m, tt.o)
			if got := joinLines(ls); got != tt.want {
				t.Errorf("Break(%q) =\n %q, want\n %q", tt.text, got, tt.want)
			}
			if err := checkLines(tt.text, ls, tt.o, tt.m, propOpts{kinsoku: true, full: true}); err != nil {
				t.Error(err)
			}
			var pieces strings.Builder
			for i, l := range ls {
				if l.Ragged {
					t.Errorf("line %d %q ragged", i, lineText(l))
				}
				if !l.Last && strings.HasSuffix(lineText(l), "-") && true {
					t.Errorf("line %d %q ends with a hyphen", i, lineText(l))
				}
				pieces.WriteString(lineText(l))
			}
			if strings.ReplaceAll(tt.text, " ", "") != strings.ReplaceAll(pieces.String(), " ", "") {
				t.Errorf("pieces %q do not add up to the text", pieces.String())
			}
		})
	}
}

// TestLongRunFlush: a line set flush or centred is not stretched, so a
// run that does not fit after its last break starts the next line whole
// where it fits, and one longer than the measure breaks at a soft place
// (runAfterFlush): a Korean closing credit set flush end keeps its
// address whole (/김도윤기자 over dykim@cbnews.example) or breaks it
// at its @, never where the line is full (dykim@c over bnews.example).
// Justified text keeps TestLongRuns' breaks.
func TestLongRunFlush(t *testing.T) {
	with := func(o Options, a Align) Options { o.Align = a; return o }
	tests := []struct {
		rule, text string
		o          Options
		want       string // lines joined by |
	}{
		{"credit over its address, the address fits a line",
			"/김도윤기자 dykim@cbnews.example", with(plain(LangKo, 21), AlignEnd),
			"/김도윤기자|dykim@cbnews.example"},
		{"credit and the address up to its @, the rest under it",
			"/김도윤기자 dykim@cbnews.example", with(plain(LangKo, 18), AlignEnd),
			"/김도윤기자 dykim@|cbnews.example"},
		{"credit over its address, the address longer than the measure",
			"/김도윤기자 dykim@cbnews.example", with(plain(LangKo, 14), AlignEnd),
			"/김도윤기자|dykim@cbnews.|example"},
		{"an address in two lines breaks where its pieces are most even",
			"창원=박서연 기자 seoyeon@knnews.co.kr", with(plain(LangKo, 18), AlignEnd),
			"창원=박서연 기자|seoyeon@|knnews.co.kr"},
		{"centred line",
			"자료 제공 www.example-city.go.kr/news/view", with(plain(LangKo, 18), AlignCenter),
			"자료 제공|www.example-city.|go.kr/news/view"},
		{"justified text still fills the line (at the soft place after @)",
			"/김도윤기자 dykim@cbnews.example", plain(LangKo, 18),
			"/김도윤기자 dykim@|cbnews.example"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			ls := Break(tt.text, Columns{true}, tt.o)
			if got := joinLines(ls); got != tt.want {
				t.Errorf("Break(%q) =\n %q, want\n %q", tt.text, got, tt.want)
			}
			var pieces strings.Builder
			for _, l := range ls {
				pieces.WriteString(lineText(l))
			}
			if strings.ReplaceAll(tt.text, " ", "") != strings.ReplaceAll(pieces.String(), " ", "") {
				t.Errorf("pieces %q do not add up to the text", pieces.String())
			}
		})
	}
}

// A line before a long URL is not stretched by more than maxStretch em per
// gap when the URL can break at a soft place instead.
func TestLongRunStretch(t *testing.T) {
	o := plain(LangZhHans, 16)
	ls := Break("一二三四五六七八见https://docs.example.org/guide/abc。", ems{}, o)
	for _, l := range ls[:len(ls)-1] {
		for _, g := range l.Glyphs {
			if g.Gap > maxStretch+1e-9 {
				t.Errorf("%q: gap %v after %q", lineText(l), g.Gap, g.Text)
			}
		}
	}
}

// TestURLStartsNextLine: a URL longer than the measure after text that can
// end its line well is moved to the next line whole, not cut inside its
// scheme at the line's end (内容：http|s://…).
func TestURLStartsNextLine(t *testing.T) {
	text := "相关信息请登录官方网站查询详细内容：https://news.example.seoul.kr/mobility/autonomous-bus。"
	o := plain(LangZhHans, 40)
	o.Grid, o.CompressPunct, o.Indent = 1, false, 0
	ls := Break(text, Columns{true}, o)
	if len(ls) < 2 || !strings.HasSuffix(lineText(ls[0]), "内容：") || !strings.HasPrefix(lineText(ls[1]), "https://") {
		t.Errorf("lines %q: want the URL to start the second line", joinLines(ls))
	}
	if err := checkLines(text, ls, o, Columns{true}, propOpts{kinsoku: true, full: true}); err != nil {
		t.Error(err)
	}
}
