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
