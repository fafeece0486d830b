package layout

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/internal/testtool"
)

// builtin paragraphs exercise Japanese, Korean and mixed text when no
// samples are present.
var builtin = []string{
	"東京都は２０２４年、「デジタル改革」の一環として、行政手続きのオンライン化を進めた。ちょっと待って――と言われても、ユーザーは99.5%の満足度を示し、通信速度は300Mbpsに達した。",
	"서울시는 올해 5G 통신망을 확대하고, 시민 만족도가 99.5%에 이르렀다고 밝혔다. 관계자는 “앞으로도 디지털 행정을 강화하겠다”고 말했다.",
	"新华社北京8月29日电（记者张三）国家统计局29日发布数据显示，7月份全国规模以上工业增加值同比增长3.8%，5G基站累计达196.8万个——比上年末增加54.3万个……详见https://www.stats.gov.cn/sj/。",
	"The council voted 7–2 on Tuesday to extend the programme; critics said the cost, about $2.6 million, was “far too high” for a town of 30,000 people.",
	"《人民日报》评论员文章指出：“坚持以人民为中心的发展思想。”（本报记者　李四）【编者按】这是一个测试……",
}

// paragraphs reads a text file as paragraphs: blocks split at blank lines,
// lines starting with # skipped, the lines of a block joined.
func paragraphs(t testing.TB, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(b) {
		// Legacy encodings: samples keep their UTF-8 source under src/.
		if b, err = os.ReadFile(filepath.Join(filepath.Dir(path), "src", filepath.Base(path))); err != nil {
			return nil
		}
	}
	text := strings.TrimPrefix(strings.ReplaceAll(string(b), "\r\n", "\n"), "\ufeff")
	var out []string
	for _, blk := range strings.Split(text, "\n\n") {
		var sb strings.Builder
		for _, ln := range strings.Split(blk, "\n") {
			ln = strings.TrimSpace(ln)
			if strings.HasPrefix(ln, "#") || ln == "" {
				continue
			}
			// Hard wraps: words of Latin or Korean text need their space back.
			if prev, _ := utf8.DecodeLastRuneInString(sb.String()); sb.Len() > 0 && (prev < 0x80 || isHangul(prev)) {
				if r, _ := utf8.DecodeRuneInString(ln); r < 0x80 || isHangul(r) {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(ln)
		}
		if s := sb.String(); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// corpus is every paragraph available: builtin, the seed page, samples.
func corpus(t *testing.T) []string {
	ps := append([]string(nil), builtin...)
	if _, err := os.Stat(testtool.RepoRoot() + "/../shared/seed/frontpage.txt"); err == nil {
		ps = append(ps, paragraphs(t, testtool.RepoRoot()+"/../shared/seed/frontpage.txt")...)
	}
	for _, p := range testtool.Samples(t) {
		ps = append(ps, paragraphs(t, p)...)
	}
	return ps
}

// detect picks the rule set from the script.
func detect(s string) Lang {
	for _, r := range s {
		switch {
		case isHangul(r):
			return LangKo
		case r >= 0x3040 && r <= 0x30FF:
			return LangJa
		}
	}
	for _, r := range s {
		if isHan(r) {
			return LangZhHans
		}
	}
	return LangLatin
}

// configs are the writers' typical settings: terminals at 40, 72 and 73
// columns, and a PDF-like proportional measure with compression.
func configs(lang Lang) []struct {
	name string
	m    Measurer
	o    Options
} {
	type cfg = struct {
		name string
		m    Measurer
		o    Options
	}
	var cs []cfg
	for _, w := range []float64{40, 72, 73} {
		o := DefaultOptions(lang, w)
		o.Grid, o.CompressPunct = 1, false
		cs = append(cs, cfg{fmt.Sprintf("cols%v", w), Columns{AmbiguousWide: true}, o})
	}
	for _, w := range []float64{103.3, 240, 333.3} {
		cs = append(cs, cfg{fmt.Sprintf("pt%v", w), points{}, DefaultOptions(lang, w)})
	}
	o := DefaultOptions(lang, 100)
	o.CompressPunct = false
	cs = append(cs, cfg{"pt100-nocompress", points{}, o})
	return cs
}

func TestProperties(t *testing.T) {
	ps := corpus(t)
	lines, pushed := 0, 0
	for i, p := range ps {
		lang := detect(p)
		for _, c := range configs(lang) {
			ls := Break(p, c.m, c.o)
			lines += len(ls)
			if err := checkLines(p, ls, c.o, c.m, propOpts{kinsoku: true, full: true}); err != nil {
				t.Errorf("paragraph %d (%s) %s: %v\n%s", i, lang, c.name, err, joinLines(ls))
			}
			for _, l := range ls {
				if l.Ragged {
					pushed++
				}
			}
		}
	}
	if lines == 0 {
		t.Fatal("no lines laid out")
	}
	t.Logf("%d paragraphs, %d lines, %d ragged", len(ps), lines, pushed)
}

// The widow rule holds over the corpus: no last line is a lone Han character
// when the line before could give one up.
func TestNoWidowsInCorpus(t *testing.T) {
	for _, p := range corpus(t) {
		for _, c := range configs(detect(p)) {
			ls := Break(p, c.m, c.o)
			if len(ls) < 2 {
				continue
			}
			last := []rune(strings.TrimRight(lineText(ls[len(ls)-1]), "。！？”’）」』"))
			if len(last) == 1 && isHan(last[0]) {
				t.Errorf("%s: widow %q after %q", c.name, lineText(ls[len(ls)-1]), lineText(ls[len(ls)-2]))
			}
		}
	}
}

func FuzzBreak(f *testing.F) {
	for _, p := range builtin {
		f.Add(p, 40.0, uint8(0))
	}
	f.Add("一二三——四", 4.0, uint8(1))
	f.Add("aaaaaaaaaaaaaaaaaaaa", 3.0, uint8(2))
	f.Add("“”“”（（（））", 2.0, uint8(3))
	f.Add("한국어 문장은\n띄어쓰기를", 5.0, uint8(4))
	f.Add("基站突破万个 全市覆盖率达九成五", 10.0, uint8(32))
	f.Add("台積電２奈米量產 蘋果、輝達搶產能。", 9.0, uint8(65))
	f.Add("日経平均　３万９８１２円４５銭　▲２１３円１０銭", 9.0, uint8(130))
	f.Fuzz(func(t *testing.T, text string, width float64, mode uint8) {
		if width != width || width < 1 || width > 1000 || len(text) > 4000 {
			return
		}
		langs := []Lang{LangZhHans, LangZhHant, LangJa, LangKo, LangLatin}
		o := DefaultOptions(langs[int(mode)%len(langs)], width)
		o.Phrases = mode&32 != 0
		if mode&128 != 0 { // a table row set as text
			o.Fields, o.Hang, o.Indent, o.Align = true, 1, 0, AlignStart
		}
		if mode&64 != 0 {
			o.Punct = PunctCentred
		}
		var m Measurer = points{}
		if mode&8 != 0 {
			o.Grid, o.CompressPunct = 1, false
			m = Columns{AmbiguousWide: mode&16 != 0}
			o.Width = float64(int(width))
		} else {
			o.Width *= 10
		}
		ls := Break(text, m, o)
		if err := checkLines(text, ls, o, m, propOpts{full: true}); err != nil {
			t.Fatalf("%v\n%s", err, joinLines(ls))
		}
	})
}

// benchCorpus is what the layout benchmarks break: the built-in paragraphs
// and the seed page's, with their total size in bytes.
func benchCorpus(b *testing.B) ([]string, int) {
	ps := append([]string(nil), builtin...)
	if p := testtool.RepoRoot() + "/../shared/seed/frontpage.txt"; fileExists(p) {
		ps = append(ps, paragraphs(b, p)...)
	}
	size := 0
	for _, p := range ps {
		size += len(p)
	}
	return ps, size
}

// benchBreak runs brk over the corpus with the bulletin's settings.
func benchBreak(b *testing.B, brk func(*Breaker, string, Measurer, Options) []Line) {
	ps, size := benchCorpus(b)
	o := DefaultOptions(LangZhHans, 72)
	o.Grid, o.CompressPunct = 1, false
	m := Columns{AmbiguousWide: true}
	br := NewBreaker()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range ps {
			brk(br, p, m, o)
		}
	}
}

func BenchmarkLayout(b *testing.B) { benchBreak(b, (*Breaker).Break) }

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// BenchmarkLayoutTemp is BenchmarkLayout through BreakTemp, as the bulletin
// writer calls it: no allocation per paragraph.
func BenchmarkLayoutTemp(b *testing.B) { benchBreak(b, (*Breaker).BreakTemp) }
