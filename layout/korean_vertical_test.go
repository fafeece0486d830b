package layout

import (
	"strings"
	"testing"
)

// TestKoreanVertical: Korean set down a vertical line keeps every syllable
// in its em cell with word spaces of a quarter em, breaks inside a word
// rather than open the line, stretches between syllables (hardly ever a
// gap of more than 0.3em down the column, which reads as a break), and sets a sentence's . , ? ! upright
// as 。、？！ with no further space after 。、, and quotes as 『』「」 (한글
// 맞춤법 1988). Across, . stays a Latin mark.
func TestKoreanVertical(t *testing.T) {
	text := "부산 해운대구 영화의전당에서 2일 저녁 제29회 부산국제영화제가 개막했다. 올해 영화제에는 63개국에서 초청된 224편의 작품이 상영되며, 주최 측은 관객 20만 명 이상이 찾을 것으로 내다봤다."
	for _, width := range []float64{8, 11, 14} {
		o := plain(LangKo, width)
		o.Vertical = true
		ls := Break(text, ems{}, o)
		gaps, wide := 0, 0 // gaps down the line, those over 0.3em
		var got strings.Builder
		for i, l := range ls {
			for k, g := range l.Glyphs {
				got.WriteString(strings.TrimSpace(g.Text))
				if g.Text == " " && g.Advance > 0.25+eps {
					t.Errorf("width %v line %d: word space %.2fem", width, i+1, g.Advance)
				}
				if k+1 < len(l.Glyphs) && g.Orientation != Sideways && l.Glyphs[k+1].Orientation != Sideways {
					gaps++
					if gap := l.Glyphs[k+1].X - (g.X + g.Advance); gap > 0.3+eps {
						wide++
						t.Logf("width %v line %d %q: %.2fem after %q", width, i+1, text[l.Start:l.End], gap, g.Text)
					}
					if g.Text == " " && g.Advance+g.Gap > 0.3+eps {
						t.Errorf("width %v line %d %q: a %.2fem word space", width, i+1, text[l.Start:l.End], g.Advance+g.Gap)
					}
				}
				if strings.ContainsAny(g.Text, ".,") && isHangul(firstRuneOf(text[:l.Start]+glyphsBefore(l, k))) {
					if g.Orientation != VerticalForm || g.Advance < 0.5-eps {
						t.Errorf("width %v: %q after Hangul set %v in %.2fem", width, g.Text, g.Orientation, g.Advance)
					}
					if k+1 < len(l.Glyphs) && l.Glyphs[k+1].Text == " " && l.Glyphs[k+1].Advance > eps {
						t.Errorf("width %v: a space after %q", width, g.Text)
					}
				}
			}
			if i < len(ls)-1 && l.Width < width-1 {
				t.Errorf("width %v line %d %q: %.2fem short", width, i+1, text[l.Start:l.End], width-l.Width)
			}
		}
		// Only a line before a number that cannot be parted from its
		// counter (2일, 224편) opens wider.
		if wide*100 > gaps*15 {
			t.Errorf("width %v: %d of %d gaps down the lines wider than 0.3em", width, wide, gaps)
		}
		if got.String() != strings.ReplaceAll(text, " ", "") {
			t.Errorf("width %v: text changed: %q", width, got.String())
		}
	}
	// Across, the full stop is the Latin one, and words are not broken.
	for _, l := range Break(text, ems{}, plain(LangKo, 11)) {
		for _, g := range l.Glyphs {
			if g.Text == "." && g.Advance > 0.5 {
				t.Errorf("across: . set %.2fem wide", g.Advance)
			}
		}
	}
	// Quotes: “” and straight " beside Hangul become 『』, ‘’ and ' 「」.
	o := plain(LangKo, 20)
	o.Vertical = true
	quoted := `교사들은 "수업 준비 부담 늘었다"고 했다`
	for _, l := range Break(quoted, ems{}, o) {
		for k, g := range l.Glyphs {
			if g.Text != `"` {
				continue
			}
			if g.Orientation != VerticalForm || g.Advance < 0.5-eps {
				t.Errorf("%q: quote %d set %v in %.2fem", quoted, k, g.Orientation, g.Advance)
			}
			open := KoreanQuoteOpens(glyphsBefore(l, k))
			if want := k < 6; open != want {
				t.Errorf("%q: quote %d opening=%v", quoted, k, open)
			}
		}
	}
	if KoreanQuoteForm('"', true) != '﹃' || KoreanQuoteForm('"', false) != '﹄' || KoreanQuoteForm('\'', true) != '﹁' {
		t.Error("KoreanQuoteForm: not 『』 「」")
	}
	for r, want := range map[rune]rune{'“': '﹃', '”': '﹄', '‘': '﹁', '’': '﹂'} {
		if f, _, _ := VerticalGlyph(r, LangKo); f != want {
			t.Errorf("VerticalGlyph(%q, ko) = %q, want %q", r, f, want)
		}
	}
	if f, _, ok := VerticalGlyph('.', LangKo); !ok || f != '︒' {
		t.Errorf("VerticalGlyph('.', ko) = %q, %v; want ︒", f, ok)
	}
	if _, _, ok := VerticalGlyph('.', LangJa); ok {
		t.Error("VerticalGlyph('.', ja) has a form")
	}
}

