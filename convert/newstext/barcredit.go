package newstext

import "strings"

// Mainland web outlets set the credits under a story's title with a
// vertical bar between the role and the name, where print sets a space or
// a colon: 界面新闻记者 | 宋佳禾, 界面新闻编辑 | 刘　畅, 文 | 王某 (36氪,
// 钛媒体), the bar half- or full-width (｜), spaced or not. A bar is no
// rune of a credit otherwise (summary.go), so such a line read as a title.
// The bar counts as the separator only straight after a role (the text
// before it ends in a role word or is a one-character role): a bar after
// anything else parts a rubric from its title (专访 | 记者眼中的…), or a
// Korean column's name from its position (koreanBarCredit).

// isBar reports the vertical bars a credit sets between role and name.
func isBar(r rune) bool { return r == '|' || r == '｜' }

// hasBar reports whether s holds a vertical bar (isBar).
func hasBar(s string) bool {
	return strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "｜")
}

// barredCredit parses a credit whose roles are parted from their names by
// a bar: each bar after a role becomes the colon a printed credit sets
// there (界面新闻记者：宋佳禾), and the line must then parse strictly. A
// line with no bar, or with a bar after no role, is no such credit.
func barredCredit(s string) (credit, bool) {
	if !hasBar(s) || !atMost(s, 60) {
		return credit{}, false
	}
	var b strings.Builder
	rest := s
	for {
		k := indexAnyRune(rest, "|｜")
		if k < 0 {
			b.WriteString(rest)
			break
		}
		left := trimSpace(rest[:k])
		if !endsInRole(left) {
			return credit{}, false
		}
		b.WriteString(left)
		b.WriteString("：")
		_, w := firstRune(rest[k:])
		rest = trimSpace(rest[k+w:])
		if rest == "" {
			return credit{}, false // 记者 |: no name after the bar
		}
	}
	c, ok := parseCredit(b.String(), true)
	if !ok || len(c.names) == 0 {
		return credit{}, false
	}
	return c, true
}

// endsInRole reports whether s's last field (after its last space) ends
// in a role word (界面新闻记者, 责任编辑) or is a one-character role (文).
func endsInRole(s string) bool {
	if j := strings.LastIndexFunc(s, isSpace); j >= 0 {
		_, w := runeAt(s, j)
		s = s[j+w:]
	}
	if isSingleRole(s) {
		return true
	}
	for i, r := range s {
		if !isRoleStart(r) {
			continue
		}
		for _, kw := range roleWordsFrom(r) {
			if s[i:] == kw {
				return true
			}
		}
	}
	return false
}
