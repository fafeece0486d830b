package newstext

// A Hong Kong 副刊's feature credits its writer and its pictures on one
// line under the title, 文：何嘉儀　圖：受訪者提供: the pictures came from
// the people interviewed, or from a body, 圖：醫管局提供, 图／由主办方提供,
// not from a photographer. The picture's part names no person, so it adds
// the role and no name (nor an org: the writer is no part of the
// supplier); alone on its line, 圖：受訪者提供, it is the credit under a
// photo, a caption, and no byline.

// suppliedPicture reports a picture's role of one character (图, 圖, 摄,
// 攝) whose credit names a supplier in the wording of a supplied picture
// (crewProvider: 受訪者提供, 由主办方提供, 醫管局供圖), as a 公众号's crew
// line, 图片：受访者供图, does.
func suppliedPicture(role, who string) bool {
	if role == "文" || !isSingleRole(role) {
		return false
	}
	_, ok := crewProvider(who)
	return ok
}