// glyphsBefore is the text of line l's glyphs before glyph k.
func glyphsBefore(l Line, k int) string {
	var b strings.Builder
	for _, g := range l.Glyphs[:k] {
		b.WriteString(g.Text)
	}
	return b.String()
}

// firstRuneOf returns the last rune of s (0 for none).
func firstRuneOf(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

// TestKoreanVerticalMark: the rule the markup writers take from layout
// gives the marks the PDF's vertical lines set (VerticalForm glyphs of
// Break), with the word space after an ASCII mark counted with it, and
// leaves 1.8, yna.co.kr and Latin quotes alone.
func TestKoreanVerticalMark(t *testing.T) {
	for _, tc := range []struct {
		text string
		i    int
		mark rune
		n    int
	}{
		{"개막했다. 올해", len("개막했다"), '。', 2},
		{"상영되며, 주최", len("상영되며"), '、', 2},
		{"했다.", len("했다"), '。', 1},
		{"정말? 네", len("정말"), '？', 2},
		{`교사들은 "수업`, len("교사들은 "), '『', 1},
		{`늘었다"고`, len("늘었다"), '』', 1},
		{`그는 '좋다'고`, len("그는 "), '「', 1},
		{"“수업”", 0, '『', len("“")},
		{"‘좋다’", len("‘좋다"), '」', len("’")},
		{"1.8% 올랐다", 1, 0, 0},
		{"yna.co.kr", 3, 0, 0},
		{`He said "yes"`, len("He said "), 0, 0},
		{"가나다", 0, 0, 0},
	} {
		m, n := KoreanVerticalMark(tc.text, tc.i)
		if m != tc.mark || n != tc.n {
			t.Errorf("KoreanVerticalMark(%q, %d) = %q, %d; want %q, %d", tc.text, tc.i, m, n, tc.mark, tc.n)
		}
	}
	// The PDF's lines set the same marks: every glyph Break turns into a
	// vertical form from an ASCII or curly mark is one KoreanVerticalMark
	// names, with the vertical glyph of that mark.
	text := `부산 해운대구에서 2일 "영화제가 개막했다"고 밝혔다. 관객은 ‘20만 명’이며, 정말? 1.8% 올랐다!`
	o := plain(LangKo, 9)
	o.Vertical = true
	seen := 0
	for _, l := range Break(text, ems{}, o) {
		at := l.Start
		for _, g := range l.Glyphs {
			start := at
			at += len(g.Text)
			if !strings.HasPrefix(text[start:], g.Text) {
				t.Fatalf("glyph %q not at byte %d of the text", g.Text, start)
			}
			if !strings.Contains(`.,?!"'“”‘’`, g.Text) {
				continue
			}
			m, _ := KoreanVerticalMark(text, start)
			if (g.Orientation == VerticalForm) != (m != 0) {
				t.Errorf("%q at %d: PDF orientation %v, KoreanVerticalMark %q", g.Text, start, g.Orientation, m)
			}
			if m != 0 {
				seen++
			}
		}
	}
	if seen < 8 {
		t.Errorf("%d marks set as vertical forms; want 8 or more", seen)
	}
}
