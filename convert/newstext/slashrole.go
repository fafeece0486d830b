package newstext

import "slices"

// A Taiwanese magazine's or site's credit parts each role from its name by
// a full-width slash, as the one-character roles are parted (文／X　圖／Y):
// 文／林芷妤　攝影／陳柏宇, 撰文／X　攝影／Y, 撰稿／X　整理／Y. The slash
// stands where a paper sets a colon (攝影：X), so the name after it is the
// role's, not a place the report was filed from (記者X／台北報導, whose
// slash follows the name).

// slashNameRoles are the roles of more than one character whose name a
// credit sets after a slash (slashedDeskName): the writer's and the
// photographer's, and the editing of an interview or a translation
// (roleWords all), and a broadcaster's crew, 文/王辰　摄像/李卓 (the
// camera, the editing, the director, the voice: no photo's credit, so
// alone on its line too). 記者 is none: 記者／台北報導 would read its
// place as a name.
var slashNameRoles = []string{"撰文", "撰稿", "攝影", "摄影", "整理", "編譯", "编译", "摄像", "攝像", "剪辑", "剪輯", "编导", "編導", "配音"}

// slashNameRole reports a role of slashNameRoles or a desk role
// (editorWords), which may part its name by a slash. The photographer's
// alone on its line (攝影／林怡君) is the credit under a photo, a caption
// (endsInSlashCredit), so it counts only beside another credit (alone
// false): 文／林芷妤　攝影／陳柏宇.
func slashNameRole(kw string, alone bool) bool {
	if kw == "攝影" || kw == "摄影" {
		return !alone
	}
	return slices.Contains(slashNameRoles, kw) || slices.Contains(editorWords, kw)
}
