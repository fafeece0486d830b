package newstext

import (
	"slices"
	"strings"
)

// A wire dateline may be followed by its reporters' names in brackets
// with no role word: 中新网杭州12月3日电(童笑雨 徐筱)3日上午… Where a
// dateline has just been split off, a bracket of two or more personal
// names is the byline (names only, the text as printed), not the
// paragraph's first words; its inner space is the names' parting, not an
// OCR space to remove.

// datelineBracketCredit parses the inside of a bracket that opens the
// text right after a dateline: a credit with its roles (parseBracketCredit)
// or the reporters' names alone (namesOnlyCredit).
func datelineBracketCredit(inner string) (credit, bool) {
	if c, ok := parseBracketCredit(inner); ok {
		return c, true
	}
	return namesOnlyCredit(inner)
}

// namesOnlyCredit parses a bracket's inside that holds only two to four
// personal names parted by spaces or 、: 童笑雨 徐筱, 王芳、李强. Each name
// has two or three Han runes, as a Chinese name has: a padded name
// (姚　静, 欧阳　文: a field of one rune) is one name, and so is any
// pair of four runes parted by a space, as nameOnlyCredit reads the
// bracket alone on its line (a padded name: the byline must
// read back alike); a four-rune word is more likely a phrase (综合报道)
// than a name, and a word ending as a place's does (市, 县) is none.
func namesOnlyCredit(inner string) (credit, bool) {
	if !atMost(inner, 20) {
		return credit{}, false
	}
	var buf [5]string
	toks := splitCreditTokens(buf[:0], inner, 4)
	if len(toks) < 2 || len(toks) > 4 || strings.ContainsAny(inner, "，,；;") {
		return credit{}, false
	}
	if len(toks) == 2 && !strings.Contains(inner, "、") && atMost(toks[0]+toks[1], 4) {
		return credit{}, false // (杭州 丽水, 王芳 李强: nameOnlyCredit's one padded name)
	}
	for _, t := range toks {
		if l, _ := decodeLast(t); strings.ContainsRune("市省县縣区區镇鎮乡鄉村", l) || slices.Contains(knownPlaces, t) {
			return credit{}, false
		}
		if !isName(t) || !atMost(t, 3) || strings.ContainsAny(t, "·•々") || findRoleIndex(t) >= 0 ||
			strings.ContainsAny(t, "讯訊电電摄攝图圖") || slices.Contains(notNames, t) || isAgency(t) || looksOrg(t) {
			return credit{}, false
		}
	}
	return credit{names: slices.Clone(toks)}, true
}
