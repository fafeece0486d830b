package newstext

import "slices"

// pageDeskRoleAlone reports a desk role of editorWords standing alone as
// a token, spaced from the name after it, that only a page's desk line
// names: the page's layout or art editor (版式设计, 美术编辑, 美编,
// 视觉设计), its chief (主编, 本版编辑) or its maker (组版, 制作). A four-
// character role is no name (isName counts it one): after 责任编辑 X it
// makes the line the page's desk line, 责任编辑 孙　蕾　　版式设计 何　欢,
// never an article's editor trailer naming 版式设计 as a person. The roles
// an article's trailer names after its editor (编辑, 责任编辑, 图片编辑,
// 校对, 审核: editorField, isArticleDeskRole) keep it a trailer.
func pageDeskRoleAlone(t string) bool {
	if !slices.Contains(editorWords, t) || isArticleDeskRole(t) {
		return false
	}
	switch t {
	case "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯":
		return false
	}
	return true
}
