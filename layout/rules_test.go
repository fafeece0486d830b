package layout

import (
	"math"
	"strings"
	"testing"
)

// plain returns options with every optional adjustment off, measured in em.
func plain(lang Lang, width float64) Options {
	return Options{Width: width, Lang: lang, Align: AlignJustify}
}

func TestRules(t *testing.T) {
	with := func(o Options, f func(*Options)) Options { f(&o); return o }
	tests := []struct {
		rule, text string
		o          Options
		want       string // lines joined by |
	}{
		{"fits", "一二三四", plain(LangZhHans, 4), "一二三四"},
		// uniseg 0.4.7 says a line must break after an emoji modifier.
		{"no forced break after a skin tone", "一二👍🏽三四", plain(LangZhHans, 8), "一二👍🏽三四"},
		{"not start: ， after a skin tone", "一二三👍🏽，四", plain(LangZhHans, 5), "一二三|👍🏽，四"},
		{"lone skin tone swatch", "一🏽二三", plain(LangZhHans, 8), "一🏽二三"},
		{"breaks between ideographs", "一二三四五六", plain(LangZhHans, 4), "一二三四|五六"},
		{"not start: 。 (push out)", "一二三四。五六", plain(LangZhHans, 4), "一二三|四。五六"},
		{"not start: ” and 、", "一二三“四”、五", plain(LangZhHans, 5), "一二三|“四”、五"},
		{"not start: closing bracket", "一二三（四）五", plain(LangZhHans, 5), "一二三|（四）五"},
		{"not start: ：", "一二三四：五", plain(LangZhHans, 4), "一二三|四：五"},
		{"not start: middle dot", "一二三四·五", plain(LangZhHans, 4), "一二三|四·五"},
		{"not start: ～", "一二三四～五", plain(LangZhHans, 4), "一二三|四～五"},
		{"not start: ！？", "一二三四！？五", plain(LangZhHans, 4), "一二三|四！？五"},
		{"not end: “", "一二三“四五”", plain(LangZhHans, 4), "一二三|“四五”"},
		{"not end: 《", "一二三《四五》", plain(LangZhHans, 4), "一二三|《四五》"},
		{"not end: 【", "一二三【四五】", plain(LangZhHans, 4), "一二三|【四五】"},
		{"pair —— never split", "一二三——四", plain(LangZhHans, 4), "一二|三——四"},
		{"pair …… never split", "一二三……四", plain(LangZhHans, 4), "一二|三……四"},
		{"pair ⋯⋯ never split", "一二三⋯⋯四", plain(LangZhHans, 4), "一二|三⋯⋯四"},
		{"digits never split", "一二三2021年", plain(LangZhHans, 4), "一二三|2021年"},
		{"fullwidth digits never split", "一二三４０五", plain(LangJa, 4), "一二三|４０五"},
		{"a fullwidth number keeps its magnitude (３兆)", "一二三４３兆二千億円", plain(LangJa, 5), "一二三|４３兆二千|億円"},
		{"a fullwidth number keeps its approximation (３０余)", "一二三３０余人来了吧", plain(LangZhHans, 5), "一二三|３０余人来|了吧"},
		{"a fullwidth number's counter may start a line (８００ / 円)", "一二三８００円です", plain(LangJa, 6), "一二三８００|円です"},
		{"fullwidth decimal never split", "一二三４．５％", plain(LangJa, 5), "一二三|４．５％"},
		{"a triangle sign holds to its figure (▲３．１)", "８，９７６（▲３．１）", plain(LangJa, 7), "８，９７６|（▲３．１）"},
		{"a triangle sign holds to its ASCII figure (▼12)", "一二三四▼12円", plain(LangJa, 5), "一二三四|▼12円"},
		{"a triangle bullet before an ideograph may end a line", "一二三四▲五六", plain(LangZhHans, 5), "一二三四▲|五六"},
		{"number+unit 2.6万", "一二三2.6万", plain(LangZhHans, 4.5), "一二三|2.6万"},
		{"number+unit 99.5%", "一二三四99.5%", plain(LangZhHans, 5.5), "一二三四|99.5%"},
		{"number+unit 300Mbps", "一二三300Mbps", plain(LangZhHans, 5), "一二三|300Mbps"},
		{"number+unit 5G", "一二三四5G", plain(LangZhHans, 4.5), "一二三四|5G"},
		{"a number leaves its counter rather than leave the line loose", "一二三四五六七八九十一，2019年的事", plain(LangZhHans, 14.5), "一二三四五六七八九十一，2019|年的事"},
		{"a number keeps its counter when the line is not loose", "一二三四五六七八九十一二三，2019年的事", plain(LangZhHans, 15), "一二三四五六七八九十一二三，|2019年的事"},
		{"a number keeps its magnitude (2.6万) however loose the line", "一二三四五六七八九十一，2.6万人", plain(LangZhHans, 14.4), "一二三四五六七八九十一，|2.6万人"},
		{"Latin words at spaces", "ab cdef gh", plain(LangLatin, 3), "ab|cdef|gh"},
		// pdftotext drops a line-end hyphen, taking it for hyphenation.
		{"never after a spaced hyphen", "xy ab - cd ef", plain(LangLatin, 3.5), "xy|ab - cd|ef"},
		{"never after a word's hyphen", "ab well-known", plain(LangLatin, 5), "ab|well-known"},
		{"never after a fullwidth hyphen", "一二三四－五六", plain(LangZhHans, 5), "一二三四|－五六"},
		{"URL not split when the line before it can be justified", "看看看看看看 https://a.bc/d 好", plain(LangZhHans, 8), "看看看看看看|https://a.bc/d|好"},
		{"URL split rather than leave a line that cannot be justified", "看 https://a.bc/d 好", plain(LangZhHans, 8), "看 https://a.|bc/d 好"},
		{"ja small kana not start", "あいうえっお", plain(LangJa, 4), "あいう|えっお"},
		{"ja ー not start", "あいうカーお", plain(LangJa, 4), "あいう|カーお"},
		{"ja normal kinsoku allows small kana", "あいうえっお", with(plain(LangJa, 4), func(o *Options) { o.Kinsoku = KinsokuNormal }), "あいうえ|っお"},
		{"ko breaks only at spaces", "한국어 문장은 띄어쓰기를", plain(LangKo, 7), "한국어 문장은|띄어쓰기를"},
		{"ko keeps a 어절 whole", "가나다라마바", plain(LangKo, 4), "가나다라|마바"},
		{"quotes break like brackets", "一二三“四五”六", plain(LangZhHans, 5), "一二三“四|五”六"},
		{"quotes break like brackets", "一二三四“五”六", plain(LangZhHans, 5), "一二三四|“五”六"},
		{"push in: compress inner punctuation", "一，二三四。五六", with(plain(LangZhHans, 5.5), func(o *Options) { o.CompressPunct = true }), "一，二三四。|五六"},
		{"push out without compression", "一，二三四。五六", plain(LangZhHans, 5.5), "一，二三|四。五六"},
		{"widow: pull a character down", "一二三四五。", plain(LangZhHans, 4), "一二三|四五。"},
		{"widow: kana too (jlreq)", "あいうえお。", plain(LangJa, 4), "あいう|えお。"},
		{"no widow fix for two characters", "一二三四五六", plain(LangZhHans, 4), "一二三四|五六"},
		{"a mark on a space is text, never dropped at a break", "aaa\u3000ᮧ bbb", plain(LangLatin, 4), "aaa\u3000ᮧ|bbb"},
		{"CR LF is white space", "ab\r\ncd", plain(LangLatin, 2), "ab|cd"},
		{"indent", "一二三四五六", with(plain(LangZhHans, 4), func(o *Options) { o.Indent = 2 }), "一二|三四五六"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			ls := Break(tt.text, ems{}, tt.o)
			if got := joinLines(ls); got != tt.want {
				t.Errorf("Break(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if err := checkLines(tt.text, ls, tt.o, ems{}, propOpts{kinsoku: tt.o.Kinsoku == KinsokuStrict, full: true}); err != nil {
				t.Error(err)
			}
		})
	}
}

