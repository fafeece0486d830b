package newstext

// A Malaysian paper credits the photographer of a caption in brackets
// with the role before a colon, （摄影：李文杰）, the form of its byline
// line 摄影：李文杰 where the mainland writes （李文杰摄）. After a
// description that points at people in the photo, …（左三）…电梯机房。,
// the bracket is the photo's credit, kept in the caption (positionedCredit),
// never the story's closing byline.

// photoRoleCredit reports the inside of a bracket crediting a photo by
// its role: 摄影, 摄, 图 (or 攝影, 攝, 圖) and the name, a 记者 title
// allowed after it (摄影：本报记者李文杰). A credit naming a writer too,
// 文、摄影：X, or another role, 报道：X, is no photo's alone.
func photoRoleCredit(in string) bool {
	in = trimSpace(in)
	if r, _ := firstRune(in); r != '摄' && r != '攝' && r != '图' && r != '圖' {
		return false // (most brackets: no photo role opens them; parsing allocates)
	}
	c, ok := parseBracketCredit(in)
	if !ok || len(c.roles) == 0 || len(c.names) == 0 {
		return false
	}
	for i, r := range c.roles {
		switch {
		case r == "摄影" || r == "攝影" || r == "摄" || r == "攝" || r == "图" || r == "圖":
			if i > 0 {
				return false
			}
		case i > 0 && (r == "记者" || r == "記者"):
		default:
			return false
		}
	}
	return true
}
