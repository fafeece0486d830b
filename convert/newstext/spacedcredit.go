package newstext

import (
	"slices"
	"unicode/utf8"
)

// spacedLeadCredit recognises the reporters that mainland papers run
// into the text after their dateline with spaces for brackets:
// 南都讯 记者吴思 12月2日，… and 本报讯 记者 王磊 通讯员 李然 昨天，….
// s is the text after the dateline. It returns where the credit ends
// (before the space that parts it from the text) and what it says.
//
// The credit is the longest run of space-separated fields, at most
// maxSpacedFields, that parses strictly as roles and names, opens with a
// role and leaves text after it: a sentence's first field holds
// punctuation or is too long to be a name, so it is never taken.
func spacedLeadCredit(s string) (int, credit, bool) {
	var ends [maxSpacedFields]int // where each field ends
	n := 0
	for i := 0; i < len(s) && n < maxSpacedFields; {
		j := i
		// (A field is at most maxSpacedRunes: the scan stops past that
		// many UTFMax bytes, so a text with no space is not walked to its
		// end at each call.)
		for j < len(s) && j-i <= maxSpacedRunes*utf8.UTFMax {
			r, w := runeAt(s, j)
			if isSpace(r) {
				break
			}
			j += w
		}
		if j == len(s) {
			break // the last field is the text
		}
		if ok, _ := creditChars(s[i:j]); !ok || !atMost(s[i:j], maxSpacedRunes) {
			break
		}
		ends[n] = j
		n++
		i = skipSpaces(s, j)
	}
	if n == 0 {
		return 0, credit{}, false
	}
	if hasAnyRune(s[:ends[n-1]], "：:") {
		// A colon inside the fields (本报评论员：张庆伟記者): a label and
		// its text, which alone on its line reads otherwise, never a
		// credit run in after a dateline.
		return 0, credit{}, false
	}
	if r, _ := firstRune(s); (!isRoleStart(r) || !roleWordAt(s) && !isSingleRoleRune(r)) && !paperBeforeRole(s[:ends[0]]) {
		return 0, credit{}, false // 记者 first: a name alone is no credit here
	}
	if isEditorTrailer(s) {
		// A story's text never opens with its editor's credit; alone on
		// its line, 责任编辑 X is the desk's (noise), so reading it here
		// as a byline would not survive writing the page out and back.
		return 0, credit{}, false
	}
	for k := range n {
		if r := lastRune(s[:ends[k]]); r == '摄' || r == '攝' {
			// A photographer's credit (记者　李刚　摄) closes a caption;
			// alone on its line it reads as one, so it never opens a
			// story's text as its reporters' credit, nor does a part
			// of it.
			return 0, credit{}, false
		}
	}
	for k := n; k > 0; k-- {
		pre := s[:ends[k-1]]
		if _, rest, ok := reporterDateline(pre); ok && rest == "" {
			// 記者 X／台北報導 is a dateline wherever it stands
			// (parseBylineLineSum): read here as a byline, it would
			// read back as a dateline once written on its own line.
			continue
		}
		c, ok := parseCredit(pre, true)
		if !ok || len(c.names) == 0 || len(c.roles) == 0 || slices.ContainsFunc(c.names, isTimeWord) || slices.ContainsFunc(c.names, isNotName) {
			continue
		}
		return ends[k-1], c, true
	}
	return 0, credit{}, false
}

// paperBeforeRole reports a credit's first field that opens with the
// paper's name before the role, 中青报记者, 中青报·中青网记者 (南都讯
// 中青报·中青网记者 罗宇航 今天…): a name ending as an organisation's
// does, or a merged paper's (brandOrg) or an app's with its plus
// (plusBrand), then a role word. A name before its role (王磊记者) ends
// as no paper's does.
func paperBeforeRole(f string) bool {
	k, kw := findRole(f)
	if k <= 0 || isReport(kw) {
		return false
	}
	org := f[:k]
	return looksOrg(org) && isOrg(org) || brandOrg(org) || plusBrand(org)
}

// maxSpacedFields bounds the fields of a spaced credit: two roles, each
// with two names.
const maxSpacedFields = 6

// maxSpacedRunes bounds a field of a spaced credit: a role and a name
// (记者 王磊, 记者吴思), or two of them run together where a wrap took
// the space between them (记者张昊通讯员李敏, 特约记者欧阳文华通讯员李敏).
const maxSpacedRunes = 16

// isNotName reports one of notNames (inNotNames: 编者按 after a role is no name), or
// a role word read as a name (本报评论员：記者).
func isNotName(s string) bool { return inNotNames(s) || findRoleIndex(s) >= 0 }

// isTimeWord reports a word of time (timeWords) standing where a name
// would.
func isTimeWord(s string) bool { return slices.Contains(timeWords, s) }
