package layout

import (
	"reflect"
	"testing"
)

// The segmentation fast path must agree with uniseg on every paragraph.
func TestFastPathMatchesUniseg(t *testing.T) {
	fast, slow := NewBreaker(), NewBreaker()
	slow.noFast = true
	ps := append(corpus(t), "中（国）人，「日」本。【中】）（中", "中国。」（中",
		"서울（부산）시내，「한국」어。“한”‘글’한」（한", "한국어 문장입니다. 가각\u1161힣ힰ각\u11a8「가」",
		"ひらがなカタカナ，ぁぃっゃーヽゝ「かな」（カナ）“か”ゖヶヷヺ・ゔ\u3099か\u309a。", "ア゙イ가ー한ゞ국ッ中")
	for _, p := range ps {
		for _, lang := range []Lang{LangZhHans, LangJa, LangKo, LangLatin} {
			o := DefaultOptions(lang, 40)
			fast.Break(p, ems{}, o)
			slow.Break(p, ems{}, o)
			if len(fast.cl) != len(slow.cl) {
				t.Fatalf("%q: %d clusters, want %d", p, len(fast.cl), len(slow.cl))
			}
			for i := range fast.cl {
				if fast.cl[i] != slow.cl[i] {
					t.Fatalf("%q cluster %d %q: fast %+v, uniseg %+v", p, i, fast.cl[i].r, fast.cl[i], slow.cl[i])
				}
			}
		}
	}
}

func TestFastPathQuotes(t *testing.T) {
	fast, slow := NewBreaker(), NewBreaker()
	slow.noFast = true
	for _, p := range []string{"中“国”人，“日”本。”“中‘国’（“中”）", "he said “no” and ‘yes’", "中：国；人！日？本：「中」"} {
		for _, lang := range []Lang{LangZhHans, LangJa, LangLatin} {
			o := DefaultOptions(lang, 40)
			fast.Break(p, ems{}, o)
			slow.Break(p, ems{}, o)
			for i := range fast.cl {
				if fast.cl[i] != slow.cl[i] {
					t.Fatalf("%s %q cluster %d %q: fast %+v, uniseg %+v", lang, p, i, fast.cl[i].r, fast.cl[i], slow.cl[i])
				}
			}
		}
	}
}

// BreakTemp reuses its memory but must set the same lines as Break.
func TestBreakTempMatchesBreak(t *testing.T) {
	tmp := NewBreaker()
	ps := corpus(t)
	for _, w := range []float64{8, 31, 72} {
		for _, p := range ps {
			o := DefaultOptions(LangZhHans, w)
			o.Grid, o.CompressPunct = 1, false
			want := Break(p, Columns{AmbiguousWide: true}, o)
			got := tmp.BreakTemp(p, Columns{AmbiguousWide: true}, o)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("width %v, %q: BreakTemp differs from Break", w, p)
			}
		}
	}
}
