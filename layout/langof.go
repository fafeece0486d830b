package layout

import "strings"

// LangOf is the rule set for a BCP 47 language tag, the one mapping every
// writer uses so a tag means the same rules in PDF and bulletins:
// Chinese in Traditional script (zh-Hant, or the regions that write it:
// zh-TW, zh-HK, zh-MO; Cantonese, yue) is LangZhHant, other Chinese and
// the empty tag (paiban's default) LangZhHans, ja-* LangJa, ko-* LangKo,
// anything else LangLatin. Case and _ separators are tolerated.
func LangOf(tag string) Lang {
	subtags := strings.FieldsFunc(strings.ToLower(tag), func(r rune) bool { return r == '-' || r == '_' })
	if len(subtags) == 0 {
		return LangZhHans
	}
	switch subtags[0] {
	case "zh", "cmn":
		for _, s := range subtags[1:] {
			switch s {
			case "hans":
				return LangZhHans
			case "hant", "tw", "hk", "mo":
				return LangZhHant
			}
		}
		return LangZhHans
	case "yue":
		return LangZhHant
	case "ja":
		return LangJa
	case "ko":
		return LangKo
	}
	return LangLatin
}

// ParagraphIndent returns the first-line indent of a body paragraph in em:
// two in every language, the product's house style. Japanese papers often
// indent one em (jlreq: 字下げ 1字), but a one-em indent is not told apart
// from a justified line start by the shared PDF checker, so every writer keeps
// two until that is settled; this is the one place to change it.
func ParagraphIndent(l Lang) float64 {
	return 2
}
