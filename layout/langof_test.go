package layout

import "testing"

func TestLangOf(t *testing.T) {
	for tag, want := range map[string]Lang{
		"": LangZhHans, "zh": LangZhHans, "zh-Hans": LangZhHans, "zh-CN": LangZhHans, "zh-SG": LangZhHans,
		"zh-Hans-HK": LangZhHans, "zh_CN": LangZhHans,
		"zh-Hant": LangZhHant, "zh-TW": LangZhHant, "zh-hk": LangZhHant, "zh-MO": LangZhHant,
		"zh-Hant-TW": LangZhHant, "yue": LangZhHant,
		"ja": LangJa, "ja-JP": LangJa, "ko": LangKo, "ko-KR": LangKo,
		"en": LangLatin, "en-US": LangLatin, "fr": LangLatin,
	} {
		if got := LangOf(tag); got != want {
			t.Errorf("LangOf(%q) = %s, want %s", tag, got, want)
		}
	}
}

// TestParagraphIndent pins each language's body indent (two em, the house
// style, Japanese included; see ParagraphIndent) and that the default options
// follow it.
func TestParagraphIndent(t *testing.T) {
	for _, tt := range []struct {
		lang Lang
		want float64
	}{{LangZhHans, 2}, {LangZhHant, 2}, {LangJa, 2}, {LangKo, 2}, {LangLatin, 2}} {
		if got := ParagraphIndent(tt.lang); got != tt.want {
			t.Errorf("ParagraphIndent(%v) = %v, want %v", tt.lang, got, tt.want)
		}
		if got := DefaultOptions(tt.lang, 20).Indent; got != tt.want {
			t.Errorf("DefaultOptions(%v).Indent = %v, want %v", tt.lang, got, tt.want)
		}
	}
}
