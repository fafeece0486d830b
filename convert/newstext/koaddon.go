package newstext

import "strings"

// 오마이뉴스 closes a story with the writer's add-on note under its text:
// 덧붙이는 글 | 이 기사는 충남 지역 주간지 청양신문에도 실립니다. It
// says where else the story runs or what the writer adds about it, as a
// reprint's note (本文转载自…) or an editor's afterword (编后：) does: a
// note about the text, which stays with its story, not a paragraph of it.
// The label is followed by a bar or a colon and the note's text; a
// sentence that opens with the words (덧붙이는 글이 길어졌다.) is text.

// koreanAddOnNote reports such a note (see above): 덧붙이는 글 (or
// 덧붙이는글), a bar or colon, and text after it.
func koreanAddOnNote(s string) bool {
	rest, ok := strings.CutPrefix(s, "덧붙이는 글")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "덧붙이는글"); !ok {
			return false
		}
	}
	rest = trimSpace(rest)
	r, w := firstRune(rest)
	if r != '|' && r != '｜' && r != ':' && r != '：' {
		return false
	}
	return trimSpace(rest[w:]) != ""
}
