package layout

import (
	"strings"
	"testing"
)

// TestEdgePunct checks the line-edge rule (clreq 3.1.7, jlreq 3.1.5): in
// Simplified Chinese and Japanese a line-end closing mark and a line-start
// opening mark keep only their inked half inside the measure, and the line
// is still justified flush; elsewhere they keep their full cell.
func TestEdgePunct(t *testing.T) {
	compress := func(lang Lang, w float64) Options {
		o := plain(lang, w)
		o.CompressPunct = true
		return o
	}
	hantCorner := compress(LangZhHant, 4)
	hantCorner.Punct = PunctCorner
	grid := plain(LangZhHans, 8)
	grid.Grid = 1
	tests := []struct {
		rule  string
		text  string
		o     Options
		m     Measurer
		want  string // lines joined by |
		line  int    // the line to look at
		mark  string
		adv   float64 // the mark's advance
		off   float64 // its offset
		inkAt float64 // where the mark's ink starts (cell X) or ends (X+Advance)
	}{
		{"zh-Hans line-end ， at its inked half", "一二三，四五六七", compress(LangZhHans, 4), ems{}, "一二三，|四五六七", 0, "，", 0.5, 0, 4},
		{"zh-Hans line-end 。 at its inked half", "一二三。四五六七", compress(LangZhHans, 4), ems{}, "一二三。|四五六七", 0, "。", 0.5, 0, 4},
		{"zh-Hans line-end ” at its inked half", "一“二”三四五六", compress(LangZhHans, 4), ems{}, "一“二”|三四五六", 0, "”", 0.5, 0, 4},
		{"zh-Hans line-end ）、 pair in one em", "一二（三）、四五六七", compress(LangZhHans, 5), ems{}, "一二（三）、|四五六七", 0, "、", 0.5, 0, 5},
		{"ja line-end 、 at its inked half", "あいう、えおかき", compress(LangJa, 4), ems{}, "あいう、|えおかき", 0, "、", 0.5, 0, 4},
		{"ja line-end 」 at its inked half", "あ「い」うえおか", compress(LangJa, 4), ems{}, "あ「い」|うえおか", 0, "」", 0.5, 0, 4},
		{"zh-Hans line-start “ at its inked half", "一二三四“五六”七八", compress(LangZhHans, 4), ems{}, "一二三四|“五六”|七八", 1, "“", 0.5, -0.5, 0},
		{"ja line-start 「 at its inked half", "あいうえ「おか」きく", compress(LangJa, 4), ems{}, "あいうえ|「おか」|きく", 1, "「", 0.5, -0.5, 0},
		{"zh-Hans line-end ？ at its inked half", "一二三？四五六七", compress(LangZhHans, 4), ems{}, "一二三？|四五六七", 0, "？", 0.5, 0, 4},
		{"zh-Hans line-end ！ at its inked half", "一二三！四五六七", compress(LangZhHans, 4), ems{}, "一二三！|四五六七", 0, "！", 0.5, 0, 4},
		{"zh-Hans mid-line ？ keeps its full em", "一？二三四五六七", compress(LangZhHans, 4), ems{}, "一？二三|四五六七", 0, "？", 1, 0, 2},
		{"ja keeps line-end ？ full", "あいう？えおかき", compress(LangJa, 4), ems{}, "あいう？|えおかき", 0, "？", 1, 0, 4},
		{"zh-Hans vertical keeps line-end ？ full", "一二三？四五六七", func() Options { o := compress(LangZhHans, 4); o.Vertical = true; return o }(), ems{}, "一二三？|四五六七", 0, "？", 1, 0, 4},
		{"zh-Hant keeps centred ， full at the end", "一二三，四五六七", compress(LangZhHant, 4), ems{}, "一二三，|四五六七", 0, "，", 1, 0, 4},
		{"zh-Hant keeps 「 full at the start", "一二三四「五六」七八", compress(LangZhHant, 4), ems{}, "一二三四|「五六」|七八", 1, "「", 1, 0, 0},
		{"zh-Hant with a corner font keeps full cells at the edges", "一二三，四五六七", hantCorner, ems{}, "一二三，|四五六七", 0, "，", 1, 0, 4},
		{"flush right keeps the closing bracket's cell", "（记者 林某）", func() Options { o := compress(LangZhHans, 8); o.Align = AlignEnd; return o }(), ems{}, "（记者 林某）", 0, "）", 1, 0, 8},
		{"no compression, no edge trimming", "一二三，四五六七", plain(LangZhHans, 4), ems{}, "一二三，|四五六七", 0, "，", 1, 0, 4},
		{"terminal grid keeps full cells", "一二三，四五六七", grid, Columns{true}, "一二三，|四五六七", 0, "，", 2, 0, 8},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			ls := Break(tt.text, tt.m, tt.o)
			if got := joinLines(ls); got != tt.want {
				t.Fatalf("Break(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if err := checkLines(tt.text, ls, tt.o, tt.m, propOpts{kinsoku: true, full: true}); err != nil {
				t.Error(err)
			}
			g := glyphAt(t, ls[tt.line], tt.mark)
			if !near(g.Advance, tt.adv) || !near(g.Offset, tt.off) {
				t.Errorf("%s set %v wide at offset %v, want %v at %v", tt.mark, g.Advance, g.Offset, tt.adv, tt.off)
			}
			ink := g.X // an opening mark's ink starts at its cell
			if strings.ContainsAny(tt.mark, "，。、”」）？！") {
				ink = g.X + g.Advance // a closing mark's ends at its cell's end
			}
			if !near(ink, tt.inkAt) {
				t.Errorf("%s ink edge at %v, want %v", tt.mark, ink, tt.inkAt)
			}
		})
	}
}

