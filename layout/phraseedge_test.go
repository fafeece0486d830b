package layout

import "testing"

func TestBreakBadness(t *testing.T) {
	for _, tc := range []struct {
		before, after string
		lang          Lang
		want          int
	}{
		{"市民ボランティ", "アが運営支える", LangJa, 2}, // inside a katakana word
		{"市民ボランティアが", "運営支える", LangJa, 0}, // particle, then kanji
		{"市民", "ボランティアが", LangJa, 0},      // kanji, then katakana
		{"運営", "支える", LangJa, 0},          // between kanji
		{"運営支え", "る", LangJa, 2},          // inside the verb ending
		{"市民ボランティア", "が運営", LangJa, 1},    // a particle torn from its word
		{"見頃を迎え、", "ライトアップ", LangJa, 0},   // after punctuation
		{"5G", "基站", LangZhHans, 0},       // script change
		{"强化能源", "供应保障", LangZhHans, 0},   // Han: words not marked
		{"iPh", "one", LangZhHans, 2},     // inside a Latin word
		{"2.", "6万", LangZhHans, 2},       // inside a number
		{"관객 ", "20만 명", LangKo, 0},       // at a space
		{"야외무", "대 행사", LangKo, 2},        // inside a 어절
		{"행사도", "「풍성」", LangKo, 0},        // before an opening bracket
	} {
		if got := BreakBadness(tc.before, tc.after, tc.lang); got != tc.want {
			t.Errorf("BreakBadness(%q, %q, %s) = %d, want %d", tc.before, tc.after, tc.lang, got, tc.want)
		}
	}
}
