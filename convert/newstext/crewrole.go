package newstext

import "strings"

// The roles of a broadcaster's crew (摄像, 剪辑, 编导, 配音, 出镜: roleWords)
// open other words too: the camera itself, 摄像机, 摄像头, and the trade
// or its team, 剪辑师, 配音员, 编导组. Glued to a name, those read as the
// role and a name of three characters (摄像头李卓: 头李卓), so a crew role
// followed by such a character is no role there.

// crewRoleWords are the crew roles crewRoleGoesOn guards.
var crewRoleWords = []string{"摄像", "攝像", "剪辑", "剪輯", "编导", "編導", "配音", "出镜", "出鏡"}

// crewRoleGoesOn reports a crew role kw whose next character (the first
// of rest) makes it another word: 机/機, 头/頭 (the camera), 师/師, 员/員,
// 组/組, 室, 棚 (the trade, its team, its room).
func crewRoleGoesOn(kw, rest string) bool {
	if rest == "" || len(kw) != 6 {
		return false // (every crew role is two three-byte runes)
	}
	r, _ := firstRune(rest)
	if !strings.ContainsRune("机機头頭师師员員组組室棚", r) {
		return false
	}
	for _, w := range crewRoleWords {
		if w == kw {
			return true
		}
	}
	return false
}
