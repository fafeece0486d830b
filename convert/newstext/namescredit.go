package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
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
	if c, ok := namesOnlyCredit(inner); ok {
		return c, true
	}
	return oneNameCredit(inner)
}

// oneNameCredit parses a bracket's inside that holds one personal name
// and nothing else, the reporter of a wire story with no role word:
// 中新网北京12月5日电（王芳）. Only where a dateline has just been split
// off, and only a name of two or three Han runes that opens with a
// surname (综合报道, 视频 and 更新 do not).
func oneNameCredit(inner string) (credit, bool) {
	if !atMost(inner, 8) {
		return credit{}, false
	}
	var buf [3]string
	toks := appendFields(buf[:0], inner, 2, isSpace)
	t := ""
	switch {
	case len(toks) == 1:
		t = toks[0]
	case len(toks) == 2 && spacedName(toks[0], toks[1]):
		t = toks[0] + toks[1] // 姚　静, 欧阳　文华: one name set with a space
	}
	if t == "" || !atMost(t, 4) || !plainName(t) || !opensWithSurname(t) || utf8.RuneCountInString(t) == 4 && compoundSurnameOf(t) == "" {
		return credit{}, false
	}
	return credit{names: []string{t}}, true
}

// spacedName reports the two parts of one name set with a space: a
// surname of one character before a given name of one or two, or a
// compound surname before one of one or two (姚　静, 欧阳　文华).
func spacedName(a, b string) bool {
	nb := utf8.RuneCountInString(b)
	if nb < 1 || nb > 2 {
		return false
	}
	if r, w := firstRune(a); w == len(a) {
		return commonSurnames.has(r)
	}
	return isCompoundSurname(a)
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
	var buf [9]string
	toks := splitCreditTokens(buf[:0], inner, 8)
	toks = joinPaddedNames(toks, inner)
	if len(toks) < 2 || len(toks) > 4 || hasAnyRune(inner, "，,；;") {
		return credit{}, false
	}
	if len(toks) == 2 && !strings.Contains(inner, "、") && atMost(toks[0]+toks[1], 4) && !twoNamePair(toks[0], toks[1]) {
		return credit{}, false // (杭州 丽水, 欧阳 文华: nameOnlyCredit's one padded name)
	}
	for _, t := range toks {
		if !atMost(t, 3) || !plainName(t) {
			return credit{}, false
		}
	}
	return credit{names: slices.Clone(toks)}, true
}

// plainName reports a word that may be a person's name in a credit of
// names alone: a name's runes, no role, no place's ending, no news word.
func plainName(t string) bool {
	if l, _ := decodeLast(t); strings.ContainsRune("市省县縣区區镇鎮乡鄉村", l) || slices.Contains(knownPlaces, t) {
		return false
	}
	return isName(t) && !hasAnyRune(t, "·•々") && findRoleIndex(t) < 0 &&
		!hasAnyRune(t, "讯訊电電摄攝图圖") && !inNotNames(t) && !isAgency(t) && !looksOrg(t)
}

// joinPaddedNames joins, in place, each padded name among the tokens of
// a bracket of names alone (toks, cut from inner in order): a surname of
// one character parted by spaces from a given name of one, as papers pad
// a two-character name to the three cells of the others beside it
// (黄晓燕　周　洋, 黄　燕　周　洋). Only a space parts a padded name: two
// single characters parted by 、 are two words, and a compound surname
// before its given name (欧阳　文华) is left to oneNameCredit, which
// reads the bracket as one name.
func joinPaddedNames(toks []string, inner string) []string {
	out := toks[:0]
	at := 0 // where in inner the token being looked at starts
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		at += strings.Index(inner[at:], t) + len(t)
		if i+1 < len(toks) && utf8.RuneCountInString(t) == 1 && utf8.RuneCountInString(toks[i+1]) == 1 && spacedName(t, toks[i+1]) && !isSingleRole(toks[i+1]) {
			n := at + strings.Index(inner[at:], toks[i+1])
			if gap := inner[at:n]; strings.TrimFunc(gap, isSpace) == "" {
				out = append(out, t+toks[i+1]) // (the name as its credit names it, unpadded)
				at = n + len(toks[i+1])
				i++
				continue
			}
		}
		out = append(out, t)
	}
	return out
}
