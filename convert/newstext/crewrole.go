package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The roles of a broadcaster's crew (摄像, 剪辑, 编导, 配音, 出镜: roleWords)
// open other words too: the camera itself, 摄像机, 摄像头, the trade or
// its team, 剪辑师, 配音员, 编导组, and a story's subheads on the crew's
// work, 配音阵容, 出镜花絮, 编导手记, which read as the role and a name
// (阵容, 花絮). A crew credit parts its role from the name, by a colon, a
// slash or padding, 摄像：李卓, 摄像/李卓, 摄像　李卓: a crew role glued
// to a Han character is no role there.

// crewRoleWords are the crew roles crewRoleGoesOn guards.
var crewRoleWords = []string{"摄像", "攝像", "剪辑", "剪輯", "编导", "編導", "配音", "出镜", "出鏡"}

// crewRoleGoesOn reports a crew role kw whose next character (the first
// of rest) is a Han character, glued on: another word (摄像头, 剪辑师,
// 编导组) or a subhead (配音阵容, 出镜花絮), never the crew's credit.
// (出镜记者, the reporter on camera, is a role word of its own.)
func crewRoleGoesOn(kw, rest string) bool {
	if rest == "" || len(kw) != 6 {
		return false // (every crew role is two three-byte runes)
	}
	if r, _ := firstRune(rest); !isHan(r) {
		return false
	}
	for _, w := range crewRoleWords {
		if w == kw {
			return true
		}
	}
	return false
}

// gluedCrewField reads a credit's field that runs a crew role on to the
// name, 摄像李卓 in 记者王辰　摄像李卓: a broadcaster's credit that glues
// its first role to the name glues the crew's roles alike. The caller
// asks only after such a glued field; the name is two or three name
// characters, and the trade's words (摄像机位, 剪辑师傅, 配音员工) stay
// no role: their second part opens with 机, 头, 师, 员 or 组.
func gluedCrewField(t string) (role, name string, ok bool) {
	if len(t) < 12 || len(t) > 15 {
		return "", "", false // a role (6 bytes) and two or three runes
	}
	role, name = t[:6], t[6:]
	if !slices.Contains(crewRoleWords, role) {
		return "", "", false
	}
	if r, _ := firstRune(name); strings.ContainsRune("机機头頭师師员員组組", r) {
		return "", "", false
	}
	if n := utf8.RuneCountInString(name); n < 2 || n > 3 || !isName(name) {
		return "", "", false
	}
	return role, name, true
}
