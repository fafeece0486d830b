package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// runsString renders runs as "text:orientation" pieces for table tests.
func runsString(text string, runs []VRun) string {
	var parts []string
	for _, r := range runs {
		parts = append(parts, text[r.Start:r.End]+":"+r.Orientation.String())
	}
	return strings.Join(parts, " | ")
}

func TestVerticalRuns(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// The paragraph the issue quotes: one rule for every number.
		{"8月29日，2021年增长6.3万人", "8:tcy | 月:upright | 29:tcy | 日:upright | ，:vertical-form | 2021:stacked | 年增长:upright | 6.3:stacked | 万人:upright"},
		{"第3版", "第:upright | 3:tcy | 版:upright"},
		{"达99.5%。", "达:upright | 99.5%:stacked | 。:vertical-form"},
		{"共1,000人", "共:upright | 1,000:stacked | 人:upright"},
		{"9:30开始", "9:30:stacked | 开始:upright"},
		{"-5度", "-5:stacked | 度:upright"},
		{"100", "100:stacked"},
		// Capitals: two in one em, up to four upright, longer sideways.
		{"AI技术", "AI:tcy | 技术:upright"},
		{"5G基站", "5G:tcy | 基站:upright"},
		{"BIM建模", "BIM:stacked | 建模:upright"},
		{"G20峰会", "G20:stacked | 峰会:upright"},
		{"DDR5内存", "DDR5:stacked | 内存:upright"},
		{"UNESCO总部", "UNESCO:sideways | 总部:upright"},
		// Words and phrases turn sideways as one piece, spaces inside.
		{"在Kobe Jazz Street演出", "在:upright | Kobe Jazz Street:sideways | 演出:upright"},
		{"iPhone15发布", "iPhone15:sideways | 发布:upright"},
		{"见https://example.com/a。", "见:upright | https://example.com/a:sideways | 。:vertical-form"},
		{"Café", "Café:sideways"},
		{"2020-2024年", "2020-2024:sideways | 年:upright"},
		{"1.2.3", "1.2.3:sideways"},
		{"5.", "5.:sideways"},
		// A space between CJK and a number is not part of the token.
		{"交通 4号线", "交通 :upright | 4:tcy | 号线:upright"},
		// Fullwidth digits and letters, Greek, the middle dot: upright.
		{"２０２１年ＡＩ", "２０２１年ＡＩ:upright"},
		{"α粒子·李", "α粒子·李:upright"},
		// Punctuation and brackets take vertical forms.
		{"「東京」、『本』——ラーメン……", "「:vertical-form | 東京:upright | 」、『:vertical-form | 本:upright | 』——:vertical-form | ラ:upright | ー:vertical-form | メン:upright | ……:vertical-form"},
		{"“你好”（注）", "“:vertical-form | 你好:upright | ”（:vertical-form | 注:upright | ）:vertical-form"},
		{"", ""},
	} {
		if got := runsString(tc.in, VerticalRuns(tc.in)); got != tc.want {
			t.Errorf("VerticalRuns(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestVerticalRunsCover checks that runs tile the text exactly, in order.
func TestVerticalRunsCover(t *testing.T) {
	for _, s := range []string{"8月29日 AI 与 Kobe  Jazz，6.3万", "  a b ", "ab  cd", "x\u0301y", "\xff2"} {
		pos := 0
		for _, r := range VerticalRuns(s) {
			if r.Start != pos || r.End <= r.Start {
				t.Fatalf("%q: run %+v after %d", s, r, pos)
			}
			pos = r.End
		}
		if pos != len(s) {
			t.Fatalf("%q: runs end at %d of %d", s, pos, len(s))
		}
	}
}

func TestVerticalGlyph(t *testing.T) {
	for _, tc := range []struct {
		r      rune
		lang   Lang
		form   rune
		rotate bool
		ok     bool
	}{
		{'，', LangZhHans, '︐', false, true},
		{'。', LangJa, '︒', false, true},
		{'、', LangZhHant, '︑', false, true},
		{'「', LangJa, '﹁', false, true},
		{'』', LangJa, '﹄', false, true},
		{'“', LangZhHant, '﹁', false, true},
		{'’', LangZhHans, '﹄', false, true},
		{'“', LangJa, '〝', false, true},
		{'—', LangZhHans, '︱', false, true},
		{'…', LangZhHans, '︙', false, true},
		{'（', LangZhHans, '︵', false, true},
		{'《', LangZhHans, '︽', false, true},
		{'ー', LangJa, 'ー', true, true},
		{'～', LangZhHans, '～', true, true},
		{'永', LangZhHans, '永', false, false},
		{'ッ', LangJa, 'ッ', false, false},
	} {
		form, rotate, ok := VerticalGlyph(tc.r, tc.lang)
		if form != tc.form || rotate != tc.rotate || ok != tc.ok {
			t.Errorf("VerticalGlyph(%q, %s) = %q, %v, %v; want %q, %v, %v", tc.r, tc.lang, form, rotate, ok, tc.form, tc.rotate, tc.ok)
		}
	}
}

func TestSmallKana(t *testing.T) {
	for _, r := range "ぁっゃョヵㇰ" {
		if !SmallKana(r) {
			t.Errorf("SmallKana(%q) = false", r)
		}
	}
	for _, r := range "あツーゝ々・漢" {
		if SmallKana(r) {
			t.Errorf("SmallKana(%q) = true", r)
		}
	}
}

// TestBreakVertical checks the vertical measure: upright characters and
// vertical forms take an em, a 縦中横 pair one em together, a long number
// one em per digit (half for its decimal point), a sideways word its advance across; kinsoku and
// justification are those of horizontal text.
func TestBreakVertical(t *testing.T) {
	o := DefaultOptions(LangZhHans, 100) // 10 ems of 10pt
	o.Indent = 0
	o.Vertical = true
	for _, tc := range []struct {
		in   string
		want []float64 // natural advance of each glyph of the first line
	}{
		{"8月29日", []float64{10, 10, 5, 5, 10}},
		{"2021年", []float64{10, 10, 10, 10, 10}},
		{"6.3万", []float64{10, 5, 10, 10}}, // the decimal point half an em
		{"AI与ok", []float64{5, 5, 10, 5.5, 5.5}},
		{"「东」，", []float64{10, 10, 10, 10}},
	} {
		ls := Break(tc.in, points{}, o)
		var got []float64
		for _, g := range ls[0].Glyphs {
			got = append(got, g.Natural)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q: advances %v, want %v", tc.in, got, tc.want)
		}
	}
	// The ¼em CJK–Latin space only beside sideways text.
	ls := Break("与29和ok了", points{}, o)
	for _, g := range ls[0].Glyphs {
		if g.Text == "与" && g.Gap != 0 || g.Text == "和" && g.Gap != 2.5 {
			t.Errorf("gap after %q = %v", g.Text, g.Gap)
		}
	}
	// Kinsoku and justification: the same lines as across with the same
	// measure when every character is an em both ways.
	text := "这是一段用于检验竖排断行的文字，其中有标点。还有“引号”和（括号）！以及省略号……结尾。"
	h := o
	h.Vertical = false
	if a, b := joinLines(Break(text, points{}, h)), joinLines(Break(text, points{}, o)); a != b {
		t.Errorf("vertical lines differ from horizontal:\n%s\n%s", a, b)
	}
	for _, l := range Break(text, points{}, o) {
		if !l.Last && math.Abs(l.Width-100) > 1e-6 {
			t.Errorf("line %q is %v long, want the measure 100", lineText(l), l.Width)
		}
		for _, g := range l.Glyphs {
			want := Upright
			if hasVerticalForm([]rune(g.Text)[0]) {
				want = VerticalForm
			}
			if g.Orientation != want {
				t.Errorf("%q: orientation %v, want %v", g.Text, g.Orientation, want)
			}
		}
	}
}

// TestVerticalDecimalPoint: a stacked number's decimal point takes half an
// em in a vertical line (a full em showed as a gap, 1 .8%); its digits
// keep a full em each.
func TestVerticalDecimalPoint(t *testing.T) {
	o := plain(LangZhHans, 20)
	o.Vertical = true
	ls := Break("上涨1.8%，增长12.35%", ems{}, o)
	points := 0
	for _, l := range ls {
		for _, g := range l.Glyphs {
			want := 1.0
			if g.Text == "." {
				want, points = 0.5, points+1
			}
			if g.Orientation == Stacked && !near(g.Natural, want) {
				t.Errorf("%q in a stacked number set %v em long, want %v", g.Text, g.Natural, want)
			}
		}
	}
	if points != 2 {
		t.Errorf("%d decimal points set, want 2", points)
	}
}
