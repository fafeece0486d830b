package newstext

import "strings"

// A Korean opinion page runs several pieces one under another, each
// opened by its rubric in square brackets run into its title: the
// editorial, [사설]지방 소멸 막으려면…, a second [사설]…, the paper's short
// column with its writer after a slash, [횡설수설/김도현]겨울 철새의 귀환,
// a named column, [김도현 칼럼]…, an outside contributor's, [동아광장/X]….
// An editorial carries no byline, so nothing but the rubric tells where
// the next piece begins: a rubric's title after a finished paragraph is
// the next article's headline, never a section head of the piece above.
// So it is on a page with no blank lines (a PDF's text layer cut by
// indent, web copy one paragraph a line): the rubric's line is a title
// line (isKickerTextSum), which opens a unit after a finished sentence,
// not wrapped text of the paragraph above.
// A story's tag ([단독], [속보]) and a head's ([인터뷰]) are no rubric.

// koreanOpinionEnds end the name of an opinion rubric: the editorial
// and the kinds of column (김도현 칼럼, 시론, 동아광장, 세상읽기 …).
// A reader's letter ([독자투고]) and the paper's cartoon ([한빛만평],
// [경향만평], [그림마당]) are pieces of the page too.
var koreanOpinionEnds = []string{"사설", "칼럼", "시론", "기고", "논단", "시평", "광장", "포럼", "세평", "읽기", "수첩", "투고", "만평", "그림마당"}

// koreanOpinionNames are short columns' standing names that end in no
// such word (동아일보's 횡설수설, 조선일보's 만물상, 중앙일보's 분수대 …;
// the letters' 독자마당, 발언대).
var koreanOpinionNames = []string{"횡설수설", "만물상", "분수대", "여적", "지평선", "씨줄날줄", "유레카", "한마당", "필동정담", "만파식적", "천자칼럼", "길섶에서", "독자마당", "발언대"}

// koreanOpinionRubric reports a title opening with an opinion piece's
// rubric: the bracket holds Hangul words naming the rubric
// (koreanOpinionEnds, koreanOpinionNames), or any column's name with its
// writer after a slash ([오늘과 내일/김도현]); the title follows it.
func koreanOpinionRubric(s string) bool {
	if s == "" || s[0] != '[' && !strings.HasPrefix(s, "［") {
		return false
	}
	inner, end, ok := leadingBracket(s)
	if !ok || !atMost(inner, 16) || !hasHangul(trimSpace(s[end:])) {
		return false
	}
	name, writer, slashed := strings.Cut(inner, "/")
	name = trimSpace(name)
	if name == "" || strings.IndexFunc(name, func(r rune) bool { return !(r >= 0xAC00 && r <= 0xD7A3 || r == ' ' || r == '·') }) >= 0 {
		return false
	}
	if slashed {
		kr, ok := koreanCredit(trimSpace(writer))
		return ok && kr.name == trimSpace(writer) // [횡설수설/김도현]
	}
	for _, n := range koreanOpinionNames {
		if name == n {
			return true
		}
	}
	return hasAnySuffix(name, koreanOpinionEnds)
}
