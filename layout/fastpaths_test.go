package layout

import (
	"math"
	"reflect"
	"testing"
)

// fastModes are the settings the shortcuts are compared under: a terminal
// grid in display columns (the bulletin), a proportional font in points
// with compressed punctuation (PDF), ems, display lines, centred marks.
var fastModes = []struct {
	name string
	m    Measurer
	set  func(*Options)
}{
	{"grid", Columns{AmbiguousWide: true}, func(o *Options) { o.Grid, o.CompressPunct = 1, false }},
	{"grid-narrow", Columns{}, func(o *Options) { o.Grid, o.CompressPunct = 1, false; o.Phrases = true }},
	{"points", points{}, func(o *Options) { o.Width *= 10 }},
	{"points-hanging", points{}, func(o *Options) { o.Width *= 10; o.Hanging = true; o.Punct = PunctCentred }},
	{"ems", ems{}, func(o *Options) {}},
}

// sameFloats reports whether a and b hold the same floats, bit for bit.
func sameFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}

// compareFast breaks text with and without the shortcuts (noFast) and
// fails unless clusters, prefix sums and lines are the same.
func compareFast(t *testing.T, text string, width float64) {
	t.Helper()
	fast, slow := NewBreaker(), NewBreaker()
	slow.noFast = true
	for _, lang := range []Lang{LangZhHans, LangZhHant, LangJa, LangKo, LangLatin} {
		for _, mode := range fastModes {
			o := DefaultOptions(lang, width)
			mode.set(&o)
			got := fast.Break(text, mode.m, o)
			want := slow.Break(text, mode.m, o)
			if !reflect.DeepEqual(fast.cl, slow.cl) {
				t.Fatalf("%s %s %q: clusters differ", lang, mode.name, text)
			}
			if !sameFloats(fast.p, slow.p) || !sameFloats(fast.q, slow.q) {
				t.Fatalf("%s %s %q: prefix sums differ", lang, mode.name, text)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s %s %q: lines differ:\n%s\n%s", lang, mode.name, text, joinLines(got), joinLines(want))
			}
		}
	}
}

// TestFastPathsMatchGeneral compares the shortcuts with the general path
// on every paragraph of the samples and the seed page.
func TestFastPathsMatchGeneral(t *testing.T) {
	ps := append(corpus(t), "5G基站突破2.6万个，覆盖率达99.5%。详见https://example.com/a_b?x=1&y=2#z。",
		"photo@newsis.com 사진영상부(n-photo@newsis.com)로", "iPhone 15 Pro与华为Mate 60", "32岁的他说：“好。”",
		"夫妻俩每天都会去大棚里查看香菇的长势。2019年，夫妻俩辞去城里的工作，回乡种了50亩香菇，年收入30多万元。")
	for _, w := range []float64{8, 31, 72} {
		for _, p := range ps {
			compareFast(t, p, w)
		}
	}
}

// FuzzFastPaths: on any text the shortcuts give what the general path
// gives.
func FuzzFastPaths(f *testing.F) {
	for _, p := range builtin {
		f.Add(p, 40.0)
	}
	f.Add("中（国）人，「日」本。【中】）（中“国”", 7.0)
	f.Add("www.example.com/path?q=1 与 a@b.cn 32岁", 9.0)
	f.Fuzz(func(t *testing.T, text string, width float64) {
		if width != width || width < 1 || width > 1000 || len(text) > 4000 {
			return
		}
		compareFast(t, text, math.Floor(width))
	})
}

// hanKinsokuFree must say what looking every ideograph up says.
func TestHanKinsokuFree(t *testing.T) {
	want := true
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !isHanBMP(r) {
			t.Fatalf("isHanBMP(%U) = false", r)
		}
		if NotStart(r, KinsokuStrict) || NotStart(r, KinsokuNormal) || NotStart(r, KinsokuLoose) || NotEnd(r) {
			want = false
		}
	}
	if isHanBMP(0x4DFF) || isHanBMP(0xA000) {
		t.Error("isHanBMP reaches beyond U+4E00–U+9FFF")
	}
	if got := hanKinsokuFree(); got != want {
		t.Errorf("hanKinsokuFree() = %v, want %v", got, want)
	}
}
