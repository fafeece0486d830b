package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Japanese paper's serial novel (連載小説) credits its author and its
// illustrator on one line under the title, each role, ・ and the name,
// the two parted by U+3000: 作・浜野しおり　画・北條まこと (a picture
// story's 文・X　絵・Y alike). The line is the instalment's byline, roles
// 作 and 画, the names in order (blind round 85; README silent, read as
// 作・山村湊 under 詰将棋 is, jagamecredit.go). Only two credits of two
// different roles make the line: 作・演出　野田秀明, a stage's credits,
// names a role after 作, and a name is a pen name of kanji and kana, two
// to eight runes.

// jaSerialRoles are the roles of a serial's credit line.
var jaSerialRoles = []string{"作", "画", "文", "絵"}

// jaSerialCreditGate reports a line that may be a serial's credit led by
// 画, 文 or 絵 and ・ (作 is let through by jaGameCreditFirst): gate.go's
// test, two bytes' compare, not a parse.
func jaSerialCreditGate(s string) bool {
	return len(s) > 6 && s[3:6] == "・" && (strings.HasPrefix(s, "画") || strings.HasPrefix(s, "文") || strings.HasPrefix(s, "絵"))
}

// jaSerialCredit parses a serial novel's credit line (above).
func jaSerialCredit(s string) (credit, bool) {
	if r, _ := firstRune(s); r != '作' && r != '画' && r != '文' && r != '絵' || !atMost(s, 30) {
		return credit{}, false
	}
	first, second, ok := strings.Cut(s, "\u3000")
	if !ok {
		return credit{}, false
	}
	var c credit
	for _, part := range []string{first, trimSpace(second)} {
		role, name, ok := cutRoleSep(part, jaSerialRoles)
		if !ok || !strings.HasPrefix(part[len(role):], "・") || !jaPenName(name) || slices.Contains(c.roles, role) {
			return credit{}, false
		}
		c.roles = append(c.roles, role)
		c.names = append(c.names, name)
	}
	return c, true
}

// jaPenName reports a Japanese writer's or artist's name: two to eight
// runes of kanji and kana (浜野しおり, 北條まこと), no role of a stage's
// credits (jaStageCredits), and no phrase: no の in it, no particle at its
// end (今年の漢字は).
func jaPenName(s string) bool {
	if n := utf8.RuneCountInString(s); n < 2 || n > 8 || slices.Contains(jaStageCredits, s) || strings.Contains(s, "の") {
		return false
	}
	if r, _ := decodeLast(s); strings.ContainsRune("はがをにでもへ", r) {
		return false
	}
	for i, r := range s {
		if !isHan(r) && !isKana(r) && !(r == '々' && i > 0) {
			return false
		}
	}
	return true
}
