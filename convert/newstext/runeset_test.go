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
