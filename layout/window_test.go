package layout

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWindowsMatchWhole: breaking a long paragraph a line at a time,
// window by window (Start, Next), gives exactly the lines of breaking it
// whole, on random text and on the samples and seed joined into long
// paragraphs, in every language and with the writers' settings.
func TestWindowsMatchWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("long paragraphs")
	}
	byLang := map[Lang][]string{}
	for _, p := range corpus(t) {
		byLang[detect(p)] = append(byLang[detect(p)], p)
	}
	for _, lang := range []Lang{LangZhHans, LangZhHant, LangJa, LangKo, LangLatin} {
		src := byLang[lang]
		if lang == LangZhHant {
			src = byLang[LangZhHans] // the same text under Taiwan's rules
		}
		texts := map[string]string{}
		if len(src) > 0 {
			texts["samples"] = joinLong(src, lang, 3*windowBytes)
		}
		rng := rand.New(rand.NewPCG(uint64(len(lang)), 16))
		texts["random"] = randomText(rng, lang, 3*windowBytes)
		for name, text := range texts {
			for _, c := range windowConfigs(lang) {
				t.Run(fmt.Sprintf("%s/%s/%s", lang, name, c.name), func(t *testing.T) {
					compareWindows(t, text, c.m, c.o)
				})
			}
		}
	}
}

// windowConfigs are configs plus the settings of heads and vertical text.
func windowConfigs(lang Lang) []struct {
	name string
	m    Measurer
	o    Options
} {
	cs := configs(lang)
	o := DefaultOptions(lang, 333.3)
	o.Phrases, o.Indent, o.Align = true, 0, AlignCenter
	cs = append(cs, struct {
		name string
		m    Measurer
		o    Options
	}{"head", points{}, o})
	o = DefaultOptions(lang, 240)
	o.Hanging, o.Kinsoku = true, KinsokuLoose
	cs = append(cs, struct {
		name string
		m    Measurer
		o    Options
	}{"hanging-loose", points{}, o})
	o = DefaultOptions(lang, 300)
	o.Vertical = true
	cs = append(cs, struct {
		name string
		m    Measurer
		o    Options
	}{"vertical", points{}, o})
	return cs
}

// compareWindows checks Start and Next against breaking text whole.
func compareWindows(t *testing.T, text string, m Measurer, o Options) {
	t.Helper()
	want := NewBreaker().breakWhole(text, m, o)
	b := NewBreaker()
	b.Start(text, m, o)
	n := 0
	for ; ; n++ {
		l, ok := b.Next()
		if !ok {
			break
		}
		if n >= len(want) {
			t.Fatalf("line %d: more lines than %d", n, len(want))
		}
		w := want[n]
		if l.Start != w.Start || l.End != w.End || l.Last != w.Last || l.Width != w.Width || l.Ragged != w.Ragged || l.Hard != w.Hard || len(l.Glyphs) != len(w.Glyphs) {
			t.Fatalf("line %d: %d–%d %q last %v width %v, want %d–%d %q last %v width %v",
				n, l.Start, l.End, lineText(l), l.Last, l.Width, w.Start, w.End, lineText(w), w.Last, w.Width)
		}
		for k := range l.Glyphs {
			if l.Glyphs[k] != w.Glyphs[k] {
				t.Fatalf("line %d glyph %d: %+v, want %+v", n, k, l.Glyphs[k], w.Glyphs[k])
			}
		}
	}
	if n != len(want) {
		t.Fatalf("%d lines, want %d", n, len(want))
	}
	if n < 100 {
		t.Fatalf("only %d lines: the text is not long enough to test windows", n)
	}
}

// joinLong joins paragraphs into one of at least size bytes, repeating
// them, with a space between them in Latin and Korean text.
func joinLong(ps []string, lang Lang, size int) string {
	sep := ""
	if lang == LangLatin || lang == LangKo {
		sep = " "
	}
	var sb strings.Builder
	for sb.Len() < size {
		for _, p := range ps {
			sb.WriteString(p)
			sb.WriteString(sep)
		}
	}
	return strings.TrimSpace(sb.String())
}