// glyphAt finds the glyph with text s on the line.
func glyphAt(t *testing.T, l Line, s string) Glyph {
	t.Helper()
	for _, g := range l.Glyphs {
		if g.Text == s {
			return g
		}
	}
	t.Fatalf("no glyph %q in %q", s, lineText(l))
	return Glyph{}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestCJKLatinSpace(t *testing.T) {
	o := plain(LangZhHans, 20)
	o.CJKLatinSpace = 0.25
	tests := []struct {
		text, glyph string
		x           float64
	}{
		{"中A文", "A", 1.25},
		{"中A文", "文", 1.75 + 0.25},
		{"中，A", "A", 2},   // none next to CJK punctuation
		{"A中", "中", 0.75}, // but between Latin and CJK
		{"中 A", "A", 1.5}, // an existing space is enough
	}
	for _, tt := range tests {
		ls := Break(tt.text, ems{}, o)
		if g := glyphAt(t, ls[0], tt.glyph); !near(g.X, tt.x) {
			t.Errorf("%q: %q at x=%v, want %v", tt.text, tt.glyph, g.X, tt.x)
		}
	}
	// None at a line's edges: the line breaks before A without a space.
	o.Width = 3
	ls := Break("一二三ABCD", ems{}, o)
	if len(ls) < 2 || ls[1].Glyphs[0].X != 0 || ls[0].Glyphs[2].Gap != 0 {
		t.Errorf("CJK–Latin space at a line edge: %+v", ls)
	}
}

func TestPunctuationPairs(t *testing.T) {
	o := plain(LangZhHans, 20)
	o.CompressPunct = true
	tests := []struct {
		text      string
		width     float64 // total width of the marks
		firstMark string
		firstAdv  float64
		offset    float64 // the second mark's Offset
	}{
		{"一。”二", 1.5, "。", 0.5, 0},
		{"一）、二", 1.5, "）", 0.5, 0},
		{"一，“二", 1.5, "，", 0.5, 0},
		{"一“（二", 1.5, "“", 1, -0.5},
		{"一。二", 1, "。", 1, 0},
	}
	for _, tt := range tests {
		ls := Break(tt.text, ems{}, o)
		g := ls[0].Glyphs
		if w := g[len(g)-1].X - g[1].X; !near(w, tt.width) {
			t.Errorf("%q: marks take %v em, want %v", tt.text, w, tt.width)
		}
		if !near(g[1].Advance, tt.firstAdv) {
			t.Errorf("%q: %s advance %v, want %v", tt.text, tt.firstMark, g[1].Advance, tt.firstAdv)
		}
		if len(g) > 3 && !near(g[2].Offset, tt.offset) {
			t.Errorf("%q: second mark offset %v, want %v", tt.text, g[2].Offset, tt.offset)
		}
	}
	// A pair split by a line break: each mark is at a line edge, set at
	// its inked half there (edgePunct), its ink flush with the measure.
	o.Width = 4
	ls := Break("一二三，“四五”", ems{}, o)
	if joinLines(ls) != "一二三，|“四五”" {
		t.Fatalf("got %q", joinLines(ls))
	}
	if g := ls[0].Glyphs[3]; !near(g.Advance, 0.5) || !near(g.X+g.Advance, 4) {
		t.Errorf("line-end ， set at %v wide ending at %v", g.Advance, g.X+g.Advance)
	}
	if g := ls[1].Glyphs[0]; !near(g.Offset, -0.5) || !near(g.X, 0) {
		t.Errorf("line-start “ at offset %v, ink at %v", g.Offset, g.X)
	}
}

func TestJustify(t *testing.T) {
	t.Run("CJK gaps", func(t *testing.T) {
		ls := Break("一二三四。五六", ems{}, plain(LangZhHans, 4))
		l := ls[0] // 一二三 stretched over 2 gaps
		if !near(l.Width, 4) || !near(l.Glyphs[1].X, 1.5) {
			t.Errorf("got width %v, x1 %v", l.Width, l.Glyphs[1].X)
		}
	})
	t.Run("never inside ——", func(t *testing.T) {
		ls := Break("一——二三四五六七", ems{}, plain(LangZhHans, 5.5))
		g := ls[0].Glyphs
		if g[1].Gap != 0 || !near(ls[0].Width, 5.5) {
			t.Errorf("—— spaced: %+v", g)
		}
	})
	t.Run("Latin stretches word spaces only", func(t *testing.T) {
		ls := Break("ab cd efgh", points{}, plain(LangLatin, 30))
		g := ls[0].Glyphs
		if len(ls) != 2 || g[0].Gap != 0 || g[3].Gap != 0 || !near(ls[0].Width, 30) {
			t.Errorf("lines %q, glyphs %+v", joinLines(ls), g)
		}
	})
	t.Run("squeeze before stretch", func(t *testing.T) {
		o := plain(LangZhHans, 5.25)
		o.CompressPunct = true
		ls := Break("一，二，三。四五", ems{}, o)
		// 。 at the line end takes ½em; the two lone commas give ⅛em each.
		if joinLines(ls) != "一，二，三。|四五" {
			t.Fatalf("got %q", joinLines(ls))
		}
		if g := ls[0].Glyphs[1]; !near(g.Advance, 0.875) || !near(ls[0].Width, 5.25) {
			t.Errorf("， not compressed: %+v", g)
		}
	})
	t.Run("grid columns", func(t *testing.T) {
		o := plain(LangZhHans, 9)
		o.Grid = 1
		ls := Break("一二三四五六七八", Columns{true}, o)
		// 8 columns of Han in 9: the odd column is left over.
		if joinLines(ls) != "一二三四|五六七八" || !near(ls[0].Width, 8) {
			t.Errorf("got %q width %v", joinLines(ls), ls[0].Width)
		}
		o.Width = 10
		ls = Break("一二三四。五六七", Columns{true}, o)
		if !near(ls[0].Width, 10) {
			t.Errorf("grid line not filled: %v", ls[0].Width)
		}
	})
	t.Run("last line not stretched", func(t *testing.T) {
		ls := Break("一二三四五六", ems{}, plain(LangZhHans, 4))
		if !near(ls[1].Width, 2) {
			t.Errorf("last line width %v", ls[1].Width)
		}
	})
}

func TestAlign(t *testing.T) {
	for _, tt := range []struct {
		a Align
		x float64
	}{{AlignStart, 0}, {AlignCenter, 1}, {AlignEnd, 2}} {
		o := plain(LangZhHans, 4)
		o.Align = tt.a
		if ls := Break("一二", ems{}, o); !near(ls[0].Glyphs[0].X, tt.x) {
			t.Errorf("align %v: x=%v, want %v", tt.a, ls[0].Glyphs[0].X, tt.x)
		}
	}
}

func TestHanging(t *testing.T) {
	o := plain(LangZhHans, 4)
	o.Hanging = true
	ls := Break("一二三四。五六七", ems{}, o)
	if joinLines(ls) != "一二三四。|五六七" {
		t.Fatalf("got %q", joinLines(ls))
	}
	if g := ls[0].Glyphs[4]; !near(g.X, 4) || !near(ls[0].Glyphs[3].X+ls[0].Glyphs[3].Advance, 4) {
		t.Errorf("。 should hang at x=4, got %+v", ls[0].Glyphs)
	}
	o.Hanging = false
	if got := joinLines(Break("一二三四。五六七", ems{}, o)); got != "一二三|四。五|六七" {
		t.Errorf("without hanging: %q", got)
	}
}

func TestColumns(t *testing.T) {
	tests := []struct {
		r          rune
		wide, narr float64
	}{
		{'a', 1, 1}, {'中', 2, 2}, {'，', 2, 2}, {'“', 2, 1}, {'—', 2, 1}, {'…', 2, 1}, {'■', 2, 1},
		{'\u0301', 0, 0}, {'\u200b', 0, 0}, {'한', 2, 2}, {'ｱ', 1, 1}, {'\u3000', 2, 2}, {'𠮷', 2, 2},
	}
	for _, tt := range tests {
		if got := (Columns{AmbiguousWide: true}).Advance(tt.r); got != tt.wide {
			t.Errorf("%q wide: %v, want %v", tt.r, got, tt.wide)
		}
		if got := (Columns{}).Advance(tt.r); got != tt.narr {
			t.Errorf("%q narrow: %v, want %v", tt.r, got, tt.narr)
		}
	}
}

// On a terminal's grid no blank column goes after a fullwidth comma or
// stop (指出，  近年来) nor between a digit and a CJK character (8月 29日):
// both read as typing errors. Nor does a cell go between two characters
// when the line is at most maxGridShort columns short: the line ends
// short (一二，三四五六七 in 18 columns ends a cell short).
func TestGridNoGapAfterPunctuationOrDigit(t *testing.T) {
	o := plain(LangZhHans, 18)
	o.Grid = 1
	ls := Break("一二，三四五六七八。九十", Columns{true}, o)
	if joinLines(ls) != "一二，三四五六七|八。九十" {
		t.Fatalf("got %q", joinLines(ls))
	}
	if g := glyphAt(t, ls[0], "三"); g.X != 6 || !near(ls[0].Width, 16) {
		t.Errorf("三 at %v (want 6, right after ，), width %v (want 16: no cell inside the words)", g.X, ls[0].Width)
	}
	for _, tc := range []struct {
		text  string
		width float64
	}{
		{"新华社北京8月29日下午，记者从会上获悉，近年来，各地", 28},
		{"指出，近年来全省各地各部门坚持问题导向，", 22},
		{"会议于2024年举行，共有12个国家参加会议讨论", 26},
	} {
		o := plain(LangZhHans, tc.width)
		o.Grid = 1
		for _, l := range Break(tc.text, Columns{true}, o) {
			if l.Last {
				continue
			}
			for k := 0; k+1 < len(l.Glyphs); k++ {
				g, h := l.Glyphs[k], l.Glyphs[k+1]
				if g.Gap == 0 {
					continue
				}
				if strings.ContainsAny(g.Text, "，。、；：！？”") || isDigitText(g.Text) || isDigitText(h.Text) {
					t.Errorf("%q: a blank column after %q before %q in %q", tc.text, g.Text, h.Text, lineText(l))
				}
			}
			if short := tc.width - l.Width; short > 2 {
				t.Errorf("%q: line %q is %v columns short", tc.text, lineText(l), short)
			}
		}
	}
}

func isDigitText(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func TestApostropheInWord(t *testing.T) {
	o := plain(LangZhHans, 8.5)
	ls := Break("他说don’t一二三四五六七八", ems{}, o)
	if ls[0].Width != 8.5 {
		t.Fatalf("first line not stretched: %q %v", joinLines(ls), ls[0].Width)
	}
	for _, l := range ls {
		for k, g := range l.Glyphs {
			if (g.Text == "n" || g.Text == "’") && g.Gap != 0 {
				t.Errorf("letter-spaced at %d: %+v", k, l.Glyphs)
			}
		}
	}
}

// TestPunctStyle: where the font draws 。 decides which half is squeezed.
// Squeezing a quarter off the left of a mark drawn in the lower left corner
// (an SC font setting Traditional Chinese) draws it over the character
// before, so a writer that knows its font overrides the language default.
func TestPunctStyle(t *testing.T) {
	tests := []struct {
		lang    Lang
		style   PunctStyle
		adv, dx float64 // 。's advance and Offset before 「
	}{
		{LangZhHans, PunctByLang, 0.5, 0},
		{LangZhHant, PunctByLang, 0.75, 0},
		{LangZhHant, PunctCorner, 0.5, 0},
		{LangZhHans, PunctCentred, 0.75, 0},
		{LangJa, PunctByLang, 0.5, 0},
	}
	for _, tt := range tests {
		o := plain(tt.lang, 20)
		o.CompressPunct, o.Punct = true, tt.style
		g := glyphAt(t, Break("一。「二」", ems{}, o)[0], "。")
		if !near(g.Advance, tt.adv) || !near(g.Offset, tt.dx) {
			t.Errorf("%s style %d: 。 advance %v offset %v, want %v %v", tt.lang, tt.style, g.Advance, g.Offset, tt.adv, tt.dx)
		}
	}
}

// TestKoreanNoLatinSpace: Korean writes Hangul and digits solid (10조 원).
func TestKoreanNoLatinSpace(t *testing.T) {
	for _, tt := range []struct {
		lang Lang
		x    float64 // x of 조
	}{{LangKo, 1}, {LangZhHans, 1.25}} {
		o := DefaultOptions(tt.lang, 20)
		o.Indent = 0
		if g := glyphAt(t, Break("10조 원", ems{}, o)[0], "조"); !near(g.X, tt.x) {
			t.Errorf("%s: 조 at %v, want %v", tt.lang, g.X, tt.x)
		}
	}
}

// TestPhraseGap: on a terminal grid, blank columns in Japanese go between
// words, never inside a katakana word or between a kanji and its okurigana.
func TestPhraseGap(t *testing.T) {
	tests := []struct {
		a, b rune
		want bool
	}{
		{'の', '分', true}, {'に', 'ガ', true}, {'ス', '奏', true}, {'語', 'ガ', true},
		{'パ', 'ー', false}, {'ガ', 'イ', false}, {'呼', 'び', false}, {'佐', '々', false},
		{'び', 'か', false}, {'分', '別', false},
	}
	for _, tt := range tests {
		if got := phraseGap(tt.a, tt.b); got != tt.want {
			t.Errorf("phraseGap(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	// A line six columns short (３０００ goes down whole): what is
	// beyond the four columns a line may end short (maxGridShort) goes
	// after の, none inside ガイド.
	o := DefaultOptions(LangJa, 20)
	o.Grid, o.CompressPunct, o.Indent = 1, false, 0
	ls := Break("ガイドのガイド３０００円で", Columns{}, o)
	var after []string
	for _, g := range ls[0].Glyphs {
		if g.Gap > 0 {
			after = append(after, g.Text)
		}
	}
	if len(ls) < 2 || lineText(ls[0]) != "ガイドのガイド" || len(after) != 1 || after[0] != "の" {
		t.Errorf("blank columns after %q in %q, want after の", after, joinLines(ls))
	}
}

// TestPhrases: a headline breaks at the space between its phrases.
func TestPhrases(t *testing.T) {
	tests := []struct {
		text  string
		lang  Lang
		width float64
		want  string
	}{
		{"基站突破万个 全市覆盖率达九成五", LangZhHans, 10, "基站突破万个 |全市覆盖率达九成五"},
		{"一二三 四五六七八 九十", LangZhHans, 9, "一二三 |四五六七八 九十"},
		{"一二三四 五六七", LangZhHans, 10, "一二三四 五六七"},                            // fits: no break
		{"一二三四五六七八九十", LangZhHans, 6, "一二三四五|六七八九十"},                        // no space: the most even break
		{"一二三四，五六七八九十一二", LangZhHans, 10, "一二三四，|五六七八九十一二"},                 // after a comma, if nearly as even
		{"今起试运营，全市地铁线网总里程突破三百公里", LangZhHans, 15, "今起试运营，|全市地铁线网总里程突破三百公里"}, // after a clause, not 线|网 (the most even)
		{"加快构建全方位对外开放新格局", LangZhHans, 5, "加快构建|全方位对外|开放新格局"},               // three lines: even, between words (not 全|方位, 开|放)
		{"中小学生每天校内体育活动不少于2小时", LangZhHans, 7, "中小学生每天|校内体育活动|不少于2小时"},
		{"一、强化能源供应保障和应急储备", LangZhHans, 6, "一、强化|能源供应保障|和应急储备"},           // after 强化, before 和: no word cut
		{"中小学生 每天校内体育活动 不少于两小时", LangZhHans, 8, "中小学生 |每天校内体育活动 |不少于两小时"}, // at the phrase spaces
		{"发挥各类改革试点和开放平台作用", LangZhHans, 9, "发挥各类改革试点|和开放平台作用"},            // before 和, not 试|点
		{"东京都的新预算方案", LangZhHans, 6, "东京都的|新预算方案"},                        // after 的, as even as after 新
		{"高新区两家企业入选省级“专精特新”名单", LangZhHans, 12, "高新区两家企业入选省级|“专精特新”名单"},   // before a quote, not 省|级
		{"全市开通5G基站", LangZhHans, 5, "全市开通|5G基站"},                          // where the script changes, not 开|通
		{"我市出台稳就业二十条措施", LangZhHans, 11, "我市出台稳就业|二十条措施"},                 // before a number, not 稳就|业 (the most even)
		{"全省新增三项国家级非遗", LangZhHans, 10, "全省新增|三项国家级非遗"},                   // before a number and its counter, not 新增三|项
		{"我省推进全域统一大市场建设", LangZhHans, 12, "我省推进全域|统一大市场建设"},               // a lone 一 ends a word (统一): no number starts there
		{"今年第二批民生实事项目", LangZhHans, 10, "今年第二批|民生实事项目"},                   // after 第 the number is the word's
		{"東京都の新しい予算案", LangJa, 7, "東京都の|新しい予算案"},                          // after a particle, not 新|しい
		{"市民ボランティアが運営支える", LangJa, 11, "市民ボランティアが|運営支える"},                 // after the particle, not ボランティ|ア (the most even)
		{"市民ボランティアが運営支える", LangJa, 6, "市民|ボランティア|が運営支える"},                 // three lines: the particle parted, not the word (市民ボラ|ンティアが)
		{"海外客向けガイドマップを配布", LangJa, 9, "海外客向け|ガイドマップを配布"},                  // not inside ガイドマップ
		{"◇箕輪町ふるさとまつり", LangJa, 7, "◇箕輪町|ふるさとまつり"},                        // at the kana run's edge, not inside it (ふ|るさとまつり, the most even)
		{"가나다라 마바사아 자차", LangKo, 9, "가나다라 |마바사아 자차"},                      // Korean: even, at a word space
		{"■ 나프타분해설비(NCC)란", LangKo, 6.5, "■ 나프타분|해설비(NCC)란"},              // a word wider than the measure: cut so two lines fill, not ■ alone over a cut wherever the measure ran out
		{"■ 나프타분해설비(NCC)란", LangKo, 7, "■ |나프타분해설비|(NCC)란"},               // cut before its bracket when that sets it, not between syllables
		{"■ 가나다라 마바사", LangKo, 5, "■ |가나다라 |마바사"},                         // every word fits: at spaces, never inside one
		{"가 ABCDEFGHIJKLMNOP 나", LangKo, 4, "가 |ABCDEFGH|IJKLMNOP|나"},     // a Latin word is not opened: the usual breaking cuts it
	}
	for _, tt := range tests {
		o := plain(tt.lang, tt.width)
		o.Phrases, o.Align = true, AlignCenter
		ls := Break(tt.text, ems{}, o)
		var parts []string
		for _, l := range ls {
			parts = append(parts, tt.text[l.Start:l.End])
		}
		if got := strings.Join(parts, "|"); got != strings.ReplaceAll(tt.want, " |", "|") && got != tt.want {
			t.Errorf("%q at %v: %q, want %q", tt.text, tt.width, got, tt.want)
		}
		if err := checkLines(tt.text, ls, o, ems{}, propOpts{}); err != nil {
			t.Errorf("%q: %v", tt.text, err)
		}
	}
}

// TestKoreanSpacesCapped: a Korean line whose word spaces would each open
// wider than maxStretch em takes the rest between syllables.
func TestKoreanSpacesCapped(t *testing.T) {
	// The long second word (digits: no syllables to break between, see
	// TestKoreanSyllableBreak) cannot join the first line.
	text := "가나 다라 1234567890123 하"
	o := DefaultOptions(LangKo, 7)
	o.Indent = 0
	ls := Break(text, ems{}, o)
	if len(ls) < 2 {
		t.Fatalf("lines %q: want at least two", joinLines(ls))
	}
	l := ls[0]
	syllableGap := false
	for k, g := range l.Glyphs {
		if k == len(l.Glyphs)-1 {
			break
		}
		added := g.Gap
		if g.Text == " " {
			added = g.Advance - g.Natural
		}
		if g.Text == " " && added > maxStretch+1e-9 {
			t.Errorf("line %q: a word space takes %.2f em, more than %.2f", lineText(l), added, maxStretch)
		}
		if g.Text != " " && l.Glyphs[k+1].Text != " " && added > 0 {
			syllableGap = true
		}
	}
	if !syllableGap {
		t.Errorf("line %q: nothing spread between syllables", lineText(l))
	}
	if err := checkLines(text, ls, o, ems{}, propOpts{kinsoku: true, full: true}); err != nil {
		t.Error(err)
	}
}

// TestKoreanTooLoose: a Korean line whose letters would stand more than
// maxKoLetter apart even with every gap opened (a web page's time stamp
// before a date that does not fit) is left flush start, its spaces and
// letters as set, and reported ragged; a line that needs less is still
// letter-spaced to the measure.
func TestKoreanTooLoose(t *testing.T) {
	tests := []struct {
		text  string
		width float64
		first string
		flush bool // the first line is left flush start
		m     Measurer
	}{
		{"입력 : 2026-11-24 17:42:10 수정 : 2026-11-24 18:05:33", 215, "입력 : 2026-11-24 17:42:10 수정 :", true, points{}},
		{"등록 2026.12.03 08:00:00", 6, "등록", true, ems{}}, // one word: its one gap would open 4 em
		{"가나 다라 1234567890123 하", 7, "가나 다라", false, ems{}},
		{"가나 다라 1234567890123 하", 9, "가나 다라", true, ems{}},
	}
	for _, tt := range tests {
		o := DefaultOptions(LangKo, tt.width)
		o.Indent = 0
		ls := Break(tt.text, tt.m, o)
		if len(ls) < 2 || lineText(ls[0]) != tt.first {
			t.Fatalf("Break(%q, %g) = %q: want %q first", tt.text, tt.width, joinLines(ls), tt.first)
		}
		l := ls[0]
		opened := false
		for _, g := range l.Glyphs {
			if g.Gap > 1e-9 || g.Advance > g.Natural+1e-9 {
				opened = true
			}
		}
		if tt.flush && (opened || !l.Ragged || l.Glyphs[0].X != 0) {
			t.Errorf("%q: line %q opened %v, ragged %v, starts at %g; want flush start as set, ragged", tt.text, lineText(l), opened, l.Ragged, l.Glyphs[0].X)
		}
		if !tt.flush && (!near(l.Width, tt.width) || l.Ragged) {
			t.Errorf("%q: line %q is %g wide (ragged %v), want justified to %g", tt.text, lineText(l), l.Width, l.Ragged, tt.width)
		}
		for k, g := range l.Glyphs[:len(l.Glyphs)-1] {
			if g.Text != " " && l.Glyphs[k+1].Text != " " && g.Gap > maxKoLetter*tt.m.Em()+1e-9 {
				t.Errorf("%q: %.2f em between %q and %q", lineText(l), g.Gap, g.Text, l.Glyphs[k+1].Text)
			}
		}
	}
}

// TestKoreanSyllableBreak: in a narrow measure a Korean line that word
// breaks alone would leave very loose ends between two syllables of the
// next word (klreq allows it in narrow measures); a wide measure still
// breaks only between words.
func TestKoreanSyllableBreak(t *testing.T) {
	text := "통계청이 2일 발표한 '11월 소비자물가동향'에 따르면 지난달 소비자물가지수는 115.02로 1년 전보다 1.8% 올랐다."
	for _, tt := range []struct {
		width float64
		split bool // some line ends inside a word
	}{{9, true}, {30, false}} {
		o := DefaultOptions(LangKo, tt.width)
		o.Indent = 0
		ls := Break(text, ems{}, o)
		split := false
		for _, l := range ls[:len(ls)-1] {
			before, after := []rune(text[:l.End]), []rune(text[l.End:])
			if len(after) == 0 || after[0] == ' ' || before[len(before)-1] == ' ' {
				continue
			}
			split = true
			if !isHangulSyllable(before[len(before)-1]) || !isHangulSyllable(after[0]) {
				t.Errorf("width %v: line %q ends inside a word other than between syllables", tt.width, text[l.Start:l.End])
			}
			if w := l.Width; !near(w, tt.width) {
				t.Errorf("width %v: line %q set %v wide", tt.width, text[l.Start:l.End], w)
			}
		}
		if split != tt.split {
			t.Errorf("width %v: lines %q: a word split %v, want %v", tt.width, joinLines(ls), split, tt.split)
		}
		if err := checkLines(text, ls, o, ems{}, propOpts{kinsoku: true, full: true}); err != nil {
			t.Error(err)
		}
	}
}

// TestKoreanGridSyllableBreak: on a terminal's grid (bulletins) a Korean
// line whose word spaces would open more than gridKoLoose em each breaks
// between the syllables of the next word instead, never carrying a
// word's last syllable alone to the next line; a line that word breaks
// set with modest gaps keeps them.
func TestKoreanGridSyllableBreak(t *testing.T) {
	for _, tt := range []struct {
		text  string
		width float64
		want  string
	}{
		// Word breaks alone: ‘500면’은 + 14 blank columns + ‘350면’이기에.
		{"‘500면’은 ‘350면’이기에 바로잡습니다.", 40, "‘500면’은 ‘350면’이기에 바로잡습|니다."},
		// The line fits with its last word pushed down at two columns a space: kept.
		{"지난달 소비자물가 상승률이 석 달 연속 1%대를 기록했다.", 40, "지난달 소비자물가 상승률이 석 달 연속 |1%대를 기록했다."},
		// Only the word's last syllable would fit: not carried alone, the line stays loose.
		{"가나다 라마바 사다.", 18, "가나다 라마바 |사다."},
	} {
		o := DefaultOptions(LangKo, tt.width)
		o.Indent, o.Grid = 0, 1
		ls := Break(tt.text, Columns{AmbiguousWide: true}, o)
		if got := joinLines(ls); got != tt.want && got != strings.ReplaceAll(tt.want, " |", "|") {
			t.Errorf("Break(%q, %v) on the grid = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

// TestGridPrefersWordEdges checks that on a terminal's grid the blank
// cells of a justified Chinese line go first where a word likely ends
// (after 的, before 和), not inside a word.
func TestGridPrefersWordEdges(t *testing.T) {
	o := plain(LangZhHans, 30)
	o.Grid = 1
	ls := Break("推动高质量发展的重要举措和有效路径，是什么呢。我们的工作和生活", Columns{true}, o)
	l := ls[1]
	if lineText(l) != "路径，是什么呢。我们的工作和" {
		t.Fatalf("second line %q", lineText(l))
	}
	for k, g := range l.Glyphs[:len(l.Glyphs)-1] {
		if g.Gap > 0 && g.Text != "的" && l.Glyphs[k+1].Text != "和" {
			t.Errorf("a blank cell after %q inside a word: %q", g.Text, lineText(l))
		}
	}
	if !near(l.Width, 30) {
		t.Errorf("width %v, want 30", l.Width)
	}
}

// TestKoreanLooseLineSpread: a Korean line with one syllable pair and a
// long unbreakable credit (2024.12.3/뉴스1, the slash kept with 뉴) does
// not open one hole of two em between those syllables, which text
// extraction reads as two lines: past maxStretch em the rest is spread
// over every gap CJK text may open, the spaces still capped.
func TestKoreanLooseLineSpread(t *testing.T) {
	text := "2024.12.3/뉴스1 © News1 이영호 기자"
	o := DefaultOptions(LangKo, 100)
	o.Indent = 0
	ls := Break(text, points{}, o)
	if len(ls) < 2 || !strings.HasPrefix(lineText(ls[0]), "2024.12.3/뉴스1") {
		t.Fatalf("lines %q: want the credit first, then more", joinLines(ls))
	}
	l := ls[0]
	if !near(l.Width, 100) {
		t.Fatalf("line %q set %v wide; want 100", lineText(l), l.Width)
	}
	opened, widest := 0, 0.0
	for _, g := range l.Glyphs[:len(l.Glyphs)-1] {
		added := g.Gap
		if g.Text == " " {
			added = g.Advance - g.Natural
			if added > maxStretch*10+1e-9 {
				t.Errorf("line %q: a word space takes %.2f, more than %.2f em", lineText(l), added, maxStretch)
			}
			continue
		}
		if added > 0 {
			opened++
		}
		widest = max(widest, added)
	}
	if opened < 2 || widest > maxStretch*10+1e-9 {
		t.Errorf("line %q: %d gaps opened, the widest %.1f; want several, none more than maxStretch em", lineText(l), opened, widest)
	}
	if err := checkLines(text, ls, o, points{}, propOpts{kinsoku: true, full: true}); err != nil {
		t.Error(err)
	}
}

// TestGridNoHole checks that on a terminal's grid a Japanese line with one
// likely word boundary (after a particle) does not take all its spare
// columns there, a hole in the line: each gap takes an em at most while
// others are left, and the line ends at most maxGridShort columns short.
func TestGridNoHole(t *testing.T) {
	o := plain(LangJa, 36)
	o.Grid = 1
	ls := Break("山陰中央銀行と因幡銀行は３日、２０２６年４月をめどに経営統合すると発表した。", Columns{true}, o)
	l := ls[0]
	if lineText(l) != "山陰中央銀行と因幡銀行は３日、" {
		t.Fatalf("first line %q", lineText(l))
	}
	for _, g := range l.Glyphs {
		if g.Gap > 2 {
			t.Errorf("a gap of %v columns after %q: %q", g.Gap, g.Text, lineText(l))
		}
	}
	if !near(l.Width, 36-maxGridShort) {
		t.Errorf("width %v, want %v", l.Width, 36-maxGridShort)
	}
}

// TestKoreanBreakInWord: a loose Korean line ends at the last place inside
// the next word that fits: where a bracket meets a syllable (정하윤(11) /
// 양은) as well as between syllables, and with a lone syllable of the word
// on the line (조 / 치라고) only when nothing else fits.
func TestKoreanBreakInWord(t *testing.T) {
	for _, tt := range []struct {
		text  string
		width float64
		want  string
	}{
		{"학교 정하윤(11)양은 말했다", 8, "학교 정하윤(11)|양은 말했다"},
		{"불편을 줄이기 위한 조치라고 말했다", 11, "불편을 줄이기 위한 조|치라고 말했다"},
		{"불편을 줄이기 위한 조치라고 말했다", 12, "불편을 줄이기 위한 조치|라고 말했다"},
		{"▶기간 12월 10일~2027년 2월 28일", 9, "▶기간 12월 10일~|2027년 2월 28일"}, // after a range's mark
		{"▶기간 12월 10일～2027년 2월 28일", 9.5, "▶기간 12월 10일～|2027년 2월 28일"},
		{"▶시간 오전 9시~12시 30분", 8.5, "▶시간 오전 9시~|12시 30분"},
		{"최윤아 지음·한빛출판·312쪽", 12, "최윤아 지음·한빛출판·|312쪽"},  // after a list's middle dot
		{"▶후기 정말 좋았어요~ㅋㅋㅋㅋ", 9.5, "▶후기 정말 좋았어|요~ㅋㅋㅋㅋ"}, // a tilde after a word, not between two terms: no break after it
	} {
		o := DefaultOptions(LangKo, tt.width)
		o.Indent = 0
		ls := Break(tt.text, ems{}, o)
		if got := joinLines(ls); got != tt.want {
			t.Errorf("Break(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		if !near(ls[0].Width, tt.width) {
			t.Errorf("%q: first line set %v wide, want %v", tt.text, ls[0].Width, tt.width)
		}
	}
}

// TestKoreanQuotes: Korean sets ‘’ and “” as Western marks, in half an em
// (koreanQuote): mid-line both halves of the pair, an opening mark at a
// line's start too; a closing mark ending a line keeps its full cell.
// Chinese keeps its full-width quotation marks.
func TestKoreanQuotes(t *testing.T) {
	o := DefaultOptions(LangKo, 200)
	o.Indent = 0
	ls := Break("‘노키즈존’ 대신 ‘웰컴키즈존’ 식당", points{}, o)
	if len(ls) != 1 {
		t.Fatalf("lines %q, want one", joinLines(ls))
	}
	for k, g := range ls[0].Glyphs {
		if !isCurlyQuote([]rune(g.Text)[0]) {
			continue
		}
		if !near(g.Advance, 5) {
			t.Errorf("glyph %d %q set %v wide, want half an em (5)", k, g.Text, g.Advance)
		}
		if g.Text == "‘" && !near(g.Offset, -5) {
			t.Errorf("glyph %d ‘ drawn at offset %v, want -5 (its empty left half dropped)", k, g.Offset)
		}
	}
	if g := ls[0].Glyphs[0]; !near(g.X+g.Offset, -5) {
		t.Errorf("line-start ‘: ink at %v, want the edge (box from -5)", g.X+g.Offset+5)
	}
	// A closing mark ending a justified line keeps its cell.
	o.Width = 50
	ls = Break("가 ‘나다’ 라마바사아자", points{}, o)
	if len(ls) < 2 || !strings.HasSuffix(lineText(ls[0]), "’") {
		t.Fatalf("lines %q: want the first to end at ’", joinLines(ls))
	}
	if g := ls[0].Glyphs[len(ls[0].Glyphs)-1]; !near(g.Advance, 10) {
		t.Errorf("line-end ’ set %v wide, want its full cell (10)", g.Advance)
	}
	// Chinese: the marks keep their em mid-line.
	zh := DefaultOptions(LangZhHans, 200)
	zh.Indent = 0
	for _, g := range Break("他说‘好’了", points{}, zh)[0].Glyphs {
		if isCurlyQuote([]rune(g.Text)[0]) && !near(g.Advance, 10) {
			t.Errorf("Chinese %q set %v wide, want 10", g.Text, g.Advance)
		}
	}
}