// TestEdgePunctLanguages lists which rule sets trim edge marks.
func TestEdgePunctLanguages(t *testing.T) {
	tests := []struct {
		lang  Lang
		punct PunctStyle
		grid  float64
		want  bool
	}{
		{LangZhHans, PunctByLang, 0, true},
		{LangJa, PunctByLang, 0, true},
		{LangJa, PunctCorner, 0, true},
		{LangZhHans, PunctCentred, 0, false}, // a centred font has no empty half to trim
		{LangZhHant, PunctByLang, 0, false},
		{LangZhHant, PunctCorner, 0, false},
		{LangKo, PunctByLang, 0, false},
		{LangLatin, PunctByLang, 0, false},
		{LangZhHans, PunctByLang, 1, false}, // a terminal cell cannot be halved
	}
	for _, tt := range tests {
		o := DefaultOptions(tt.lang, 100)
		o.Punct, o.Grid = tt.punct, tt.grid
		if got := o.edgePunct(); got != tt.want {
			t.Errorf("%s punct %d grid %v: edgePunct %v, want %v", tt.lang, tt.punct, tt.grid, got, tt.want)
		}
	}
}

// TestLightCompression checks the order in which a line that must take
// one more piece is squeezed: spaces first, then marks beside other marks,
// and lone marks last and least (a single comma keeps ¾em at least).
func TestLightCompression(t *testing.T) {
	o := plain(LangZhHans, 0)
	o.CompressPunct = true
	cjkLatin := o
	cjkLatin.CJKLatinSpace = 0.25
	tests := []struct {
		rule  string
		text  string
		o     Options
		width float64
		want  string
		marks map[string]float64 // advance of marks on the first line
	}{
		// The comma alone could give ½em and take 五 (it did): now it
		// gives at most ¼em, so 五 moves down and the line is spread.
		{"a lone mid-line comma is not squeezed to half", "一，二三四五六七", o, 5.5, "一，二三四|五六七", map[string]float64{"，": 1}},
		{"pairs give before lone marks", "一，二三。”四五六七", o, 6, "一，二三。”四|五六七", map[string]float64{"，": 1, "。": 0.5, "”": 0.5}},
		{"CJK–Latin spaces give before marks", "一，二三4四五六七八", cjkLatin, 5.75, "一，二三4四|五六七八", map[string]float64{"，": 1}},
		{"lone marks give a quarter em each when they must", "一，二，三，四五六七八", o, 7.25, "一，二，三，四五|六七八", map[string]float64{"，": 0.75}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			tt.o.Width = tt.width
			ls := Break(tt.text, ems{}, tt.o)
			if got := joinLines(ls); got != tt.want {
				t.Fatalf("Break(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if err := checkLines(tt.text, ls, tt.o, ems{}, propOpts{kinsoku: true, full: true}); err != nil {
				t.Error(err)
			}
			for _, g := range ls[0].Glyphs {
				if want, ok := tt.marks[g.Text]; ok && !near(g.Advance, want) {
					t.Errorf("%s set %v wide, want %v", g.Text, g.Advance, want)
				}
			}
		})
	}
}

// TestLatinSpaceFloor checks that squeezing a line never takes the space
// between Han and a Latin word or number below minLatinSpace (it took all
// of it first, so a squeezed line read 全市5G基站 among lines with spaces).
func TestLatinSpaceFloor(t *testing.T) {
	o := plain(LangZhHans, 0)
	o.CompressPunct, o.CJKLatinSpace = true, 0.25
	for _, width := range []float64{5.5, 5.75, 6, 7.5, 8} {
		o.Width = width
		text := "一二三4四五5G六七八AI九十"
		ls := Break(text, ems{}, o)
		if err := checkLines(text, ls, o, ems{}, propOpts{kinsoku: true}); err != nil {
			t.Error(err)
		}
		for _, l := range ls {
			for k, g := range l.Glyphs[:max(0, len(l.Glyphs)-1)] {
				next := l.Glyphs[k+1]
				han, latin := isHan([]rune(g.Text)[0]), isHan([]rune(next.Text)[0])
				if han == latin {
					continue
				}
				if space := next.X + next.Offset - (g.X + g.Offset + g.Natural); space < minLatinSpace-1e-9 {
					t.Errorf("width %v: %q: %.3f em between %s and %s, want %v at least", width, lineText(l), space, g.Text, next.Text, minLatinSpace)
				}
			}
		}
	}
}