// randomText makes a paragraph of at least size bytes from the pieces
// that decide line breaks: characters of the script, every kind of
// punctuation, Latin words, numbers with units, URLs, runs of spaces,
// hard line breaks, and now and then an unbreakable run several lines
// long (kept shorter than a window's margin).
func randomText(rng *rand.Rand, lang Lang, size int) string {
	script := map[Lang]string{
		LangZhHans: "长沙地铁号线开通运营市民出行更加便利国家统计局发布数据显示工业增加值同比增长的了和与及并或",
		LangZhHant: "臺北捷運環狀線通車市民出行更加便利國家統計局發布數據顯示工業增加值同比增長的了和與及並或",
		LangJa:     "東京都はデジタル改革の一環として行政手続きのオンライン化を進めたちょっと待ってユーザーぁっゃゝー",
		LangKo:     "서울시는올해통신망을확대하고시민만족도가에이르렀다고밝혔다",
		LangLatin:  "",
	}[lang]
	chars := []rune(script)
	punct := []string{"。", "，", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "《", "》", "（", "）", "【", "】", "「", "」", "——", "……", "・", "·", "/", "-", ".", ",", "(", ")", "%"}
	words := []string{"the", "council", "voted", "programme", "Apple", "Inc", "DDR5", "5G", "99.5%", "300Mbps", "2.6万", "$2.6", "7–2", "2025年"}
	var sb strings.Builder
	for sb.Len() < size {
		switch k := rng.IntN(100); {
		case k < 55 && len(chars) > 0:
			for range 1 + rng.IntN(12) {
				sb.WriteRune(chars[rng.IntN(len(chars))])
			}
			if lang == LangKo {
				sb.WriteByte(' ')
			}
		case k < 70:
			sb.WriteString(punct[rng.IntN(len(punct))])
		case k < 85:
			if rng.IntN(2) == 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(2) == 0 {
				sb.WriteByte(' ')
			}
		case k < 90:
			fmt.Fprintf(&sb, "https://example.com/%d/a_b?c=%d&d=e#f", rng.IntN(1000), rng.IntN(1000))
		case k < 95:
			sb.WriteString(strings.Repeat(" ", 1+rng.IntN(3)))
		case k < 97:
			sb.WriteByte('\n')
		case k < 98:
			// A run several lines long: a path, a word, digits.
			n := 100 + rng.IntN(2000)
			switch rng.IntN(3) {
			case 0:
				sb.WriteString(strings.Repeat("a/b.", n/4))
			case 1:
				sb.WriteString(strings.Repeat("x", n))
			default:
				sb.WriteString(strings.Repeat("7", n))
			}
			sb.WriteByte(' ')
		default:
			sb.WriteString("——")
		}
	}
	return sb.String()
}

// TestWindowReachesLineEnd: a line longer than a window, which no break
// opportunity ends sooner (a grapheme cluster of combining marks, which no
// line may split), is broken whole as breaking the paragraph whole breaks
// it: the window reaches on for its end (up to windowCap), rather than
// cutting it where the window ends. Beyond windowCap the line is cut, and
// no text is lost.
func TestWindowReachesLineEnd(t *testing.T) {
	fill := strings.Repeat("中文排版测试，", (50<<10)/21)
	tail := strings.Repeat("中文排版测试，", 100000/21)
	for _, marks := range []int{33000, 70000, 120000} { // a line of 66, 140, 240 KiB
		text := fill + "a" + strings.Repeat("\u0301", marks) + "。" + tail
		for _, c := range windowConfigs(LangZhHans)[:2] {
			t.Run(fmt.Sprintf("%d/%s", marks, c.name), func(t *testing.T) {
				compareWindows(t, text, c.m, c.o)
			})
		}
	}
	text := fill + "a" + strings.Repeat("\u0301", windowCap) + "。" + tail // a line of 512 KiB
	c := windowConfigs(LangZhHans)[0]
	end := 0
	for _, l := range NewBreaker().Lines(text, c.m, c.o) {
		if l.Start != end {
			t.Fatalf("line %d–%d after one ending at %d", l.Start, l.End, end)
		}
		if l.End-l.Start > windowCap {
			t.Errorf("line of %d bytes, longer than windowCap", l.End-l.Start)
		}
		end = l.End
	}
	if end != len(text) {
		t.Errorf("lines end at %d of %d", end, len(text))
	}
}

// TestSplitsToken: a window may not start inside a halfwidth token whose
// part from there turns otherwise down a vertical line than the whole.
func TestSplitsToken(t *testing.T) {
	for _, c := range []struct {
		text, at string
		want     bool
	}{
		{"kimcs@news1.kr 2026-12-05 18:42 ⓒ", "18:42", true}, // sideways as one piece; 18:42 alone stacks
		{"共同 2026年12月05日", "6年", true},                       // 2026 stacks; 6 alone is combined
		{"東京 18:42 発", "18:42", false},                       // the token starts there
		{"The council voted", "voted", false},                // sideways either way
		{"20261205", "1205", false},                          // stacked either way
		{"市民 NHK", "NHK", false},                             // after a CJK word and space: its own token
	} {
		i := strings.Index(c.text, c.at)
		if got := splitsToken(c.text, i); got != c.want {
			t.Errorf("splitsToken(%q at %q) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}
