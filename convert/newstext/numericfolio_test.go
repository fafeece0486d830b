package newstext

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestNumericDatedFolio: a folio whose date is written in figures parted
// by dots or slashes (海西新闻　2026.12.07　A3, 江城日报　2026.12.07　星期一
// 　第5版, 2026/12/07　A3　要闻) is page furniture, a folio, as the
// 年月日 forms are, not a table's row. A table's rows opening with such a
// date (2026.12.07　收盘　3245.12点), a date with no page beside it, and
// words that are no folio's stay what they were.
func TestNumericDatedFolio(t *testing.T) {
	// A site's stamp dated with hyphens stays its stamp, no folio.
	if s := "2026-12-07 10:21　来源：江州日报"; numericDatedFolio(s) || noiseKind(s) == noiseFolio {
		t.Errorf("%q read as a folio", s)
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"海西新闻　2026.12.07　A3", true},
		{"江城日报　2026.12.07　星期一　第5版", true},
		{"2026.12.07　A3　要闻", true},
		{"2026/12/07　A3　要闻", true},
		{"江城日报　2026/12/07　星期一　第5版", true},
		{"2026.12.7　第5版　要闻", true},
		{"海西新闻 2026.12.07 B12", true},
		{"江城日报·城市民生　2026.12.07　5版", true},
		{"2026.12.07　星期一　5", true},
		{"A3　要闻　2026.12.07　（星期一）", true},
		{"聯合報　2026/12/07　星期一　Ａ３", true},
		{"江城日报　2026.12.07　星期一　5", true},
		{"江州日报　2026-12-07　星期一　A3版", true},
		{"海西新闻 2026-12-07 A3", true},
		{"2026-12-07　第5版　要闻", true},
		// Look-alikes.
		{"2026-12-07　收盘　3245.12点", false},
		{"海西新闻 2026-12-07", false},
		{"记者2026-12-07在A3展区看到", false},
		{"2026.12.07　收盘　3245.12点", false},
		{"2026.12.07　收盘　12", false},
		{"2026.12.07　A股　收盘", false},
		{"海西新闻　2026.12.07", false},
		{"12.07　A3　要闻", false},
		{"2026.12.07　A3　城南片区旧城改造项目正式启动", false},
		{"2026.12.07　A3　要闻　时评　体育", false},
		{"版本号　2026.12.07　v3", false},
		{"海西新闻 2026.12.07 A3。", false},
	} {
		if got := numericDatedFolio(tt.line); got != tt.want {
			t.Errorf("numericDatedFolio(%q) = %v, want %v", tt.line, got, tt.want)
		}
		want := ""
		if tt.want {
			want = noiseFolio
		}
		if got := noiseKind(tt.line); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", tt.line, got, want)
		}
		if !tt.want {
			continue
		}
		page := tt.line + "\n\n城南片区旧改项目全面启动\n\n" +
			"　　本报讯（记者　林晓）12月6日，城南片区旧城改造项目正式启动，涉及居民1200余户。\n\n" +
			"　　据介绍，项目计划三年内完成，改造后将新增绿地面积3万平方米。\n"
		d := mustRead(t, page)
		if got := kindsOf(d); len(d.Articles) != 1 || len(got) < 2 || got[0] != "noise "+tt.line || got[1] != "headline 城南片区旧改项目全面启动" {
			t.Errorf("%s at the top: got %s", tt.line, strings.Join(got, " | "))
		}
		roundTrip(t, d)
	}
	// A table's rows dated in figures stay rows, under a folio so dated.
	page := "2026.12.07　A3　要闻\n\n沪深股市小幅收涨\n\n" +
		"　　本报讯（记者　周敏）本周一，沪深两市小幅收涨，成交额较上一交易日有所放大。\n\n" +
		"2026.12.07　收盘　3245.12点\n2026.12.08　收盘　3251.40点\n2026.12.09　收盘　3238.77点\n\n" +
		"　　分析人士认为，短期内市场仍将以震荡为主。\n"
	d := mustRead(t, page)
	rows := 0
	for _, n := range d.Articles[0].Children {
		if n.Row && strings.HasPrefix(n.Text, "2026.12.0") {
			rows++
		}
	}
	if got := kindsOf(d); rows != 3 || got[0] != "noise 2026.12.07　A3　要闻" {
		t.Errorf("rows under a dotted folio: %d rows, got %s", rows, strings.Join(got, " | "))
	}
	roundTrip(t, d)
	// A forecast's rows, each a date, a weekday, the weather and the
	// day's low (a bare figure), are text, not folios with a bare page
	// number: they stand together in the story, off the page's edges.
	// With a paper's name, or alone at an edge, the line is a folio.
	fc := []string{"2026.12.07　星期一　多云　8", "2026.12.08　星期二　小雨　6", "2026.12.09　星期三　阴　5"}
	for _, rows := range [][]string{fc, fc[:2]} {
		page := "江城本周天气以多云为主\n\n　　本报讯（记者　王辰）记者从市气象台获悉，本周我市以多云天气为主，气温逐步回升。\n\n" +
			"　　以下为市气象台发布的未来三天预报：\n\n" + strings.Join(rows, "\n") + "\n\n　　气象专家提醒，周二有小雨，请市民携带雨具。\n"
		d := mustRead(t, page)
		got := kindsOf(d)
		for _, r := range rows {
			if !slices.Contains(got, "paragraph "+r) {
				t.Errorf("forecast row %q: got %s", r, strings.Join(got, " | "))
			}
		}
		roundTrip(t, d)
	}
	for _, line := range []string{"2026.12.07　星期一　5", "江城日报　2026.12.07　星期一　5"} {
		page := "城南片区旧改项目全面启动\n\n　　本报讯（记者　林晓）12月6日，城南片区旧城改造项目正式启动，涉及居民1200余户。\n\n" + line + "\n"
		if got := kindsOf(mustRead(t, page)); !slices.Contains(got, "noise "+line) {
			t.Errorf("%s at the page's foot: got %s", line, strings.Join(got, " | "))
		}
	}
	// At the page's top with no blank under it, over a line that only
	// holds a year in figures, a season's or a fiscal year's (review 25,
	// cn-folio-season), the bare folio keeps its edge: no row beside it.
	for _, kick := range []string{"2026/27赛季CBA常规赛战报", "2026/27年度财政预算草案出炉"} {
		page := "2026.12.07　星期一　5\n" + kick + "\n\n江城队主场击败广东队取得三连胜\n\n" +
			"本报讯（记者 林晓）12月6日晚，江城队以102∶98击败广东队，取得三连胜。\n"
		if got := kindsOf(mustRead(t, page)); !slices.Contains(got, "noise 2026.12.07　星期一　5") {
			t.Errorf("bare folio over %s: got %s", kick, strings.Join(got, " | "))
		}
	}
	// Inside a story's text, a paper's name makes the line a folio.
	page = "城南片区旧改项目全面启动\n\n　　本报讯（记者　林晓）12月6日，城南片区旧城改造项目正式启动。\n江城日报　2026.12.07　星期一　5\n　　据介绍，项目计划三年内完成。\n"
	if got := kindsOf(mustRead(t, page)); !slices.Contains(got, "noise 江城日报　2026.12.07　星期一　5") {
		t.Errorf("named folio mid-story: got %s", strings.Join(got, " | "))
	}
}

// TestHoldsFigureYearBytes holds holdsFigureYear, which searches for
// each mark, to the plain loop over every byte it replaced.
func TestHoldsFigureYearBytes(t *testing.T) {
	plain := func(s string) bool {
		for i := 4; i+1 < len(s); i++ {
			if c := s[i]; (c == '.' || c == '/' || c == '-') && isDigitByte(s[i+1]) && isDigitByte(s[i-1]) && isDigitByte(s[i-2]) && isDigitByte(s[i-3]) && isDigitByte(s[i-4]) {
				return true
			}
		}
		return false
	}
	pieces := []string{"2026", ".", "/", "-", "1", "12", "年", "　", "a", "07", "20261", "A3"}
	rng := rand.New(rand.NewPCG(25, 25))
	for i := 0; i < 20000; i++ {
		s := randomText(rng, pieces, rng.IntN(9))
		if got, want := holdsFigureYear(s), plain(s); got != want {
			t.Fatalf("holdsFigureYear(%q) = %v, want %v", s, got, want)
		}
	}
}
