package newstext

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// randomText joins n pieces picked by rng, for the tests that compare a
// fast scan with the plain one on mixed text.
func randomText(rng *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for ; n > 0; n-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestRuneSetIn compares runeSet.in with strings.ContainsAny on random
// text mixing ASCII, two-, three- and four-byte runes, members or not.
func TestRuneSetIn(t *testing.T) {
	pieces := []string{"a", "!", " ", "é", "ß", "中", "。", "！", "，", "　", "版", "板", "기", "가", "𠮷", "？", "?", "、"}
	for _, chars := range []string{"。！？!?", "，、：；,;:", "　 ", "版年编編校审", "éß", "기특통논"} {
		set := newRuneSet(chars)
		rng := rand.New(rand.NewPCG(5, uint64(len(chars))))
		for i := 0; i < 5000; i++ {
			s := randomText(rng, pieces, rng.IntN(8))
			if got, want := set.in(s), strings.ContainsAny(s, chars); got != want {
				t.Fatalf("newRuneSet(%q).in(%q) = %v, want %v", chars, s, got, want)
			}
		}
	}
}

// TestIndexAnyRune compares indexAnyRune with strings.IndexAny on random
// text mixing ASCII, two-, three- and four-byte runes and invalid bytes,
// with sets whose runes share their filters' bits with other runes
// (中 and 丠 agree in both six-bit fields with nothing else here, 版 and
// 板 in the low one).
func TestIndexAnyRune(t *testing.T) {
	pieces := []string{"a", "!", " ", "é", "ß", "中", "丠", "。", "！", "，", "　", "版", "板", "기", "가", "𠮷", "？", "?", "、", "\xff", "\xe4\xb8", "\uFFFD"}
	for _, chars := range []string{"。！？!?", "，、：；,;:", "　 ", "版年编編校审", "éß", "기특통논", "中", "𠮷a", "\uFFFD", "阅閱浏瀏点點播访訪"} {
		rng := rand.New(rand.NewPCG(7, uint64(len(chars))))
		for i := 0; i < 5000; i++ {
			s := randomText(rng, pieces, rng.IntN(10))
			if got, want := indexAnyRune(s, chars), strings.IndexAny(s, chars); got != want {
				t.Fatalf("indexAnyRune(%q, %q) = %d, want %d", s, chars, got, want)
			}
			if got, want := hasAnyRune(s, chars), strings.ContainsAny(s, chars); got != want {
				t.Fatalf("hasAnyRune(%q, %q) = %v, want %v", s, chars, got, want)
			}
		}
	}
}

// BenchmarkIndexAnyRune reads a line of Chinese news for a read counter's
// runes (none there), as most lines are read, with indexAnyRune and with
// strings.IndexAny.
func BenchmarkIndexAnyRune(b *testing.B) {
	line := "本报讯（记者 林晓雯 通讯员 周海）9月2日上午，长沙地铁6号线东延段全线贯通，市民出行将更加便捷。"
	const chars = "阅閱浏瀏点點播访訪"
	b.Run("indexAnyRune", func(b *testing.B) {
		for b.Loop() {
			if indexAnyRune(line, chars) >= 0 {
				b.Fatal("found")
			}
		}
	})
	b.Run("strings.IndexAny", func(b *testing.B) {
		for b.Loop() {
			if strings.IndexAny(line, chars) >= 0 {
				b.Fatal("found")
			}
		}
	})
}

// TestRoleCues checks that roleCues holds every rune by which creditChars
// or mayHoldRole can find a role, so that parseBylineLine's early return
// never skips a byline: the runes isRoleStart accepts, the first runes of
// the role words, and every rune that alone makes creditChars or
// mayHoldRole report a role.
func TestRoleCues(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		_, role := creditChars(s)
		if (isRoleStart(r) || role || mayHoldRole(s)) && !roleCues.has(r) {
			t.Errorf("roleCues lacks %q", r)
		}
	}
	for _, kw := range roleWords {
		if r, _ := utf8.DecodeRuneInString(kw); !roleCues.has(r) {
			t.Errorf("roleCues lacks %q, first of role word %q", r, kw)
		}
	}
	for _, s := range []string{"本报记者 王小明", "记者 张三 李四", "文/图 王五", "홍길동 기자"} {
		if _, ok := parseBylineLine(s); !ok {
			t.Errorf("parseBylineLine(%q) fails", s)
		}
	}
}

// TestSuppliedLast: suppliedLast holds exactly the last runes of
// suppliedSuffixes.
func TestSuppliedLast(t *testing.T) {
	if want := lastRunes(suppliedSuffixes); *want != *suppliedLast {
		t.Error("suppliedLast differs from the last runes of suppliedSuffixes")
	}
}
