package newstext

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
