package newstext

import (
	"strings"
	"unicode/utf8"
)

// paperTagDateline parses a Hong Kong or Taiwan paper's own name in
// lenticular brackets run in before the story's first sentence, 【信報】…,
// 【大公報】…: the paper's dateline, as 【明報專訊】 is, with no 訊 or
// 報道 after the name. Only run in (a bracket alone on its line is a label
// or a head) and only a paper's name: one ending in 報/报 of three runes
// or more whose last two are not a kind of report (快報 is a story's tag,
// 天氣預報 a digest item's lead-in), or one of the two-rune names Hong
// Kong papers go by (明報, 信報, 晴報, 成報, 晶報), as 速報, 喜報 and 通報
// are words. Japanese and Korean pages never use it (【速報】 is a tag).
func paperTagDateline(s, inner string, end int, lang string) (dateline, bool) {
	if lang == "ja" || lang == "ko" || !strings.HasPrefix(s, "【") || end >= len(s) {
		return dateline{}, false
	}
	rest := trimSpace(s[end:])
	if r, _ := firstRune(rest); !isHan(r) {
		return dateline{}, false // run in before a sentence
	}
	h, ok := strings.CutSuffix(inner, "報")
	if !ok {
		h, ok = strings.CutSuffix(inner, "报")
	}
	if !ok || inner == "本報" || inner == "本报" || !isOrg(inner) || !atMost(inner, 8) {
		return dateline{}, false
	}
	if _, _, ok := parseDatelineCore(rest); ok {
		return dateline{}, false // before another dateline: no sentence (alone on its line, the tag is none either)
	}
	n := utf8.RuneCountInString(h)
	switch {
	case n == 1:
		switch h {
		case "明", "信", "晴", "成", "晶":
			return dateline{org: inner}, true
		}
		return dateline{}, false
	case n >= 2:
		last, _ := decodeLast(h)
		if strings.ContainsRune("快速预預通简簡喜捷战戰警情举舉海申回电電画畫公续續特", last) {
			return dateline{}, false
		}
		return dateline{org: inner}, true
	}
	return dateline{}, false
}
